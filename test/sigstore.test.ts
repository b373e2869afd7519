/**
 * Sigstore bundles and GitHub artifact attestations, offline, on the real third-party fixtures
 * (../shared/fixtures; each file's origin and expected result in its README.md): keyless and
 * managed-key verification through @sigstore/verify, identities in the trust configuration,
 * the builder established by the certificate, what is signed bound, and times.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { createHash, generateKeyPairSync, sign } from 'node:crypto'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { stringify } from 'yaml'
import { EXIT } from '../src/cli/program.js'
import { cli as runCli, packageArgs, evaluateIn, expectInputError } from './support/cli.js'
import { runGate } from '../src/gate.js'
import type { GateReport } from '../src/contracts/report.js'
import { MAX_ATTESTATIONS } from '../src/contracts/evidence-package.js'
import { renderReport } from '../src/report/index.js'
import { pae } from '../src/verify/index.js'
import { EVAL_TIME, FIXTURES, REPO, tempDir } from './helpers.js'
import {
  githubExtensions,
  keylessBundle,
  startSigstoreStandIns,
  type CertificateExtension,
  type KeylessBundleOptions,
  type StandIns
} from './support/sigstore-stand-ins.js'

const fx = (rel: string) => path.join(FIXTURES, rel)

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'
const BCR_SAN =
  'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v0.0.1'
const WRONG_SAN =
  'https://github.com/loosebazooka/aa-test/.github/workflows/malicious_attestation.yaml@refs/heads/main'
const BEACON_SAN =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main'

interface PackageSpec {
  /** Fixture path of the artifact the manifest names. */
  artifact: string
  /** The provenance file: a fixture path, or bytes written under `name`. */
  provenance: { from?: string; bytes?: Buffer; name: string; format: 'sigstore-bundle' | 'dsse' }
  identities?: Record<string, unknown>[]
  /** A trusted_root.json fixture to name as sigstore.trustedRoot. */
  trustedRoot?: string
  /** Extra trust keys (id -> PEM) allowed to sign build provenance. */
  provenanceKeys?: Record<string, string>
  signingEventTime?: string
}

/** The repository that ran publish-to-bcr's reusable workflow (the certificate's extension .12). */
const BCR_CALLER = 'https://github.com/aspect-build/rules_lint'

const identity = (over: Record<string, unknown> = {}) => ({
  id: 'release-workflow',
  issuer: GITHUB_ISSUER,
  subject: BCR_SAN,
  sourceRepository: BCR_CALLER,
  usage: ['build-provenance'],
  products: ['demo'],
  minVersion: '1.0.0',
  maxVersion: '1.99.99',
  ...over
})

