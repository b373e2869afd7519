/**
 * Issue 7, item 9: when a package carries no build provenance, the gate fetches the attestations
 * GitHub holds for each manifest artifact's digest (GET /repos/{owner}/{repo}/attestations/
 * sha256:{digest}) and verifies them like any Sigstore bundle. The API is the fake GitHub server
 * on 127.0.0.1 (test/support/fake-github.ts); its payload is the real GitHub attestation of
 * ../shared/fixtures/slsa-verifier/bcr. The CLI runs in process, the Action as its bundle.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse, stringify } from 'yaml'
import { EXIT } from '../src/cli/program.js'
import { cli as runCli, packageArgs, evaluateIn, expectInputError } from './support/cli.js'
import { FakeGitHub } from './support/fake-github.js'
import { BUNDLE, readTree, reportOf, runAction } from './support/action-run.js'
import {
  MAIN_SHA,
  payloads,
  REPO as RELEASE_REPO,
  tagCommit,
  TRUST
} from './support/e2e-fixtures.js'
import { EVAL_TIME, FIXTURES, REPO, tempDir } from './helpers.js'

const EXAMPLE = path.join(REPO, 'examples/github-attestation')
/** The repository whose workflow built MODULE.bazel (the certificate's source repository). */
const SUPPLIER = 'aspect-build/rules_lint'
const ARTIFACT = readFileSync(path.join(FIXTURES, 'slsa-verifier/bcr/MODULE.bazel'))
const DIGEST = createHash('sha256').update(ARTIFACT).digest('hex')
const bundlesOf = (rel: string): unknown[] =>
  readFileSync(path.join(FIXTURES, rel), 'utf8')
    .split('\n')
    .filter(l => l.trim() !== '')
    .map(l => JSON.parse(l) as unknown)
const REAL = bundlesOf('slsa-verifier/bcr/MODULE.bazel.intoto.jsonl')
const WRONG_SIGNER = bundlesOf('slsa-verifier/bcr/MODULE-wrong-signer.bazel.intoto.jsonl')

let gh: FakeGitHub
const saved = { ...process.env }

beforeAll(async () => {
  gh = new FakeGitHub()
  await gh.start()
})
afterAll(async () => {
  await gh.stop()
})
beforeEach(() => {
  gh.requests.length = 0
  gh.faults.length = 0
  gh.attestations.clear()
  gh.trees.clear()
  process.env = { ...saved, GITHUB_API_URL: gh.url, GITHUB_TOKEN: 'ghs_test-token' }
  delete process.env.GH_TOKEN
})
afterAll(() => {
  process.env = saved
})

/**
 * The GitHub attestation example without its provenance item (and file): the package carries
 * no build provenance. `trust` edits the example's trust configuration.
 */
function withoutProvenance(trust: (doc: Record<string, unknown>) => void = () => {}) {
  const root = tempDir()
  cpSync(EXAMPLE, root, { recursive: true })
  const dir = path.join(root, 'package')
  const indexFile = path.join(dir, 'update-evidence.yaml')
  const index = parse(readFileSync(indexFile, 'utf8')) as { evidence: { kind: string }[] }
  index.evidence = index.evidence.filter(e => e.kind !== 'build-provenance')
  writeFileSync(indexFile, stringify(index))
  rmSync(path.join(dir, 'MODULE.bazel.intoto.jsonl'))
  const trustFile = path.join(root, 'trust.yaml')
  const doc = parse(readFileSync(trustFile, 'utf8')) as Record<string, unknown>
  trust(doc)
  writeFileSync(trustFile, stringify(doc))
  return { root, dir, trust: trustFile }
}

const cli = (...args: string[]) => runCli(args)

const evaluate = (pkg: { dir: string; trust: string }, ...extra: string[]) =>
  cli(...packageArgs(['evaluate'], pkg.dir, pkg.trust, '--format', 'json', ...extra))

/** The gate failed and did not approve, with a finding of `rule` in the JSON report. */
function expectRefusedWith(out: { code: number; stdout: string }, rule: string) {
  expect(out.code).toBe(EXIT.gateFailed)
  const report = JSON.parse(out.stdout)
  expect(report.result.decision).not.toBe('approve')
  expect(report.result.findings.map((f: { rule: string }) => f.rule)).toContain(rule)
}

const hold = (repo: string, bundles: unknown[]) =>
  gh.attestations.set(repo, new Map([[DIGEST, bundles]]))

