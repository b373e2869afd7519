/**
 * The Action's `attest` input, end to end: the bundled Action (dist/index.js) asks the Actions
 * OIDC service (served by the fake GitHub API on 127.0.0.1) for a token with audience `sigstore`,
 * signs the verification summary keyless through @sigstore/mock's Fulcio and Rekor (stand-ins on
 * 127.0.0.1), and stores the bundle with POST /repos/{owner}/{repo}/attestations on the fake
 * GitHub API; the test verifies the stored bundle with @sigstore/verify against the stand-ins'
 * trusted root and checks the workflow identity, and that failures fail the step without
 * changing the decision.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FakeGitHub, OIDC_REQUEST_TOKEN } from './support/fake-github.js'
import { BUNDLE, ROOT, runAction, webhookExample } from './support/action-run.js'
import { AT, REPO } from './support/e2e-fixtures.js'
import {
  githubClaims,
  identityToken,
  startSigstoreStandIns,
  type StandIns,
  verifyWorkflowBundle
} from './support/sigstore-stand-ins.js'

let gh: FakeGitHub
let sigstore: StandIns
const audiences: string[] = []
const SAN = `https://github.com/${REPO}/.github/workflows/gate.yml@refs/heads/main`

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error('dist/index.js is missing: run `npm run bundle` first')
  gh = new FakeGitHub()
  await gh.start()
  sigstore = await startSigstoreStandIns()
})
afterAll(async () => {
  await gh.stop()
  await sigstore.close()
})
beforeEach(() => {
  gh.requests.length = 0
  gh.faults.length = 0
  gh.stored.length = 0
  gh.attestations.clear()
  audiences.length = 0
  gh.mintIdToken = audience => {
    audiences.push(audience)
    return identityToken({ ...githubClaims(REPO), aud: audience })
  }
})

const oidcEnv = () => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: `${gh.url}/_oidc/token?api-version=2.0`,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_REQUEST_TOKEN
})

const gate = (
  example: string,
  opts: { inputs?: Record<string, string>; env?: Record<string, string> } = {}
) =>
  runAction({
    event: 'workflow_dispatch',
    payload: webhookExample('workflow_dispatch'),
    inputs: {
      at: AT,
      evidence: `examples/seed/${example}`,
      trust: 'examples/seed/trust.yaml',
      attest: 'true',
      'fulcio-url': sigstore.fulcioUrl,
      'rekor-url': sigstore.rekorUrl,
      ...opts.inputs
    },
    apiUrl: gh.url,
    repository: REPO,
    workspace: ROOT,
    env: opts.env ?? oidcEnv()
  })

interface Bundle {
  dsseEnvelope: { payload: string; payloadType: string }
}

const verifyBundle = (bundle: unknown) =>
  verifyWorkflowBundle(bundle, sigstore.trustedRoot, SAN, { tlogThreshold: 1, ctlogThreshold: 1 })

const artifactDigest = createHash('sha256')
  .update(readFileSync(join(ROOT, 'examples/seed/strong/artifacts/ic22-fw-5.4.3.bin')))
  .digest('hex')

describe('attest: true', () => {
  test('conditional: the summary is signed keyless with the job token and stored as an attestation', async () => {
    const run = await gate('strong')
    expect(run.stdout).not.toContain('::error::')
    expect(run.code).toBe(0)
    expect(run.outputs.decision).toBe('conditional')
    expect(audiences).toEqual(['sigstore'])

    const posts = gh.seen('POST', /\/attestations$/)
    expect(posts.map(p => p.path)).toEqual([`/repos/${REPO}/attestations`])
    expect(posts[0]!.headers.authorization).toBe('token ghs_e2e-test-token')
    expect(gh.stored).toHaveLength(1)
    const stored = gh.stored[0]!.bundle as Bundle

    // Verifies against the stand-ins' trusted root, for the job's workflow identity.
    const signer = verifyBundle(stored)
    expect(signer.identity?.subjectAlternativeName).toBe(SAN)

    // What `gh attestation verify --predicate-type ...` filters on, and the subject it looks up.
    expect(stored.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json')
    const statement = JSON.parse(
      Buffer.from(stored.dsseEnvelope.payload, 'base64').toString('utf8')
    ) as {
      predicateType: string
      subject: { digest: { sha256: string } }[]
      predicate: Record<string, unknown>
    }
    expect(statement.predicateType).toBe('https://slsa.dev/verification_summary/v1')
    expect(statement.subject.map(s => s.digest.sha256)).toEqual([artifactDigest])
    expect(statement.predicate.verificationResult).toBe('PASSED')
    expect(
      (
        statement.predicate['https://update-gate.dev/verification_summary/decision/v1'] as {
          configurations: { approved: string[] }
        }
      ).configurations.approved
    ).toEqual(['reference'])
    expect(gh.attestations.get(REPO)?.get(artifactDigest)).toEqual([stored])

    // The output names the stored attestation and the bundle file, byte for byte what was stored.
    const outputs = JSON.parse(run.outputs.attestations!) as {
      package: string
      id: number
      bundle: string
    }[]
    expect(outputs).toEqual([
      { package: 'examples/seed/strong', id: gh.stored[0]!.id, bundle: expect.any(String) }
    ])
    expect(JSON.parse(readFileSync(outputs[0]!.bundle, 'utf8'))).toEqual(stored)

    // A tampered copy does not verify.
    const forged = structuredClone(stored)
    forged.dsseEnvelope.payload = Buffer.from(
      Buffer.from(stored.dsseEnvelope.payload, 'base64')
        .toString('utf8')
        .replace('"conditional"', '"approve"')
    ).toString('base64')
    expect(() => verifyBundle(forged)).toThrow()
  })

  test('the shape of a private repository: Fulcio and a timestamp authority, no transparency log', async () => {
    const served = sigstore.served.length
    const run = await gate('strong', {
      inputs: { 'rekor-url': '', 'timestamp-url': sigstore.tsaUrl }
    })
    expect(run.stdout).not.toContain('::error::')
    expect(run.code).toBe(0)
    expect(sigstore.served.slice(served)).toEqual([
      'POST /fulcio/api/v2/signingCert',
      'POST /tsa/api/v1/timestamp'
    ])
    const stored = gh.stored[0]!.bundle as {
      verificationMaterial: {
        tlogEntries?: unknown[]
        timestampVerificationData: { rfc3161Timestamps: unknown[] }
      }
    }
    expect(stored.verificationMaterial.tlogEntries ?? []).toEqual([])
    expect(stored.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1)
    // Verified on the timestamp alone (what gh does for GitHub's own Sigstore instance).
    const signer = verifyWorkflowBundle(stored, sigstore.trustedRoot, SAN, {
      tlogThreshold: 0,
      ctlogThreshold: 1,
      timestampThreshold: 1
    })
    expect(signer.identity?.subjectAlternativeName).toBe(SAN)
  })

  test('reject: nothing is signed or stored, and no token is asked for', async () => {
    const served = sigstore.served.length
    const run = await gate('weak')
    expect(run.outputs.decision).toBe('reject')
    expect(run.outputs.attestations).toBe('[]')
    expect(audiences).toEqual([])
    expect(gh.seen('POST', /\/attestations$/)).toHaveLength(0)
    expect(sigstore.served.length).toBe(served)
  })

  test('fail-on conditional: a conditional decision fails the gate, so nothing is attested', async () => {
    const served = sigstore.served.length
    const run = await gate('strong', { inputs: { 'fail-on': 'conditional' } })
    expect(run.code).toBe(1)
    expect(run.outputs.decision).toBe('conditional')
    expect(run.outputs.attestations).toBe('[]')
    expect(run.stdout).toContain(
      'attest: nothing to attest (decision conditional, fail-on conditional)'
    )
    expect(audiences).toEqual([])
    expect(sigstore.served.length).toBe(served)
    expect(gh.seen('POST', /\/attestations$/)).toHaveLength(0)
  })

  test('attest false (the default): no token, no signing, no attestation', async () => {
    const served = sigstore.served.length
    const run = await gate('strong', { inputs: { attest: '' } })
    expect(run.code).toBe(0)
    expect(run.outputs.decision).toBe('conditional')
    expect(run.outputs.attestations).toBeUndefined()
    expect(audiences).toEqual([])
    expect(sigstore.served.length).toBe(served)
    expect(gh.seen('POST', /\/attestations$/)).toHaveLength(0)
  })
})

describe('attest: true signs only for a run on the default branch or a tag', () => {
  test.each([
    ['refs/heads/evil', 'a pushed branch (its own trust file in the checkout)'],
    ['refs/pull/7/merge', 'a pull request merge ref']
  ])('%s (%s): refused, the step fails, nothing signed', async ref => {
    const served = sigstore.served.length
    const run = await gate('strong', { env: { ...oidcEnv(), GITHUB_REF: ref } })
    expect(run.code).toBe(1)
    expect(run.outputs.decision).toBe('conditional')
    expect(run.outputs.attestations).toBe('[]')
    expect(run.stdout).toContain(
      `::error::update-gate: attest: refusing to attest a run on ${ref}: expected refs/heads/main (the default branch) or a tag`
    )
    expect(audiences).toEqual([])
    expect(sigstore.served.length).toBe(served)
    expect(gh.seen('POST', /\/attestations$/)).toHaveLength(0)
  })

  test('a tag: signed', async () => {
    const run = await gate('strong', { env: { ...oidcEnv(), GITHUB_REF: 'refs/tags/v5.4.3' } })
    expect(run.code).toBe(0)
    expect(gh.stored).toHaveLength(1)
  })
})

describe('attest: true, failures fail the step and leave the decision as it was', () => {
  test('no id-token permission (no OIDC request URL): named, nothing signed', async () => {
    const served = sigstore.served.length
    const run = await gate('strong', { env: {} })
    expect(run.code).toBe(1)
    expect(run.outputs.decision).toBe('conditional')
    expect(run.outputs.attestations).toBe('[]')
    expect(run.stdout).toMatch(
      /::error::update-gate: attest: .*permissions: id-token: write.*\(the decision is unchanged: conditional\)/
    )
    expect(sigstore.served.length).toBe(served)
    expect(gh.seen('POST', /\/attestations$/)).toHaveLength(0)
  })

  test('Fulcio refuses the token: the step named, nothing stored', async () => {
    sigstore.failures.set('/fulcio/api/v2/signingCert', 401)
    try {
      const run = await gate('strong')
      expect(run.code).toBe(1)
      expect(run.outputs.decision).toBe('conditional')
      expect(run.stdout).toMatch(
        /::error::update-gate: attest: keyless signing failed at the signing certificate from Fulcio \(input fulcio-url http:\/\/127\.0\.0\.1:\d+\/fulcio\)/
      )
      expect(gh.seen('POST', /\/attestations$/)).toHaveLength(0)
    } finally {
      sigstore.failures.clear()
    }
  })

  test('the attestations API refuses (no attestations: write): named, the step fails', async () => {
    gh.faults.push({ method: 'POST', path: /\/attestations$/, status: 403, times: 10 })
    const run = await gate('strong')
    expect(run.code).toBe(1)
    expect(run.outputs.decision).toBe('conditional')
    expect(run.stdout).toMatch(
      /::error::update-gate: attest: GitHub API POST \/repos\/buyer\/ic22-fleet\/attestations .*attestations: write.*HTTP 403/
    )
    expect(gh.stored).toHaveLength(0)
  })
})

describe('attest: true, and a file the run cannot write', () => {
  // RUNNER_TEMP=/dev lets the SARIF file go to /dev/full, whose every write fails (ENOSPC).
  test('the run is an error and nothing is signed or stored', async () => {
    const served = sigstore.served.length
    const run = await gate('strong', {
      inputs: { report: '/dev/null', 'sarif-file': '/dev/full' },
      env: { ...oidcEnv(), RUNNER_TEMP: '/dev' }
    })
    expect(run.code).toBe(1)
    expect(run.outputs.decision).toBe('error')
    expect(run.outputs.attestations).toBe('[]')
    expect(run.stdout).toContain(
      '::error::update-gate: error: /dev/full: input sarif-file: cannot be written: ENOSPC: no space left on device'
    )
    expect(run.stdout).toContain('attest: nothing to attest (decision error')
    expect(audiences).toEqual([])
    expect(sigstore.served.length).toBe(served)
    expect(gh.seen('POST', /\/attestations$/)).toHaveLength(0)
  })
})

describe('the Sigstore instance the Action signs with', () => {
  const none = { enabled: true, fulcioUrl: '', rekorUrl: '', timestampUrl: '' }

  test('by visibility, as actions/attest: public-good for public, GitHub’s own for private and internal', async () => {
    const { endpointsFor } = await import('../src/action/attest.js')
    expect(endpointsFor(none, 'public', 'https://github.com')).toEqual({
      instance: 'public-good',
      fulcioUrl: 'https://fulcio.sigstore.dev',
      rekorUrl: 'https://rekor.sigstore.dev',
      tsaUrl: null
    })
    for (const visibility of ['private', 'internal', undefined])
      expect(endpointsFor(none, visibility, 'https://github.com')).toEqual({
        instance: 'github',
        fulcioUrl: 'https://fulcio.githubapp.com',
        rekorUrl: null,
        tsaUrl: 'https://timestamp.githubapp.com'
      })
    expect(endpointsFor(none, 'private', 'https://octo.ghe.com').fulcioUrl).toBe(
      'https://fulcio.octo.ghe.com'
    )
  })

  test('the inputs replace that choice', async () => {
    const { endpointsFor } = await import('../src/action/attest.js')
    expect(
      endpointsFor(
        { ...none, fulcioUrl: 'https://fulcio.example', rekorUrl: 'https://rekor.example' },
        'private',
        'https://github.com'
      )
    ).toEqual({
      instance: 'inputs',
      fulcioUrl: 'https://fulcio.example',
      rekorUrl: 'https://rekor.example',
      tsaUrl: null
    })
  })

  test('a fulcio-url that is not http(s) is an input error before anything runs', async () => {
    const run = await gate('strong', { inputs: { 'fulcio-url': 'file:///etc/passwd' } })
    expect(run.code).toBe(1)
    expect(run.outputs.decision).toBe('error')
    expect(run.stdout).toMatch(/input fulcio-url: expected an http\(s\) URL/)
    expect(audiences).toEqual([])
  })
})