/** An evidence package (manifest signed with a fresh key) whose provenance is the given file. */
function makePackage(spec: PackageSpec): { dir: string; trust: string } {
  const root = tempDir()
  const dir = path.join(root, 'package')
  mkdirSync(path.join(dir, 'artifacts'), { recursive: true })
  const name = path.basename(spec.artifact)
  const bytes = readFileSync(spec.artifact)
  writeFileSync(path.join(dir, 'artifacts', name), bytes)
  const manifest = Buffer.from(
    JSON.stringify({
      product: 'demo',
      version: '1.0.0',
      artifacts: [
        { name, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
      ]
    })
  )
  writeFileSync(path.join(dir, 'manifest.json'), manifest)
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  writeFileSync(
    path.join(dir, 'manifest.json.sig'),
    sign('sha256', manifest, privateKey).toString('base64')
  )
  const p = spec.provenance
  if (p.from) copyFileSync(p.from, path.join(dir, p.name))
  else writeFileSync(path.join(dir, p.name), p.bytes ?? Buffer.alloc(0))
  const time = spec.signingEventTime ?? '2026-01-01T00:00:00Z'
  writeFileSync(
    path.join(dir, 'signing-event.yaml'),
    stringify({
      apiVersion: 'update-gate.dev/v1',
      kind: 'SigningEvent',
      product: 'demo',
      version: '1.0.0',
      signer: 'release@example.org',
      keyId: 'release',
      time,
      subject: 'manifest'
    })
  )
  writeFileSync(
    path.join(dir, 'update-evidence.yaml'),
    stringify({
      apiVersion: 'update-gate.dev/v1',
      kind: 'UpdateEvidence',
      decisionSupported: 'Approve demo 1.0.0',
      threats: ['unauthorized-update'],
      controls: ['update-signing'],
      scope: {
        product: 'demo',
        fromVersion: '0.9.0',
        toVersion: '1.0.0',
        cohort: 'all',
        configurations: [{ id: 'default', name: 'Default', hardware: 'any' }],
        vulnerabilities: []
      },
      producers: [{ id: 'release@example.org', name: 'Release', role: 'release-manager' }],
      verificationMethod: ['signature-validity'],
      evidence: [
        {
          id: 'manifest',
          kind: 'update-manifest',
          file: 'manifest.json',
          signature: 'manifest.json.sig',
          producer: 'release@example.org',
          time
        },
        {
          id: 'signing-event',
          kind: 'signing-event',
          file: 'signing-event.yaml',
          producer: 'release@example.org',
          time
        },
        {
          id: 'provenance',
          kind: 'build-provenance',
          format: p.format,
          file: p.name,
          producer: 'ci@example.org',
          time: '2023-01-01T00:00:00Z'
        }
      ]
    })
  )
  const keyEntry = (id: string, pem: string, usage: string[]) => ({
    id,
    publicKey: pem,
    usage,
    products: ['demo'],
    minVersion: '1.0.0',
    maxVersion: '1.99.99',
    validFrom: '2020-01-01T00:00:00Z',
    validUntil: '2030-01-01T00:00:00Z',
    revoked: false,
    revokedAt: null
  })
  const trust: Record<string, unknown> = {
    apiVersion: 'update-gate.dev/v1',
    kind: 'TrustConfiguration',
    keys: [
      keyEntry('release', publicKey.export({ type: 'spki', format: 'pem' }).toString(), [
        'update-manifest'
      ]),
      ...Object.entries(spec.provenanceKeys ?? {}).map(([id, pem]) =>
        keyEntry(id, pem, ['build-provenance'])
      )
    ],
    identities: spec.identities ?? [identity()],
    approvers: [],
    builders: [],
    requirements: {
      minimumMaturity: 1,
      requiredControls: ['signing', 'provenance'],
      requiredApprovals: 0
    }
  }
  if (spec.trustedRoot) {
    copyFileSync(spec.trustedRoot, path.join(root, 'trusted_root.json'))
    trust.sigstore = { trustedRoot: 'trusted_root.json' }
  }
  writeFileSync(path.join(root, 'trust.yaml'), stringify(trust))
  return { dir, trust: path.join(root, 'trust.yaml') }
}

const gate = (pkg: { dir: string; trust: string }, at = EVAL_TIME) =>
  runGate({ packageDir: pkg.dir, trustFile: pkg.trust, evaluationTime: at })

const rules = (r: GateReport, prefix = '') =>
  r.result.findings.filter(f => f.rule.startsWith(prefix) && f.severity === 'violation')
const messages = (r: GateReport, rule: string) =>
  r.result.findings.filter(f => f.rule === rule).map(f => f.message)
/** Exactly one finding of `rule`, its message containing `part` (a string) or matching it. */
const expectOne = (r: GateReport, rule: string, part: string | RegExp) =>
  expect(messages(r, rule)).toEqual([
    typeof part === 'string' ? expect.stringContaining(part) : expect.stringMatching(part)
  ])

/**
 * A package of the fixture `artifact` whose provenance is the fixture `provenance`, copied as
 * `name` and declared in `format`.
 */
const fixturePackage = (
  artifact: string,
  provenance: string,
  name: string,
  format: PackageSpec['provenance']['format'],
  over: Partial<PackageSpec> = {}
) =>
  makePackage({
    artifact: fx(artifact),
    provenance: { from: fx(provenance), name, format },
    ...over
  })

const bcr = (over: Partial<PackageSpec> = {}) =>
  fixturePackage(
    'slsa-verifier/bcr/MODULE.bazel',
    'slsa-verifier/bcr/MODULE.bazel.intoto.jsonl',
    'MODULE.bazel.intoto.jsonl',
    'sigstore-bundle',
    over
  )

const cli = (...args: string[]) => runCli(args)

/** The Sigstore stand-ins (Fulcio CA and CT log, Rekor, TSA on 127.0.0.1), started once on first use. */
let started: Promise<StandIns> | undefined
const standIns = () => (started ??= startSigstoreStandIns())
afterAll(async () => {
  if (started) await (await started).close()
})

const STAND_IN_WHERE = {
  file: 'prov.sigstore.json',
  field: '',
  source: 'prov.sigstore.json',
  origin: 'package'
}

/**
 * A keyless bundle made with the stand-ins (keylessBundle) as the gate's verify stage judges it
 * against a trusted root: the stand-ins' own, or `root` made from it.
 */
async function verifyKeyless(
  options: KeylessBundleOptions,
  root: (standIns: Record<string, unknown>) => Record<string, unknown> = r => r,
  message: Buffer | null = null
) {
  const { parseBundle, verifyBundle } = await import('../src/verify/sigstore.js')
  const s = await standIns()
  const json = await keylessBundle(s, options)
  const trust = { root: root(structuredClone(s.trustedRoot)), rootLabel: 'stand-ins', keys: [] }
  return verifyBundle(parseBundle(json, STAND_IN_WHERE), message, trust, STAND_IN_WHERE).signature
}

describe('real GitHub artifact attestation (slsa-verifier/bcr)', () => {
  it('passes with the public-good root and the workflow identity; the reports name SAN, issuer and Rekor log index', async () => {
    const report = await gate(bcr())
    expect(rules(report)).toEqual([])
    expect(report.result.controls.find(c => c.id === 'provenance')?.result).toBe('pass')
    const sig = report.evidence.signatures.find(s => s.evidence === 'provenance')
    expect(sig).toMatchObject({
      verified: true,
      subject: BCR_SAN,
      issuer: GITHUB_ISSUER,
      sourceRepository: BCR_CALLER,
      sourceRef: 'refs/heads/publish-to-bcr',
      buildSignerUri: BCR_SAN,
      runnerEnvironment: 'github-hosted',
      logIndexes: ['188622862'],
      signedAt: '2025-03-26T23:47:30Z',
      origin: 'package'
    })
    expect(sig?.sourceCommit).toMatch(/^[0-9a-f]{40}$/)
    for (const format of ['text', 'markdown', 'json'] as const) {
      // Markdown escapes (\\) and breaks @mentions (U+200B): compare the text as shown.
      const text = renderReport(report, format).replace(/\u200b|\\/g, '')
      expect(text).toContain(BCR_SAN)
      expect(text).toContain(GITHUB_ISSUER)
      expect(text).toContain('188622862')
      expect(text).toContain(BCR_CALLER)
      expect(text).toContain('refs/heads/publish-to-bcr')
      expect(text).toContain('github-hosted')
    }
    expect(renderReport(report, 'text')).toContain(
      `identity ${BCR_SAN} (issuer ${GITHUB_ISSUER}; source repository ${BCR_CALLER}, ref refs/heads/publish-to-bcr, commit ${sig?.sourceCommit}, runner github-hosted), Rekor log index 188622862`
    )
  })

  it('an identity with another SAN, issuer or repository does not authorize it; the message says which field failed', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [
        { subject: `${BCR_SAN}x` },
        `no identity with issuer ${GITHUB_ISSUER} matches its SAN (subject or subjectPattern)`
      ],
      [{ issuer: `${GITHUB_ISSUER}/` }, `no identity has issuer ${GITHUB_ISSUER}`],
      [
        { sourceRepository: 'https://github.com/bazel-contrib/publish-to-bcr' },
        `its sourceRepository is ${BCR_CALLER}, identity release-workflow expects https://github.com/bazel-contrib/publish-to-bcr`
      ],
      [
        { sourceRef: 'refs/tags/v0.0.1' },
        'its sourceRef is refs/heads/publish-to-bcr, identity release-workflow expects refs/tags/v0.0.1'
      ],
      [
        { signerWorkflow: `${BCR_CALLER}/.github/workflows/release.yml` },
        `its signerWorkflow is https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml, identity release-workflow expects ${BCR_CALLER}/.github/workflows/release.yml`
      ]
    ]
    for (const [other, why] of cases) {
      const report = await gate(bcr({ identities: [identity(other)] }))
      expectOne(
        report,
        'provenance.identity_untrusted',
        `certificate identity ${BCR_SAN} (issuer ${GITHUB_ISSUER}, source repository ${BCR_CALLER}) that signed provenance (Rekor log index 188622862) is not a trusted identity: ${why}`
      )
    }
  })

  it('extensions and a whole-SAN pattern that match authorize it; a pattern matching part of the SAN does not', async () => {
    const matching = identity({
      subject: undefined,
      subjectPattern:
        'https://github\\.com/bazel-contrib/publish-to-bcr/\\.github/workflows/publish\\.yaml@refs/tags/v.*',
      sourceRepository: 'https://github.com/aspect-build/rules_lint',
      sourceRef: 'refs/heads/publish-to-bcr',
      signerWorkflow:
        'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml'
    })
    delete (matching as Record<string, unknown>).subject
    expect(rules(await gate(bcr({ identities: [matching] })))).toEqual([])
    const partial = { ...matching, subjectPattern: 'publish-to-bcr' }
    expect(
      messages(await gate(bcr({ identities: [partial] })), 'provenance.identity_untrusted')
    ).toHaveLength(1)
  })

  it('a pattern is RE2, as the policy matches it: (?i) and \\z authorize it; a lookahead is refused as the trust file is read', async () => {
    const pattern = (subjectPattern: string) => {
      const x: Record<string, unknown> = identity({ subjectPattern })
      delete x.subject
      return bcr({ identities: [x] })
    }
    // Both refused by JavaScript's RegExp, which judged the pattern before.
    const caseless =
      '(?i)HTTPS://GITHUB\\.COM/bazel-contrib/publish-to-bcr/\\.github/workflows/publish\\.yaml@refs/tags/v.*\\z'
    expect(rules(await gate(pattern(caseless)))).toEqual([])
    // Accepted by JavaScript's RegExp before, and then matched no certificate.
    await expect(gate(pattern('(?=https://github)https://.*'))).rejects.toMatchObject({
      code: 'SCHEMA_VIOLATION',
      field: 'identities[0].subjectPattern',
      message: 'is not a valid RE2 expression: lookahead (?= at character 1 (not in RE2)'
    })
  })

  it('an identity not allowed to sign provenance, for another product or version, is a violation', async () => {
    const report = await gate(
      bcr({
        identities: [
          identity({
            usage: ['update-manifest'],
            products: ['other'],
            maxVersion: '1.0.0',
            minVersion: '1.0.0'
          })
        ]
      })
    )
    const msgs = messages(report, 'provenance.identity_unauthorized')
    expect(msgs).toEqual(
      expect.arrayContaining([
        expect.stringContaining('may not sign build-provenance'),
        expect.stringContaining('not authorized for product demo')
      ])
    )
  })
})

describe('attestations (gh attestation download, .jsonl) that fail', () => {
  it.each([
    [
      'the wrong-signer attestation: a violation naming the SAN it found',
      'slsa-verifier/bcr/MODULE-wrong-signer.bazel',
      'slsa-verifier/bcr/MODULE-wrong-signer.bazel.intoto.jsonl',
      [
        ['provenance.builder_not_signer', WRONG_SAN],
        ['provenance.identity_untrusted', WRONG_SAN]
      ]
    ],
    [
      "GitHub's private-instance bundle without its root: a clear message",
      'gh-cli/github_provenance_demo-0.0.12-py3-none-any.whl',
      'gh-cli/github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl',
      [
        [
          'provenance.signature_unverified',
          /TIMESTAMP_ERROR.*trusted root sigstore public-good root/
        ]
      ]
    ]
  ] as [string, string, string, [string, string | RegExp][]][])(
    '%s; rejected',
    async (_, artifact, attestation, expected) => {
      const report = await gate(
        fixturePackage(artifact, attestation, 'attestation.jsonl', 'sigstore-bundle')
      )
      for (const [rule, part] of expected) expectOne(report, rule, part)
      expect(report.result.decision).toBe('reject')
    }
  )
})