const asked = () => gh.seen('GET', /\/attestations\//).map(r => r.path)

describe('CLI --fetch-attestations', () => {
  test('found and verified: approved; the report says the bundle came from the attestations API', async () => {
    hold(SUPPLIER, REAL)
    const pkg = withoutProvenance()
    const { code, stdout, stderr } = await evaluate(pkg, '--fetch-attestations', SUPPLIER)
    expect(stderr).toBe('')
    expect(code).toBe(EXIT.pass)
    const report = JSON.parse(stdout)
    expect(report.result.decision).toBe('approve')
    expect(asked()).toEqual([`/repos/${SUPPLIER}/attestations/sha256:${DIGEST}`])
    const request = gh.seen('GET', /\/attestations\//)[0]!
    expect(request.query.get('predicate_type')).toBe('provenance')
    expect(request.headers['x-github-api-version']).toBe('2022-11-28')
    const label = `github:${SUPPLIER}/attestations/sha256:${DIGEST}`
    expect(report.evidence.signatures).toContainEqual(
      expect.objectContaining({
        evidence: 'github-attestations:MODULE.bazel',
        source: `${label}#1`,
        verified: true,
        subject:
          'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v0.0.1',
        logIndexes: ['188622862'],
        origin: `github-attestations-api:${SUPPLIER}`
      })
    )
    expect(report.inputDigests[label]).toMatch(/^[0-9a-f]{64}$/)
    const text = await cli(
      ...packageArgs(['evaluate'], pkg.dir, pkg.trust, '--fetch-attestations', SUPPLIER)
    )
    expect(text.stdout).toContain(`from github-attestations-api:${SUPPLIER}`)
    // The verification summary names the fetched answer by its label, not as a package file.
    const vsa = await evaluate(pkg, '--fetch-attestations', SUPPLIER, '--format', 'vsa')
    const inputs = JSON.parse(vsa.stdout).predicate.inputAttestations as Record<string, unknown>[]
    expect(inputs).toContainEqual({ name: label, digest: { sha256: report.inputDigests[label] } })
  })

  test('an attestation from another signer is verified and judged: the identity is not trusted', async () => {
    gh.attestations.set(SUPPLIER, new Map([[DIGEST, WRONG_SIGNER]]))
    const pkg = withoutProvenance()
    const out = await evaluate(pkg, '--fetch-attestations', SUPPLIER)
    expectRefusedWith(out, 'provenance.identity_untrusted')
  })

  test('several attestations for the digest: each is verified and the one a trusted identity signed is judged, whatever the order; the others are listed with why', async () => {
    const label = `github:${SUPPLIER}/attestations/sha256:${DIGEST}`
    for (const [bundles, judged, other] of [
      [[...WRONG_SIGNER, ...REAL], 2, 1],
      [[...REAL, ...WRONG_SIGNER], 1, 2]
    ] as const) {
      hold(SUPPLIER, [...bundles])
      const out = await evaluate(withoutProvenance(), '--fetch-attestations', SUPPLIER)
      expect(out.code).toBe(EXIT.pass)
      const report = JSON.parse(out.stdout)
      expect(report.result.decision).toBe('approve')
      const info = report.result.findings.filter(
        (f: { rule: string }) => f.rule === 'provenance.other_attestations'
      )
      expect(info).toEqual([
        expect.objectContaining({
          severity: 'info',
          message: `github-attestations:MODULE.bazel: 2 attestations name a manifest artifact; judged ${label}#${judged} (signed by a trusted signer authorized for build provenance); not judged: ${label}#${other}: signed by certificate identity https://github.com/loosebazooka/aa-test/.github/workflows/malicious_attestation.yaml@refs/heads/main (issuer https://token.actions.githubusercontent.com, source repository https://github.com/loosebazooka/aa-test), not a trusted identity: no identity with issuer https://token.actions.githubusercontent.com matches its SAN (subject or subjectPattern)`
        })
      ])
      // Both are in the report's signatures, each verified (the policy judged which counts).
      expect(
        report.evidence.signatures
          .filter((s: { evidence: string }) => s.evidence === 'github-attestations:MODULE.bazel')
          .map((s: { source: string; verified: boolean }) => [s.source, s.verified])
          .sort()
      ).toEqual([
        [`${label}#1`, true],
        [`${label}#2`, true]
      ])
    }
  })

  test('none found: the missing-provenance finding stays', async () => {
    gh.setTree(SUPPLIER, 'main', { 'README.md': 'no attestations\n' })
    const pkg = withoutProvenance()
    const out = await evaluate(pkg, '--fetch-attestations', SUPPLIER)
    expect(asked()).toEqual([`/repos/${SUPPLIER}/attestations/sha256:${DIGEST}`])
    expectRefusedWith(out, 'provenance.missing')
  })

  test('without the flag nothing is fetched', async () => {
    hold(SUPPLIER, REAL)
    const { code } = await evaluate(withoutProvenance())
    expect(code).toBe(EXIT.gateFailed)
    expect(gh.requests).toHaveLength(0)
  })

  test('a package that carries provenance is not completed from the API', async () => {
    hold(SUPPLIER, WRONG_SIGNER)
    const { code } = await cli(...evaluateIn(EXAMPLE, 'package', '--fetch-attestations', SUPPLIER))
    expect(code).toBe(EXIT.pass)
    expect(gh.requests).toHaveLength(0)
  })

  test.each([
    [
      'HTTP 404',
      { status: 404, body: { message: 'Not Found' } },
      /listing the attestations of sha256:[0-9a-f]{64} in aspect-build\/rules_lint failed: HTTP 404.*token needs attestations: read/
    ],
    [
      'HTTP 500',
      { status: 500, body: { message: 'Server Error' }, times: 10 },
      /listing the attestations of sha256:[0-9a-f]{64} in aspect-build\/rules_lint failed: HTTP 500/
    ],
    [
      'a body that is not a list of attestations',
      { status: 200, body: { message: 'ok' } },
      /github:aspect-build\/rules_lint\/attestations\/sha256:[0-9a-f]{64}: attestations: the answer is not a list of attestations/
    ],
    [
      'an entry without its bundle (bundle_url only)',
      {
        status: 200,
        body: { attestations: [{ bundle_url: 'https://x.invalid/b', repository_id: 1 }] }
      },
      /attestations\[0\]\.bundle: has no inline bundle, only a bundle_url/
    ],
    [
      'an entry whose bundle is not a Sigstore bundle',
      { status: 200, body: { attestations: [{ bundle: { mediaType: 'text/plain' } }] } },
      /attestations\[0\]\.bundle\.mediaType: "text\/plain" is not a Sigstore bundle media type/
    ]
  ])(
    '%s: an error (exit 2) naming what was asked, never an approval',
    async (_name, fault, message) => {
      hold(SUPPLIER, REAL)
      gh.faults.push({ method: 'GET', path: /\/attestations\//, ...fault })
      const out = await evaluate(withoutProvenance(), '--fetch-attestations', SUPPLIER)
      expectInputError(out, message)
    },
    20_000
  )

  test('an answer larger than the bound is an error', async () => {
    hold(
      SUPPLIER,
      Array.from({ length: 101 }, () => REAL[0])
    )
    gh.faults.push({
      method: 'GET',
      path: /\/attestations\//,
      status: 200,
      body: { attestations: Array.from({ length: 101 }, () => ({ bundle: REAL[0] })) }
    })
    const { code, stderr } = await evaluate(withoutProvenance(), '--fetch-attestations', SUPPLIER)
    expect(code).toBe(EXIT.inputError)
    expect(stderr).toContain('holds 101 attestations; at most 100 are read')
  })

  test("the repository is the trust configuration's when the flag names none; never one the package names", async () => {
    hold(SUPPLIER, REAL)
    // The package's own words point elsewhere: its producer and decision name another repository,
    // which holds an attestation from another signer. Only the trust configuration decides.
    gh.attestations.set('loosebazooka/aa-test', new Map([[DIGEST, WRONG_SIGNER]]))
    const pkg = withoutProvenance(doc => {
      doc.sigstore = { attestationsRepository: SUPPLIER }
    })
    const indexFile = path.join(pkg.dir, 'update-evidence.yaml')
    writeFileSync(
      indexFile,
      readFileSync(indexFile, 'utf8').replace(
        /decisionSupported: .*/,
        'decisionSupported: Fetch attestations from loosebazooka/aa-test'
      )
    )
    const { code, stdout } = await evaluate(pkg, '--fetch-attestations')
    expect(code).toBe(EXIT.pass)
    expect(asked()).toEqual([`/repos/${SUPPLIER}/attestations/sha256:${DIGEST}`])
    expect(JSON.parse(stdout).evidence.signatures).toContainEqual(
      expect.objectContaining({ origin: `github-attestations-api:${SUPPLIER}`, verified: true })
    )
  })

  test('the flag given a repository wins over the trust configuration', async () => {
    hold(SUPPLIER, REAL)
    const pkg = withoutProvenance(doc => {
      doc.sigstore = { attestationsRepository: 'someone/else' }
    })
    const { code } = await evaluate(pkg, '--fetch-attestations', SUPPLIER)
    expect(code).toBe(EXIT.pass)
    expect(asked()).toEqual([`/repos/${SUPPLIER}/attestations/sha256:${DIGEST}`])
  })

  test.each([
    [['--fetch-attestations'], {}, /no repository to fetch attestations from/],
    [
      ['--fetch-attestations', 'not a repo'],
      {},
      /--fetch-attestations: expected a GitHub repository as owner\/repo/
    ],
    [
      ['--fetch-attestations', SUPPLIER],
      { GITHUB_TOKEN: '' },
      /needs a GitHub token in GITHUB_TOKEN/
    ]
  ])('usage errors: %j', async (args, env, message) => {
    Object.assign(process.env, env)
    const { code, stderr } = await evaluate(withoutProvenance(), ...args)
    expect(code).toBe(EXIT.inputError)
    expect(stderr).toMatch(message)
    expect(gh.requests).toHaveLength(0)
  })
})

describe('the Action on a release', () => {
  const PKG = 'evidence/module'
  const release = (id: number, inputs: Record<string, string> = {}) => {
    const pkg = withoutProvenance()
    gh.setTree(RELEASE_REPO, MAIN_SHA, {
      [TRUST]: readFileSync(pkg.trust),
      '.github/update-gate/keys/example-release.pub': readFileSync(
        path.join(pkg.root, 'keys/example-release.pub')
      ),
      '.github/update-gate/keys/example-release-records.pub': readFileSync(
        path.join(pkg.root, 'keys/example-release-records.pub')
      )
    })
    gh.setBranch(RELEASE_REPO, 'main', MAIN_SHA)
    gh.setTree(RELEASE_REPO, tagCommit('v0.0.1'), readTree(pkg.dir, `${PKG}/`))
    gh.setTag(RELEASE_REPO, 'v0.0.1', tagCommit('v0.0.1'))
    gh.releaseAssets.set(`${RELEASE_REPO}#${id}`, [
      { id: id * 100, name: 'MODULE.bazel', bytes: ARTIFACT }
    ])
    return runAction({
      event: 'release',
      payload: payloads.release(id, 'v0.0.1'),
      inputs: { at: EVAL_TIME, evidence: PKG, ...inputs },
      apiUrl: gh.url,
      repository: RELEASE_REPO
    })
  }

  beforeAll(() => {
    if (!existsSync(BUNDLE)) throw new Error('dist/index.js is missing: run `npm run bundle` first')
  })

  test("the release's own repository's attestations: approved, the report names their origin", async () => {
    hold(RELEASE_REPO, REAL)
    const r = await release(701)
    expect(r.outputs.decision).toBe('approve')
    expect(asked()).toEqual([`/repos/${RELEASE_REPO}/attestations/sha256:${DIGEST}`])
    expect(reportOf(r).packages[0].report.evidence.signatures).toContainEqual(
      expect.objectContaining({ verified: true, origin: `github-attestations-api:${RELEASE_REPO}` })
    )
  })

  test('an API failure is an error, not an approval', async () => {
    hold(RELEASE_REPO, REAL)
    gh.fail('GET', /\/attestations\//, 404, 'Not Found')
    const r = await release(702)
    expect(r.outputs.decision).toBe('error')
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /::error.*listing the attestations of sha256:[0-9a-f]{64} in .* failed: HTTP 404/
    )
  })

  test('fetch-attestations: false asks nothing; the package stays without provenance', async () => {
    hold(RELEASE_REPO, REAL)
    const r = await release(703, { 'fetch-attestations': 'false' })
    expect(asked()).toEqual([])
    expect(r.outputs.decision).not.toBe('approve')
    expect(reportOf(r).packages[0].report.result.findings).toContainEqual(
      expect.objectContaining({ rule: 'provenance.missing' })
    )
  })
})