describe('.jsonl files of several bundles (gh attestation download)', () => {
  const line = (fixture: string) => JSON.stringify(JSON.parse(readFileSync(fx(fixture), 'utf8')))
  const other = line('gh-cli/reusable-workflow-attestation.sigstore.json')
  const real = line('slsa-verifier/bcr/MODULE.bazel.intoto.jsonl')
  const wrongSigner = line('slsa-verifier/bcr/MODULE-wrong-signer.bazel.intoto.jsonl')
  const withLines = (...lines: string[]) =>
    bcr({
      provenance: {
        bytes: Buffer.from(lines.join('\n')),
        name: 'attestations.jsonl',
        format: 'sigstore-bundle'
      }
    })

  it('the bundle naming the artifact is verified, whichever line it is on', async () => {
    const report = await gate(withLines(other, real, ''))
    expect(rules(report)).toEqual([])
    expect(report.evidence.signatures.find(s => s.evidence === 'provenance')).toMatchObject({
      verified: true,
      source: 'attestations.jsonl#2',
      subject: BCR_SAN,
      logIndexes: ['188622862']
    })
  })

  it('of several naming the artifact, the one a trusted identity signed is judged, on any line; the others are listed', async () => {
    for (const [lines, judged] of [
      [[wrongSigner, real], 2],
      [[real, wrongSigner], 1]
    ] as const) {
      const report = await gate(withLines(...lines))
      expect(rules(report)).toEqual([])
      expect(report.result.decision).toBe('approve')
      expectOne(
        report,
        'provenance.other_attestations',
        `provenance: 2 attestations name a manifest artifact; judged attestations.jsonl#${judged} (signed by a trusted signer authorized for build provenance); not judged: attestations.jsonl#${3 - judged}: signed by certificate identity ${WRONG_SAN}`
      )
    }
  })

  it(`up to ${MAX_ATTESTATIONS} SLSA v1 statements naming the artifact are judged (a page of GitHub's answer); more are an input error`, async () => {
    // Anyone who can attest to the repository can add attestations of the digest: as many as one
    // answer holds do not make the gate refuse the trusted one.
    const many = await gate(
      withLines(...Array.from({ length: MAX_ATTESTATIONS - 1 }, () => wrongSigner), real)
    )
    expect(rules(many)).toEqual([])
    expect(many.result.decision).toBe('approve')
    await expect(
      gate(withLines(...Array.from({ length: MAX_ATTESTATIONS + 1 }, () => real)))
    ).rejects.toMatchObject({
      code: 'SCHEMA_VIOLATION',
      file: 'attestations.jsonl',
      message: `holds ${MAX_ATTESTATIONS + 1} SLSA v1 statements naming a manifest artifact; at most ${MAX_ATTESTATIONS} are judged`
    })
  })

  it('one bundle written over several lines is read whole', async () => {
    const pretty = JSON.stringify(JSON.parse(real), null, 2)
    expect(rules(await gate(withLines(pretty)))).toEqual([])
  })

  it.each([
    ['not JSON', 'PARSE_ERROR', '{"mediaType":', 'line 2'],
    ['a repeated key', 'DUPLICATE_KEY', `{"mediaType":"",${real.slice(1)}`, 'line 2.mediaType'],
    ['nested too deep', 'PARSE_ERROR', `${'['.repeat(65)}${']'.repeat(65)}`, 'line 2']
  ])('a line that is %s is an input error naming the line', async (_, code, bad, field) => {
    await expect(gate(withLines(real, bad))).rejects.toMatchObject({
      code,
      file: 'attestations.jsonl',
      field
    })
  })
})

describe('certificate identities are read from their bytes', () => {
  const SAN = 'https://github.com/supplier/fw/.github/workflows/release.yml@refs/heads/main'
  const FULCIO = '1.3.6.1.4.1.57264.1.'
  const issuer = (value = GITHUB_ISSUER) => [
    { oid: `${FULCIO}1`, value, legacy: true },
    { oid: `${FULCIO}8`, value }
  ]

  /**
   * A DSSE bundle signed keyless with a certificate the stand-in Fulcio CA issues for `san` with
   * `extensions` (logged and timestamped by the stand-ins), as the gate verifies it against the
   * stand-ins' root.
   */
  const verifyIssued = async (san: string, extensions: CertificateExtension[]) =>
    verifyKeyless({ subjectAltName: san, extensions, content: { dsse: Buffer.from('{}') } })

  it('printable ASCII values are the identity, as in the certificate', async () => {
    const sig = await verifyIssued(SAN, [
      ...issuer(),
      { oid: `${FULCIO}12`, value: 'https://github.com/supplier/fw' }
    ])
    expect(sig).toMatchObject({ verified: true, reason: null, method: 'certificate' })
    expect(sig.identity).toMatchObject({
      subject: SAN,
      issuer: GITHUB_ISSUER,
      sourceRepository: 'https://github.com/supplier/fw'
    })
  })

  it('a SAN byte above 0x7f (which an ASCII decoding folds: 0xf3 reads as s) makes the identity untrusted, with the reason', async () => {
    const sig = await verifyIssued(SAN.replace('supplier', '\u00f3upplier'), issuer())
    expect(sig).toMatchObject({ verified: false, identity: null, method: 'certificate' })
    expect(sig.reason).toBe(
      'certificate identity not trusted: its subjectAltName holds byte 0xf3 at offset 19, outside printable ASCII (0x20-0x7e), which readers fold or replace'
    )
  })

  it('so does such a byte in the issuer or a Fulcio extension (UTF-8, or a control character)', async () => {
    const extension = await verifyIssued(SAN, [
      ...issuer(),
      { oid: `${FULCIO}12`, value: 'https://github.com/\u00f3upplier/fw' },
      { oid: `${FULCIO}14`, value: 'refs/heads/main\n' }
    ])
    expect(extension).toMatchObject({ verified: false, identity: null })
    expect(extension.reason).toContain(
      'its extension sourceRepositoryUri (1.3.6.1.4.1.57264.1.12) holds byte 0xc3 at offset 19, its extension sourceRepositoryRef (1.3.6.1.4.1.57264.1.14) holds byte 0x0a at offset 15,'
    )
    const legacy = await verifyIssued(SAN, [
      { oid: `${FULCIO}1`, value: `${GITHUB_ISSUER}\u00e9`, legacy: true }
    ])
    expect(legacy).toMatchObject({ verified: false, identity: null })
    expect(legacy.reason).toContain(
      'its extension issuerV1 (1.3.6.1.4.1.57264.1.1) holds byte 0xc3 at offset 43,'
    )
  })
})

describe('generic builder id (gh-cli reusable workflow attestation)', () => {
  // GitHub's shared attestation workflow, called by the repository that attested.
  const san =
    'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d'
  const caller = 'https://github.com/malancas/attest-demo'
  const reusable = (over: Record<string, unknown>) =>
    fixturePackage(
      'gh-cli/reusable-workflow-artifact',
      'gh-cli/reusable-workflow-attestation.sigstore.json',
      'attestation.sigstore.json',
      'sigstore-bundle',
      { identities: [identity({ subject: san, ...over })] }
    )

  it('is accepted when the certificate identity is trusted, and the report shows both', async () => {
    const report = await gate(reusable({ sourceRepository: caller }))
    expect(rules(report)).toEqual([])
    const reason = report.result.maturity.controls.provenance?.reason ?? ''
    expect(reason).toContain(`${san} (issuer ${GITHUB_ISSUER}, source repository ${caller})`)
    expect(reason).toContain('builder https://github.com/actions/runner/github-hosted')
  })

  it('an identity of the shared SAN without sourceRepository (every caller) signs nothing: a violation naming the caller and what to pin', async () => {
    const report = await gate(reusable({ sourceRepository: undefined }))
    expect(report.result.decision).toBe('reject')
    expectOne(
      report,
      'provenance.identity_unauthorized',
      `identity release-workflow (${san} (issuer ${GITHUB_ISSUER}, source repository ${caller})) that signed provenance has no sourceRepository, so it would trust a run of its workflow from every repository (every caller of a reusable workflow): pin sourceRepository to the repository that builds and signs`
    )
    expect(
      report.result.findings.find(f => f.rule === 'provenance.identity_unauthorized')
    ).toMatchObject({ severity: 'violation' })
  })
})

/** An hour after now, in whole seconds: an evaluation time for what the stand-ins sign now. */
const AFTER_NOW = new Date((Math.floor(Date.now() / 1000) + 3600) * 1000)
  .toISOString()
  .replace('.000Z', 'Z')
const ARTIFACT = fx('slsa-verifier/bcr/MODULE.bazel')
const SUPPLIER = 'https://github.com/supplier/fw'
const SUPPLIER_SAN = `${SUPPLIER}/.github/workflows/release.yml@refs/tags/v1.0.0`
const supplierExtensions = (over: Partial<Parameters<typeof githubExtensions>[0]> = {}) =>
  githubExtensions({
    repository: 'supplier/fw',
    ref: 'refs/tags/v1.0.0',
    signer: SUPPLIER_SAN,
    ...over
  })

/** A SLSA v1 statement whose subject is ARTIFACT, built on GitHub's hosted runners. */
const slsaStatement = (): Buffer =>
  Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [
        {
          name: 'MODULE.bazel',
          digest: { sha256: createHash('sha256').update(readFileSync(ARTIFACT)).digest('hex') }
        }
      ],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {
        buildDefinition: {
          buildType: 'https://actions.github.io/buildtypes/workflow/v1',
          externalParameters: {}
        },
        runDetails: { builder: { id: 'https://github.com/actions/runner/github-hosted' } }
      }
    })
  )

/**
 * A package whose build provenance is a .jsonl of keyless bundles the stand-ins sign (one per
 * entry of `bundles`, each the supplier's release workflow over slsaStatement() unless it says
 * otherwise), judged against the stand-ins' trusted root (or `root` made from it).
 */
async function keylessPackage(
  over: {
    bundles?: Partial<KeylessBundleOptions>[]
    identities?: Record<string, unknown>[]
    root?: (standIns: Record<string, unknown>) => Record<string, unknown>
  } = {}
) {
  const s = await standIns()
  const lines: string[] = []
  for (const bundle of over.bundles ?? [{}]) {
    const json = await keylessBundle(s, {
      subjectAltName: SUPPLIER_SAN,
      extensions: supplierExtensions(),
      content: { dsse: slsaStatement() },
      ...bundle
    })
    lines.push(JSON.stringify(json))
  }
  const rootFile = path.join(tempDir(), 'trusted_root.json')
  writeFileSync(rootFile, JSON.stringify((over.root ?? (r => r))(structuredClone(s.trustedRoot))))
  return makePackage({
    artifact: ARTIFACT,
    provenance: {
      bytes: Buffer.from(`${lines.join('\n')}\n`),
      name: 'provenance.intoto.jsonl',
      format: 'sigstore-bundle'
    },
    trustedRoot: rootFile,
    identities: over.identities ?? [identity({ subject: SUPPLIER_SAN, sourceRepository: SUPPLIER })]
  })
}

describe('a keyless bundle needs a transparency-log entry when the trusted root has a log', () => {
  const signed = (tlog: boolean): KeylessBundleOptions => ({
    subjectAltName: SUPPLIER_SAN,
    extensions: supplierExtensions(),
    content: { dsse: Buffer.from('{}') },
    tlog
  })

  it('one with a signed timestamp only is refused by a root that lists a Rekor log, naming the file and the log', async () => {
    const sig = await verifyKeyless(signed(false))
    expect(sig).toMatchObject({ verified: false, identity: null, tlogEntries: [] })
    expect(sig.reason).toMatch(
      /^TLOG_ERROR: prov\.sigstore\.json has no transparency-log entry \(verificationMaterial\.tlogEntries is empty\): a keyless bundle must carry a verified entry of the trusted root's log http:\/\/127\.0\.0\.1:\d+\/rekor, valid when its certificate was issued \(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ; trusted root stand-ins\)/
    )
    expect(await verifyKeyless(signed(true))).toMatchObject({ verified: true, reason: null })
  })

  it("a root without a log valid when the certificate was issued asks for none (GitHub's private instance): the signed timestamp is the witness", async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const logs = (edit: (logs: any[]) => any[]) => (root: Record<string, any>) => ({
      ...root,
      tlogs: edit(root.tlogs)
    })
    expect(
      await verifyKeyless(
        signed(false),
        logs(() => [])
      )
    ).toMatchObject({ verified: true })
    for (const validFor of [
      { start: '2020-01-01T00:00:00Z', end: '2021-01-01T00:00:00Z' },
      { start: '2099-01-01T00:00:00Z' }
    ]) {
      const sig = await verifyKeyless(
        signed(false),
        logs(l => l.map(log => ({ ...log, publicKey: { ...log.publicKey, validFor } })))
      )
      expect(sig).toMatchObject({ verified: true, reason: null })
    }
  })

  it('the gate rejects such provenance (provenance.signature_unverified, naming the file); with its log entry it is approved', async () => {
    const unlogged = await gate(await keylessPackage({ bundles: [{ tlog: false }] }), AFTER_NOW)
    expectOne(
      unlogged,
      'provenance.signature_unverified',
      /TLOG_ERROR: provenance\.intoto\.jsonl has no transparency-log entry \(verificationMaterial\.tlogEntries is empty\): a keyless bundle must carry a verified entry of the trusted root's log http:\/\/127\.0\.0\.1:\d+\/rekor/
    )
    expect(unlogged.result.decision).toBe('reject')
    const logged = await gate(await keylessPackage(), AFTER_NOW)
    expect(rules(logged)).toEqual([])
    expect(logged.result.decision).toBe('approve')
  })
})

describe('a reusable workflow run from another repository (stand-ins)', () => {
  // The SAN is the reusable workflow; the repository that called it is only in extension .12.
  const REUSABLE =
    'https://github.com/supplier/build-workflows/.github/workflows/release.yml@refs/tags/v2'
  const fromFork = {
    subjectAltName: REUSABLE,
    extensions: githubExtensions({ repository: 'mallory/fork', signer: REUSABLE })
  }
  const judged = async (sourceRepository: string | undefined) =>
    gate(
      await keylessPackage({
        bundles: [fromFork],
        identities: [identity({ subject: REUSABLE, sourceRepository })]
      }),
      AFTER_NOW
    )

  it('an identity pinning sourceRepository refuses it, naming the field that failed', async () => {
    const report = await judged(SUPPLIER)
    expectOne(
      report,
      'provenance.identity_untrusted',
      `is not a trusted identity: its sourceRepository is https://github.com/mallory/fork, identity release-workflow expects ${SUPPLIER}`
    )
    expect(report.result.decision).toBe('reject')
    expect(report.evidence.signatures.find(s => s.evidence === 'provenance')).toMatchObject({
      subject: REUSABLE,
      sourceRepository: 'https://github.com/mallory/fork',
      sourceRef: 'refs/heads/main',
      buildSignerUri: REUSABLE,
      runnerEnvironment: 'github-hosted'
    })
  })

  it('an identity without sourceRepository does not take it either: it signs nothing, naming the caller', async () => {
    const report = await judged(undefined)
    expect(rules(report).map(f => f.rule)).toEqual(['provenance.identity_unauthorized'])
    expectOne(
      report,
      'provenance.identity_unauthorized',
      'source repository https://github.com/mallory/fork)) that signed provenance has no sourceRepository'
    )
  })
})

describe('identity pins of gh attestation verify and slsa-verifier (stand-ins)', () => {
  const WORKFLOW = `${SUPPLIER}/.github/workflows/release.yml`
  /** The supplier's release workflow run on `ref`, on runner `runner` (undefined: github-hosted; null: no extension). */
  const run = (ref: string, runner?: string | null): Partial<KeylessBundleOptions> => ({
    subjectAltName: `${WORKFLOW}@${ref}`,
    extensions: supplierExtensions({ ref, signer: `${WORKFLOW}@${ref}`, runner })
  })
  /** A trust file covering every release tag of that workflow, with these pins. */
  const judged = async (bundle: Partial<KeylessBundleOptions>, pins: Record<string, unknown>) =>
    gate(
      await keylessPackage({
        bundles: [bundle],
        identities: [
          identity({
            subject: undefined,
            subjectPattern:
              'https://github\\.com/supplier/fw/\\.github/workflows/release\\.yml@refs/tags/v.*',
            sourceRepository: SUPPLIER,
            ...pins
          })
        ]
      }),
      AFTER_NOW
    )
  const untrusted = (why: string) => `is not a trusted identity: ${why}`

  it('runnerEnvironment: github-hosted (--deny-self-hosted-runners) takes a hosted run; a self-hosted run, or a certificate without the extension, is refused naming the field', async () => {
    const hosted = { runnerEnvironment: 'github-hosted' }
    const approved = await judged(run('refs/tags/v1.0.0'), hosted)
    expect(rules(approved)).toEqual([])
    expect(approved.result.decision).toBe('approve')

    const selfHosted = await judged(run('refs/tags/v1.0.0', 'self-hosted'), hosted)
    expectOne(
      selfHosted,
      'provenance.identity_untrusted',
      untrusted(
        'its runnerEnvironment is self-hosted, identity release-workflow expects github-hosted'
      )
    )
    expect(selfHosted.result.decision).toBe('reject')
    expect(selfHosted.evidence.signatures.find(s => s.evidence === 'provenance')).toMatchObject({
      verified: true,
      runnerEnvironment: 'self-hosted'
    })

    const unnamed = await judged(run('refs/tags/v1.0.0', null), hosted)
    expectOne(
      unnamed,
      'provenance.identity_untrusted',
      untrusted('its runnerEnvironment is (none), identity release-workflow expects github-hosted')
    )
    expect(unnamed.result.decision).toBe('reject')

    // Without the pin, the same self-hosted run is trusted: the refusal is the pin's.
    expect(rules(await judged(run('refs/tags/v1.0.0', 'self-hosted'), {}))).toEqual([])
  })

  it("sourceRef: refs/tags/v{version} (--source-versioned-tag) takes the run on the deployed version's tag; an older release's tag is refused, naming the ref expected", async () => {
    const versioned = { sourceRef: 'refs/tags/v{version}' }
    const approved = await judged(run('refs/tags/v1.0.0'), versioned)
    expect(rules(approved)).toEqual([])
    expect(approved.result.decision).toBe('approve')

    const older = await judged(run('refs/tags/v0.9.0'), versioned)
    expectOne(
      older,
      'provenance.identity_untrusted',
      untrusted(
        'its sourceRef is refs/tags/v0.9.0, identity release-workflow expects refs/tags/v1.0.0'
      )
    )
    expect(older.result.decision).toBe('reject')

    // Without the placeholder the ref is compared as written.
    expectOne(
      await judged(run('refs/tags/v1.0.0'), { sourceRef: 'refs/tags/v0.9.0' }),
      'provenance.identity_untrusted',
      untrusted(
        'its sourceRef is refs/tags/v1.0.0, identity release-workflow expects refs/tags/v0.9.0'
      )
    )
  })

  /** A trust file whose one identity has `fields` is refused as it is read, at identities[0].`field`. */
  const refusedAtLoad = async (
    fields: Record<string, unknown>,
    field: string,
    message: unknown
  ) => {
    const pkg = makePackage({
      artifact: ARTIFACT,
      provenance: { bytes: Buffer.from('{}'), name: 'provenance.json', format: 'sigstore-bundle' },
      identities: [identity(fields)]
    })
    await expect(gate(pkg)).rejects.toMatchObject({
      code: 'SCHEMA_VIOLATION',
      file: pkg.trust,
      field: `identities[0].${field}`,
      message
    })
  }

  it('a runnerEnvironment that is not a non-empty string of at most 1000 characters is refused as the trust file is read, naming the file and the field', async () => {
    const cases: [unknown, string][] = [
      ['', 'must NOT have fewer than 1 characters'],
      ['x'.repeat(1001), 'must NOT have more than 1000 characters'],
      [7, 'must be string, got 7'],
      [null, 'must be string, got null']
    ]
    for (const [runnerEnvironment, message] of cases)
      await refusedAtLoad({ runnerEnvironment }, 'runnerEnvironment', message)
  })

  it('{version} anywhere but sourceRef (where it would be compared as written) is refused as the trust file is read, naming the field', async () => {
    const versioned = {
      subject:
        'https://github.com/supplier/firmware/.github/workflows/release.yml@refs/tags/v{version}',
      sourceRepository: 'https://github.com/supplier/firmware-{version}',
      runnerEnvironment: 'github-hosted-{version}'
    }
    for (const [field, value] of Object.entries(versioned))
      await refusedAtLoad(
        { [field]: value },
        field,
        expect.stringContaining(
          "{version} stands for the update's target version only in sourceRef"
        )
      )
  })
})

describe('the signing certificate must be a code-signing leaf (as Fulcio issues)', () => {
  const CODE_SIGNING = '1.3.6.1.5.5.7.3.3'
  const SERVER_AUTH = '1.3.6.1.5.5.7.3.1'
  const issued = (leaf: KeylessBundleOptions['leaf']): KeylessBundleOptions => ({
    subjectAltName: SUPPLIER_SAN,
    extensions: supplierExtensions(),
    content: { dsse: Buffer.from('{}') },
    leaf
  })

  it('one without the codeSigning extended key usage, or a CA certificate, does not verify, and the reason says why', async () => {
    const refused = 'certificate not accepted for signing: '
    const cases: [KeylessBundleOptions['leaf'], string][] = [
      [
        { extendedKeyUsage: [SERVER_AUTH], ca: false },
        `its extended key usage (2.5.29.37) is ${SERVER_AUTH}, not codeSigning (${CODE_SIGNING})`
      ],
      [
        { extendedKeyUsage: null, ca: false },
        `it has no extended key usage (2.5.29.37); codeSigning (${CODE_SIGNING}) is required`
      ],
      [
        { extendedKeyUsage: [CODE_SIGNING], ca: true },
        'it is a CA certificate (basicConstraints CA:TRUE); a signature must be made with a leaf certificate'
      ]
    ]
    for (const [leaf, reason] of cases) {
      const sig = await verifyKeyless(issued(leaf))
      expect(sig).toMatchObject({ verified: false, identity: null, reason: `${refused}${reason}` })
    }
    // The same CA's code-signing leaf verifies (and so does one with another usage besides).
    for (const extendedKeyUsage of [[CODE_SIGNING], [SERVER_AUTH, CODE_SIGNING]]) {
      const sig = await verifyKeyless(issued({ extendedKeyUsage, ca: false }))
      expect(sig).toMatchObject({ verified: true, reason: null })
    }
  })

  it('the gate rejects provenance signed with such a certificate', async () => {
    const report = await gate(
      await keylessPackage({
        bundles: [{ leaf: { extendedKeyUsage: [SERVER_AUTH], ca: false } }]
      }),
      AFTER_NOW
    )
    expectOne(report, 'provenance.signature_unverified', 'not codeSigning (1.3.6.1.5.5.7.3.3)')
    expect(report.result.decision).toBe('reject')
  })
})

describe('certificates without a trusted time, expired, and other roots', () => {
  /** slsa-verifier's annotated-tag: a Fulcio certificate in the DSSE signature, no log entry. */
  const annotatedTag = (over: Partial<PackageSpec> = {}) =>
    fixturePackage(
      'slsa-verifier/annotated-tag',
      'slsa-verifier/annotated-tag.intoto.jsonl',
      'provenance.intoto.jsonl',
      'dsse',
      over
    )

  it('annotated-tag (cert in signatures[].cert, no log entry) fails: no trusted time, says so', async () => {
    const report = await gate(annotatedTag())
    expectOne(
      report,
      'provenance.signature_unverified',
      "without a trusted time the certificate's validity cannot be checked"
    )
    // and it is SLSA v0.2 in an in-toto v0.1 statement: each reported by its rule
    expectOne(
      report,
      'provenance.predicate_type',
      'SLSA Provenance v0.2 is recognised but not supported'
    )
    expect(messages(report, 'provenance.statement_type')).toHaveLength(1)
  })

  it('a certificate-carrying DSSE signature is never verified by a bare key match', async () => {
    // Trusting the Fulcio leaf's own public key as a provenance key must not make it pass.
    const envelope = JSON.parse(
      readFileSync(fx('slsa-verifier/annotated-tag.intoto.jsonl'), 'utf8')
    )
    const { X509Certificate } = await import('node:crypto')
    const leaf = new X509Certificate(envelope.signatures[0].cert as string)
    const pem = leaf.publicKey.export({ type: 'spki', format: 'pem' }).toString()
    const report = await gate(annotatedTag({ provenanceKeys: { 'fulcio-leaf': pem } }))
    expect(messages(report, 'provenance.signature_unverified')).toHaveLength(1)
    expect(report.evidence.signatures.find(s => s.evidence === 'provenance')?.keyId).toBeNull()
  })

  /**
   * A sigstore-conformance case signed by the beacon workflow, judged with its own root or not
   * (its test instance's certificates name no source repository).
   */
  const beacon = (name: string, ownRoot: boolean) => {
    const dir = `sigstore-conformance/${name}`
    return fixturePackage(
      `${dir}/artifact`,
      `${dir}/bundle.sigstore.json`,
      'bundle.sigstore.json',
      'sigstore-bundle',
      {
        identities: [identity({ subject: BEACON_SAN, sourceRepository: undefined })],
        ...(ownRoot ? { trustedRoot: fx(`${dir}/trusted_root.json`) } : {})
      }
    )
  }

  it('intoto-expired-certificate_fail fails', async () => {
    const report = await gate(beacon('intoto-expired-certificate_fail', true))
    expectOne(report, 'provenance.signature_unverified', 'CERTIFICATE_ERROR')
  })

  it('intoto-with-custom-trust-root passes only with its own root', async () => {
    // With its own root the signature verifies; its certificate names no source repository, so
    // no GitHub identity can pin one and none may take it: the one violation says so.
    const own = await gate(beacon('intoto-with-custom-trust-root', true))
    expect(own.evidence.signatures.find(s => s.evidence === 'provenance')).toMatchObject({
      verified: true
    })
    expect(rules(own).map(f => f.rule)).toEqual(['provenance.identity_unauthorized'])
    expectOne(own, 'provenance.identity_unauthorized', 'has no sourceRepository')
    const publicGood = await gate(beacon('intoto-with-custom-trust-root', false))
    expectOne(publicGood, 'provenance.signature_unverified', 'sigstore public-good root')
    // The one finding: no builders-list noise, and the bundle's own log index (4288993) is
    // nowhere shown as a fact of a signature that did not verify.
    expect(rules(publicGood).map(f => f.rule)).toEqual(['provenance.signature_unverified'])
    expect(publicGood.evidence.signatures.find(s => s.evidence === 'provenance')).toMatchObject({
      verified: false,
      logIndexes: [],
      signedAt: null
    })
    for (const format of ['text', 'markdown', 'json'] as const)
      expect(renderReport(publicGood, format)).not.toContain('4288993')
  })

  it('a trusted root whose certificate is not strict base64 is refused as the trust file is read', async () => {
    const root = JSON.parse(
      readFileSync(
        fx('sigstore-conformance/intoto-with-custom-trust-root/trusted_root.json'),
        'utf8'
      )
    ) as { certificateAuthorities: { certChain: { certificates: { rawBytes: string }[] } }[] }
    const cert = root.certificateAuthorities[0]!.certChain.certificates[0]!
    // The same bytes to Node's decoding, which skips the `!`; not base64 to Sigstore's Go tools.
    cert.rawBytes = `${cert.rawBytes.slice(0, 4)}!${cert.rawBytes.slice(4)}`
    const edited = path.join(tempDir(), 'trusted_root.json')
    writeFileSync(edited, JSON.stringify(root))
    const dir = 'sigstore-conformance/intoto-with-custom-trust-root'
    const pkg = fixturePackage(
      `${dir}/artifact`,
      `${dir}/bundle.sigstore.json`,
      'bundle.sigstore.json',
      'sigstore-bundle',
      {
        identities: [identity({ subject: BEACON_SAN, sourceRepository: undefined })],
        trustedRoot: edited
      }
    )
    await expect(gate(pkg)).rejects.toMatchObject({
      code: 'SCHEMA_VIOLATION',
      field: 'certificateAuthorities[0].certChain.certificates[0].rawBytes',
      message: expect.stringMatching(/must be base64 .*got 'MII.!/)
    })
  })
})

describe('managed-key bundles', () => {
  type Keys = Parameters<typeof import('../src/verify/sigstore.js').verifyBundle>[2]['keys']
  /** A sigstore-conformance case's bundle verified over `message` with the public-good root and `keys`. */
  const verifyCase = async (
    name: string,
    keys: Keys,
    message = readFileSync(fx('sigstore-conformance/a.txt')),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    edit: (bundle: Record<string, any>) => void = () => {}
  ) => {
    const { verifyBundle, parseBundle } = await import('../src/verify/sigstore.js')
    const root = JSON.parse(
      readFileSync(path.join(REPO, 'sigstore/trusted_root.public-good.json'), 'utf8')
    )
    const where = {
      file: 'bundle.sigstore.json',
      field: '',
      source: 'bundle.sigstore.json',
      origin: 'package'
    }
    const json = JSON.parse(
      readFileSync(fx(`sigstore-conformance/${name}/bundle.sigstore.json`), 'utf8')
    )
    edit(json)
    const bundle = parseBundle(json, where)
    return verifyBundle(bundle, message, { root, rootLabel: 'public-good', keys }, where).signature
  }

  /** A managed-key case verified with the key in `keyFile` (by default the case's key.pub). */
  const verifyManaged = async (
    name: string,
    keyFile = fx(`sigstore-conformance/${name}/key.pub`),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    edit: (bundle: Record<string, any>) => void = () => {}
  ) => {
    const { parsePublicKey, keyFingerprint } = await import('../src/load/trust.js')
    const pem = readFileSync(keyFile, 'utf8')
    let key
    try {
      const parsed = parsePublicKey(pem, 'supplier', {})
      key = {
        id: 'supplier',
        fingerprint: keyFingerprint(parsed.key),
        algorithm: parsed.algorithm,
        hash: parsed.hash,
        publicKey: parsed.key
      }
    } catch {
      key = null // the wrong-key fixture's key.pub is deliberately corrupt
    }
    return verifyCase(name, key ? [key] : [], undefined, edit)
  }

  it('managed-key-happy-path verifies with its key.pub, with its log entry', async () => {
    const sig = await verifyManaged('managed-key-happy-path')
    expect(sig).toMatchObject({ verified: true, keyId: 'supplier', method: 'key' })
    expect(sig.tlogEntries?.map(t => t.logIndex)).toEqual(['771488337'])
  })

  it('a log entry time and index count as the log vouches for them: its promise signs both, a proof alone only the index it proves', async () => {
    // The case's own signed timestamp (RFC 3161) left out: the log entry is the only time.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const withoutTsa = (bundle: Record<string, any>) => {
      delete bundle.verificationMaterial.timestampVerificationData
    }
    const signed = await verifyManaged('managed-key-happy-path', undefined, withoutTsa)
    expect(signed.tlogEntries?.[0]?.integratedTime).toBe('2025-12-18T17:04:39Z')
    expect(signed.signedAt).toBe('2025-12-18T17:04:39Z')
    // Without its promise the entry still proves inclusion (the signed checkpoint), so the key
    // verifies the bundle; but its integratedTime, signed by nobody, is no time.
    const unsigned = await verifyManaged('managed-key-happy-path', undefined, bundle => {
      withoutTsa(bundle)
      const entry = bundle.verificationMaterial.tlogEntries[0]
      delete entry.inclusionPromise
      entry.integratedTime = '1000000000'
      entry.logIndex = '1'
    })
    expect(unsigned).toMatchObject({ verified: true, keyId: 'supplier', signedAt: null })
    // The index is the one the proof proves (the tree's own index: this Rekor is sharded).
    expect(unsigned.tlogEntries).toEqual([
      expect.objectContaining({ logIndex: '649584075', integratedTime: null })
    ])
  })

  it('managed-key-wrong-key_fail does not verify: its key.pub is refused, another key does not verify it', async () => {
    const { parsePublicKey } = await import('../src/load/trust.js')
    const corrupt = readFileSync(
      fx('sigstore-conformance/managed-key-wrong-key_fail/key.pub'),
      'utf8'
    )
    expect(() => parsePublicKey(corrupt, 'supplier', { file: 'trust.yaml' })).toThrow(
      /key 'supplier' is not a valid PEM public key/
    )
    const sig = await verifyManaged('managed-key-wrong-key_fail')
    expect(sig).toMatchObject({ verified: false, reason: 'the trust configuration has no keys' })
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const dir = tempDir()
    writeFileSync(path.join(dir, 'other.pub'), publicKey.export({ type: 'spki', format: 'pem' }))
    const other = await verifyManaged('managed-key-wrong-key_fail', path.join(dir, 'other.pub'))
    expect(other.verified).toBe(false)
    expect(other.reason).toMatch(/no trusted key verifies this bundle/)
  })

  it('the keyless message-signature bundle (happy-path-v0.3) verifies over a.txt and names its identity', async () => {
    const sig = await verifyCase('happy-path-v0.3', [])
    expect(sig).toMatchObject({ verified: true, method: 'certificate' })
    expect(sig.identity).toMatchObject({ subject: BEACON_SAN, issuer: GITHUB_ISSUER })
    const tampered = await verifyCase('happy-path-v0.3', [], Buffer.from('not a.txt'))
    expect(tampered.verified).toBe(false)
  })
})

describe('the parts of the trusted root a bundle can chain to', () => {
  const roots: Record<string, string> = {
    'public-good (built in)': path.join(REPO, 'sigstore/trusted_root.public-good.json'),
    'gh-cli 2024 snapshot': fx('gh-cli/trusted_root.json'),
    'custom trust root': fx('sigstore-conformance/intoto-with-custom-trust-root/trusted_root.json'),
    'expired-certificate root': fx(
      'sigstore-conformance/intoto-expired-certificate_fail/trusted_root.json'
    )
  }
  const message = fx('sigstore-conformance/a.txt')
  // [bundle file, signed blob of a message-signature bundle, trusted key of a managed-key one]
  const bundles: [string, string | null, string | null][] = [
    ['slsa-verifier/bcr/MODULE.bazel.intoto.jsonl', null, null],
    ['slsa-verifier/bcr/MODULE-wrong-signer.bazel.intoto.jsonl', null, null],
    ['gh-cli/reusable-workflow-attestation.sigstore.json', null, null],
    ['gh-cli/sigstore-js-2.1.0-bundle.json', null, null],
    ['gh-cli/github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl', null, null],
    ['sigstore-conformance/happy-path-v0.3/bundle.sigstore.json', message, null],
    ['sigstore-conformance/happy-path-intoto-in-dsse-v3/bundle.sigstore.json', null, null],
    ['sigstore-conformance/intoto-with-custom-trust-root/bundle.sigstore.json', null, null],
    ['sigstore-conformance/intoto-expired-certificate_fail/bundle.sigstore.json', null, null],
    [
      'sigstore-conformance/managed-key-happy-path/bundle.sigstore.json',
      message,
      fx('sigstore-conformance/managed-key-happy-path/key.pub')
    ]
  ]

  it('every fixture bundle verifies (or not, for the same reason) with the whole root and with only its parts', async () => {
    const { TrustedRoot } = await import('@sigstore/protobuf-specs')
    const { bundleFromJSON } = await import('@sigstore/bundle')
    const { toSignedEntity, toTrustMaterial, Verifier } = await import('@sigstore/verify')
    const { createPublicKey } = await import('node:crypto')
    const { rootParts, rootSubset, trustNeeds, THRESHOLDS, keylessRequirements } =
      await import('../src/verify/sigstore.js')
    const results: string[] = []
    let fewer = 0
    for (const [file, blob, keyFile] of bundles) {
      const text = readFileSync(fx(file), 'utf8').trim()
      for (const [line, json] of (file.endsWith('.jsonl') ? text.split('\n') : [text]).entries()) {
        const bundle = bundleFromJSON(JSON.parse(json))
        const entity = toSignedEntity(bundle, blob === null ? undefined : readFileSync(blob))
        const key = keyFile === null ? null : createPublicKey(readFileSync(keyFile))
        for (const [name, rootFile] of Object.entries(roots)) {
          const root = TrustedRoot.fromJSON(JSON.parse(readFileSync(rootFile, 'utf8')))
          const parts = rootParts(root, trustNeeds(bundle, entity))
          const outcome = (r: typeof root): string => {
            const material = toTrustMaterial(
              r,
              key === null ? undefined : () => ({ publicKey: key, validFor: () => true })
            )
            try {
              new Verifier(
                material,
                entity.key.$case === 'certificate'
                  ? keylessRequirements(root, entity.key.certificate).thresholds
                  : THRESHOLDS.key
              ).verify(entity)
              return 'verified'
            } catch (error) {
              return `${(error as { code?: string }).code}: ${(error as Error).message}`
            }
          }
          const whole = outcome(root)
          expect(`${file}#${line} / ${name}: ${outcome(rootSubset(root, parts))}`).toBe(
            `${file}#${line} / ${name}: ${whole}`
          )
          results.push(whole)
          const size = (r: typeof root) =>
            r.certificateAuthorities.length +
            r.tlogs.length +
            r.ctlogs.length +
            r.timestampAuthorities.length
          if (name.includes('built in') && size(rootSubset(root, parts)) < size(root)) fewer++
        }
      }
    }
    // Not a comparison of failures only: 15 of the 40 verify (each fixture with the roots it
    // chains to), the others fail on the chain or on a signed timestamp no root's TSA signed.
    expect(results.length).toBe(40)
    expect(results.filter(r => r === 'verified').length).toBe(15)
    expect(new Set(results.filter(r => r !== 'verified'))).toEqual(
      new Set([
        'CERTIFICATE_ERROR: Failed to verify certificate chain',
        'TIMESTAMP_ERROR: timestamp could not be verified'
      ])
    )
    // And, with the built-in root, each bundle needs fewer parts than the root holds.
    expect(fewer).toBe(bundles.length)
  })

  it('the real GitHub attestation needs one certificate authority, one Rekor log and one CT log of the public-good root, no timestamp authority', async () => {
    const { TrustedRoot } = await import('@sigstore/protobuf-specs')
    const { bundleFromJSON } = await import('@sigstore/bundle')
    const { toSignedEntity } = await import('@sigstore/verify')
    const { rootParts, trustNeeds } = await import('../src/verify/sigstore.js')
    const { loadPublicGoodRoot, isBuiltInRoot } = await import('../src/load/sigstore-root.js')
    const builtIn = loadPublicGoodRoot()
    expect(isBuiltInRoot(builtIn.json)).toBe(true)
    expect(isBuiltInRoot(JSON.parse(JSON.stringify(builtIn.json)))).toBe(false)
    const root = TrustedRoot.fromJSON(builtIn.json)
    const bundle = bundleFromJSON(
      JSON.parse(readFileSync(fx('slsa-verifier/bcr/MODULE.bazel.intoto.jsonl'), 'utf8'))
    )
    const parts = rootParts(root, trustNeeds(bundle, toSignedEntity(bundle)))
    expect(parts).toEqual({
      certificateAuthorities: [1],
      tlogs: [0],
      ctlogs: [1],
      timestampAuthorities: []
    })
    expect(root.certificateAuthorities[1]?.validFor?.end).toBeUndefined()
    expect(root.tlogs[0]?.baseUrl).toBe('https://rekor.sigstore.dev')
    expect(root.ctlogs[1]?.baseUrl).toBe('https://ctfe.sigstore.dev/2022')
  })

  it('every part of the built-in root converts to trust material (a run converts only the parts a bundle needs)', async () => {
    const { TrustedRoot } = await import('@sigstore/protobuf-specs')
    const { toTrustMaterial } = await import('@sigstore/verify')
    const { loadPublicGoodRoot } = await import('../src/load/sigstore-root.js')
    const json = loadPublicGoodRoot().json as Record<string, unknown[]>
    const material = toTrustMaterial(TrustedRoot.fromJSON(json))
    expect(material.certificateAuthorities.flatMap(ca => ca.certChain).length).toBe(3)
    expect(material.timestampAuthorities.flatMap(ca => ca.certChain).length).toBe(2)
    expect([material.tlogs.length, material.ctlogs.length]).toEqual([
      json.tlogs?.length,
      json.ctlogs?.length
    ])
  })
})

describe('bind what is signed', () => {
  /** A key-signed DSSE envelope around an in-toto statement for the artifact. */
  function keySigned(payloadType: string, statementType: string) {
    const artifact = fx('slsa-verifier/bcr/MODULE.bazel')
    const sha256 = createHash('sha256').update(readFileSync(artifact)).digest('hex')
    const payload = Buffer.from(
      JSON.stringify({
        _type: statementType,
        subject: [{ name: 'MODULE.bazel', digest: { sha256 } }],
        predicateType: 'https://slsa.dev/provenance/v1',
        predicate: {
          buildDefinition: { buildType: 'https://example.org/build', externalParameters: {} },
          runDetails: { builder: { id: 'https://example.org/builder' } }
        }
      })
    )
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const sig = sign('sha256', pae(payloadType, payload), privateKey).toString('base64')
    const pkg = makePackage({
      artifact,
      provenance: {
        bytes: Buffer.from(
          JSON.stringify({
            payloadType,
            payload: payload.toString('base64'),
            signatures: [{ sig }]
          })
        ),
        name: 'provenance.dsse.json',
        format: 'dsse'
      },
      provenanceKeys: { builder: publicKey.export({ type: 'spki', format: 'pem' }).toString() }
    })
    const trust = readFileSync(pkg.trust, 'utf8').replace(
      'builders: []',
      'builders:\n  - id: https://example.org/builder'
    )
    writeFileSync(pkg.trust, trust)
    return pkg
  }

  it('a correctly signed envelope of payloadType application/json is a payload_type violation', async () => {
    const report = await gate(keySigned('application/json', 'https://in-toto.io/Statement/v1'))
    expect(rules(report).map(f => f.rule)).toEqual(['provenance.payload_type'])
  })

  it('a statement _type other than in-toto Statement v1 is a statement_type violation', async () => {
    const report = await gate(
      keySigned('application/vnd.in-toto+json', 'https://example.org/anything')
    )
    expect(rules(report).map(f => f.rule)).toEqual(['provenance.statement_type'])
  })

  it('the key-signed control case passes (the two rules above fail on their own)', async () => {
    expect(
      rules(
        await gate(keySigned('application/vnd.in-toto+json', 'https://in-toto.io/Statement/v1'))
      )
    ).toEqual([])
  })

  it('sha512-only subjects (npm provenance) are reported as such, not as a digest mismatch', async () => {
    const report = await gate(
      fixturePackage(
        'slsa-verifier/bcr/MODULE.bazel',
        'gh-cli/sigstore-js-2.1.0-bundle.json',
        'npm.sigstore.json',
        'sigstore-bundle'
      )
    )
    expectOne(report, 'provenance.subjects_without_sha256', 'carry only sha512 digests')
    expect(messages(report, 'provenance.artifact_not_in_subjects')).toEqual([])
  })
})

describe('times', () => {
  it('a signing event, evidence item or log entry later than the evaluation time is evidence from the future', async () => {
    const report = await gate(bcr({ signingEventTime: '2026-12-01T00:00:00Z' }))
    const future = messages(report, 'timeline.evidence_from_the_future')
    expect(future).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'signing time in signing event signing-event is 2026-12-01T00:00:00Z, after the evaluation time 2026-11-26T00:00:00Z'
        )
      ])
    )
    const early = await gate(bcr(), '2025-01-01T00:00:00Z')
    expect(messages(early, 'timeline.evidence_from_the_future')).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'transparency-log integrated time (log index 188622862) of provenance is 2025-03-26T23:47:30Z'
        )
      ])
    )
  })
})

describe('malformed bundles: exit 2 naming file and field, no stack trace, never an approval', () => {
  const real = readFileSync(fx('slsa-verifier/bcr/MODULE.bazel.intoto.jsonl'), 'utf8').trim()
  const bundle = JSON.parse(real) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
  const cases: [string, Buffer, RegExp][] = [
    ['truncated', Buffer.from(real.slice(0, real.length / 2)), /attestation\.jsonl/],
    [
      'wrong media type',
      Buffer.from(
        JSON.stringify({ ...bundle, mediaType: 'application/vnd.dev.sigstore.bundle.v0.9+json' })
      ),
      /media type application\/vnd\.dev\.sigstore\.bundle\.v0\.9\+json is not supported/
    ],
    [
      'certificate that is not DER',
      Buffer.from(
        JSON.stringify({
          ...bundle,
          verificationMaterial: {
            ...bundle.verificationMaterial,
            certificate: { rawBytes: Buffer.from('not a certificate').toString('base64') }
          }
        })
      ),
      /verificationMaterial\.certificate\.rawBytes/
    ],
    [
      '10 000 log entries',
      Buffer.from(
        JSON.stringify({
          ...bundle,
          verificationMaterial: {
            ...bundle.verificationMaterial,
            tlogEntries: Array.from({ length: 10000 }, (_, i) => ({
              logIndex: String(i),
              logId: { keyId: 'AA==' },
              kindVersion: { kind: 'dsse', version: '0.0.1' },
              integratedTime: '1',
              canonicalizedBody: ''
            }))
          }
        })
      ),
      /verificationMaterial\.tlogEntries: has 10000 entries/
    ],
    ...(
      [
        // Node's base64 decoding skips the `!`: the same bytes, a bundle Sigstore's Go tools refuse.
        [
          'certificate rawBytes with a character outside base64',
          (b: typeof bundle) => {
            const raw = b.verificationMaterial.certificate.rawBytes as string
            b.verificationMaterial.certificate.rawBytes = `${raw.slice(0, 8)}!${raw.slice(8)}`
          },
          /verificationMaterial\.certificate\.rawBytes: must be base64 .*got 'MIIHFDCC!/
        ],
        [
          'a DSSE signature mixing the two base64 alphabets',
          (b: typeof bundle) => {
            b.dsseEnvelope.signatures[0].sig = `-_${b.dsseEnvelope.signatures[0].sig as string}`
          },
          /dsseEnvelope\.signatures\[0\]\.sig: must be base64/
        ],
        [
          'an inclusion proof hash with a character outside base64',
          (b: typeof bundle) => {
            const proof = b.verificationMaterial.tlogEntries[0].inclusionProof
            proof.hashes[1] = `*${proof.hashes[1] as string}`
          },
          /verificationMaterial\.tlogEntries\[0\]\.inclusionProof\.hashes\[1\]: must be base64/
        ]
      ] as [string, (b: typeof bundle) => void, RegExp][]
    ).map(([name, edit, expected]): [string, Buffer, RegExp] => {
      const edited = structuredClone(bundle)
      edit(edited)
      return [name, Buffer.from(JSON.stringify(edited)), expected]
    }),
    ['50 MB', Buffer.alloc(50 * 1024 * 1024, 0x20), /attestation\.jsonl/],
    ...['99999999999999', '-1', '1.5e9', 'soon'].map((time): [string, Buffer, RegExp] => [
      `log entry integratedTime ${time}`,
      Buffer.from(
        JSON.stringify({
          ...bundle,
          verificationMaterial: {
            ...bundle.verificationMaterial,
            tlogEntries: bundle.verificationMaterial.tlogEntries.map(
              (e: Record<string, unknown>) => ({
                ...e,
                integratedTime: time
              })
            )
          }
        })
      ),
      /verificationMaterial\.tlogEntries\[0\]\.integratedTime: must be whole seconds since the epoch/
    ])
  ]
  for (const [name, bytes, expected] of cases) {
    it(name, async () => {
      const pkg = bcr({
        provenance: { bytes, name: 'attestation.jsonl', format: 'sigstore-bundle' }
      })
      expectInputError(await cli(...packageArgs(['evaluate'], pkg.dir, pkg.trust)), expected)
    })
  }

  it('a Sigstore bundle declared as dsse gets one clear line', async () => {
    const pkg = bcr({
      provenance: {
        from: fx('slsa-verifier/bcr/MODULE.bazel.intoto.jsonl'),
        name: 'a.jsonl',
        format: 'dsse'
      }
    })
    const { code, stderr } = await cli('evaluate', pkg.dir, '--trust', pkg.trust, '--at', EVAL_TIME)
    expect(code).toBe(EXIT.inputError)
    expect(stderr).toContain('declare format: sigstore-bundle')
  })
})

describe('examples/github-attestation', () => {
  it('is approved: the real GitHub attestation, judged with the identity in its trust file', async () => {
    const example = path.join(REPO, 'examples/github-attestation')
    const { code, stdout } = await cli(...evaluateIn(example, 'package'))
    expect(code).toBe(EXIT.pass)
    expect(stdout.split('\n')[0]).toBe('update-gate: APPROVE: approved for deployment')
    expect(stdout).toContain(
      `MODULE.bazel.intoto.jsonl: verified by identity ${BCR_SAN} (issuer ${GITHUB_ISSUER}; source repository ${BCR_CALLER}, ref refs/heads/publish-to-bcr, commit 8f70009fde0c94ade6ce2a054b94718c819126ec, runner github-hosted), Rekor log index 188622862`
    )
  })
})
