/**
 * The fuzz harness: property-based tests (fast-check) over the load, verify and evaluate stages,
 * in process. Each case copies a seed package (and, sometimes, the trust configuration) into a
 * fresh directory, applies generated mutations to it, runs the pipeline and checks the
 * invariants of issue 14:
 *
 * 1. nothing but a GateError escapes (the CLI's exit 3), no message carries a stack trace, and
 *    nothing goes to stderr (no process warning from a library quoting the input);
 * 2. every input error names its file, and its message is bounded;
 * 3. a signature verifies only over the exact bytes that were signed (no changed signed byte
 *    verifies), and a package whose manifest bytes changed is never approved;
 * 4. no path leaves the package: nothing outside it is read (canary files outside have unique
 *    digests that must never show up), no digest key is absolute or climbs with `..`;
 * 5. every case finishes within a time bound (a FIFO or an endless device would hang it);
 * 6. input that loads and verifies gets a decision from the built-in policy.
 *
 * Mutations: byte flips, truncation, BOMs, NUL bytes, inserted text, line edits, structural
 * YAML/JSON changes (delete, replace, wrap, deep nesting), evidence generated per kind (records,
 * manifests, DSSE envelopes, index items), public documents of other projects with values
 * replaced (CSAF, OpenVEX, CycloneDX VEX, OSV, Sigstore bundles), path rewrites, symlinks,
 * directories, and special files (FIFOs, sockets, devices) in place of evidence.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  closeSync,
  constants,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { parse as parseYamlText, stringify as stringifyYaml } from 'yaml'
import { readBuiltInPolicy } from '../../src/evaluate/built-in.js'
import { openRunner, type PolicyRunner } from '../../src/evaluate/runner.js'
import {
  loadPackage,
  loadTrust,
  type LoadedPackage,
  type LoadedTrust
} from '../../src/load/index.js'
import { isGateError, MAX_MESSAGE_CHARS } from '../../src/shared/errors.js'
import { decodeBase64, pae, verifyPackage } from '../../src/verify/index.js'
import type { PolicyOutput } from '../../src/contracts/policy-output.js'
import { EVAL_TIME, REPO, SEED } from '../helpers.js'

// ---------------------------------------------------------------------------------------------
// Cases

export const BASES = ['all-tested', 'strong', 'better', 'weak'] as const
export type Base = (typeof BASES)[number]

/**
 * Which file of the case a mutation hits: an index into the case's file list (modulo), or a
 * path relative to the package (regression tests name files).
 */
type Pick = number | string
/** A position inside a file, as a fraction of its length. */
type At = number

export type Mutation =
  | { type: 'flip'; file: Pick; at: At; xor: number }
  | { type: 'truncate'; file: Pick; at: At }
  | { type: 'bom'; file: Pick }
  | { type: 'nul'; file: Pick; at: At }
  | { type: 'insert'; file: Pick; at: At; text: string }
  | { type: 'line'; file: Pick; at: At; op: 'delete' | 'duplicate' | 'indent' | 'dedent' | 'swap' }
  | { type: 'structure'; file: Pick; route: number[]; op: StructureOp; value: unknown }
  | { type: 'record'; kind: RecordKindName; record: Record<string, unknown> }
  | { type: 'manifest'; manifest: unknown; keepSignature: boolean }
  | { type: 'envelope'; envelope: Record<string, unknown> }
  | { type: 'index-item'; at: number; replace: boolean; item: Record<string, unknown> }
  | { type: 'document'; document: number; edits: DocumentEdit[] }
  | { type: 'path'; at: number; field: 'file' | 'signature' | 'artifact'; to: string }
  | { type: 'symlink'; file: Pick; to: LinkTarget }
  | { type: 'directory'; file: Pick }
  | { type: 'special'; file: Pick; kind: 'fifo' | 'socket' | 'device' }
  | { type: 'remove'; file: Pick }

export type StructureOp = 'delete' | 'replace' | 'wrap' | 'nest' | 'rename'
/** A value of a document replaced, or (a string) with text added at its end. */
export type DocumentEdit = { leaf: number; value: unknown } | { leaf: number; suffix: string }
export type LinkTarget =
  | 'outside-file'
  | 'outside-dir'
  | 'inside-file'
  | 'inside-dir'
  | 'dangling'
  | 'self'
  | 'device'
  | 'root'

export interface FuzzCase {
  base: Base
  /** Mutations of the trust configuration apply to a copy of it; else the seed trust is used. */
  trust: Mutation[] | null
  /**
   * The manifest's signature replaced by an OpenPGP one over the same bytes (made by gpg,
   * test/fixtures/openpgp), and the release key in the trust file by its OpenPGP key, before the
   * mutations: they then meet the OpenPGP path.
   */
  openpgp?: boolean
  mutations: Mutation[]
}

const RECORD_KINDS = [
  'signing-event',
  'release-approval',
  'rollback-recovery-tests',
  'affected-versions',
  'customer-notification',
  'deployment-records'
] as const
type RecordKindName = (typeof RECORD_KINDS)[number]
const RECORD_FILE: Record<RecordKindName, string> = {
  'signing-event': 'signing-event.yaml',
  'release-approval': 'approval.yaml',
  'rollback-recovery-tests': 'tests.yaml',
  'affected-versions': 'affected-versions.yaml',
  'customer-notification': 'notification.yaml',
  'deployment-records': 'deployments.yaml'
}
const RECORD_TITLE: Record<RecordKindName, string> = {
  'signing-event': 'SigningEvent',
  'release-approval': 'ReleaseApproval',
  'rollback-recovery-tests': 'RollbackRecoveryTests',
  'affected-versions': 'AffectedVersions',
  'customer-notification': 'CustomerNotification',
  'deployment-records': 'DeploymentRecords'
}
const EVIDENCE_KINDS = [
  'assertion',
  'process-document',
  'update-manifest',
  'build-provenance',
  'recovery-procedure',
  ...RECORD_KINDS
] as const

/**
 * Documents suppliers publish, from other projects (test/fixtures, examples/), each as the
 * evidence kind and format the gate reads it as: a `document` mutation adds one to the package
 * with a few of its values replaced.
 */
const DOCUMENTS = [
  ['test/fixtures/csaf/2022-evd-uc-04-001.json', 'affected-versions', 'csaf'],
  ['test/fixtures/openvex/demo.vex.json', 'affected-versions', 'openvex'],
  ['test/fixtures/cyclonedx/cisa-case-4.vex.json', 'affected-versions', 'cyclonedx-vex'],
  ['test/fixtures/osv/GO-2024-2963.json', 'affected-versions', 'osv'],
  [
    'examples/github-attestation/package/MODULE.bazel.intoto.jsonl',
    'build-provenance',
    'sigstore-bundle'
  ]
] as const

// ---------------------------------------------------------------------------------------------
// Generators

/** Text of any kind: ASCII, any code point, or grapheme clusters. */
const text = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ maxLength, unit: 'binary' }),
    fc.string({ maxLength, unit: 'grapheme' })
  )

const IDENTITIES = [
  'carol@supplier.example',
  'rita@supplier.example',
  'olga@buyer.example',
  'ci@supplier.example',
  'updates@supplier.example',
  'https://github.com/supplier/ic22-firmware/.github/workflows/release.yml@refs/heads/main'
]
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u00ad', '\u0000']
const SPACES = [' ', '\t', '\n', '\u00a0', '\u3000']

/**
 * A spelling of a known identity: case changed, spaces around, an invisible character, or (for
 * the general generator) a decomposed (NFD) name that is another identity.
 */
export const identityVariant = (
  ids: readonly string[] = IDENTITIES,
  hows: readonly string[] = ['same', 'upper', 'title', 'spaces', 'nfd', 'invisible']
): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(...ids),
      fc.constantFrom(...hows),
      fc.constantFrom(...SPACES),
      fc.constantFrom(...INVISIBLE),
      fc.nat()
    )
    .map(([id, how, space, invisible, at]) => {
      switch (how) {
        case 'upper':
          return id.toUpperCase()
        case 'title':
          return id.charAt(0).toUpperCase() + id.slice(1)
        case 'spaces':
          return `${space}${id}${space}`
        case 'nfd':
          return `Jos\u00e9 ${id}`.normalize('NFD')
        case 'invisible': {
          const i = at % (id.length + 1)
          return id.slice(0, i) + invisible + id.slice(i)
        }
        default:
          return id
      }
    })

const identity = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...IDENTITIES) },
    { weight: 3, arbitrary: identityVariant() },
    { weight: 1, arbitrary: text(40) }
  )

const timestamp = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom('2026-10-01T10:00:00Z', '2026-10-02T09:00:00+02:00') },
    {
      weight: 3,
      arbitrary: fc
        .date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2030-01-01T00:00:00Z'),
          noInvalidDate: true
        })
        .map(d => d.toISOString())
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '2026-10-01T10:00:00',
        '2026-02-30T10:00:00Z',
        '2026-10-01T10:00:00.1234567891Z',
        '2026-10-01T10:00:00+24:00',
        'yesterday',
        '',
        null
      )
    },
    { weight: 1, arbitrary: text(30) }
  )

const version = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('5.4.3', '5.4.2', '5.0.0') },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99)).map(v => v.join('.'))
    },
    { weight: 1, arbitrary: fc.constantFrom('5.4', 5.4, '05.4.3', '5.4.3-rc1', '') }
  )

const sha256 = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constant('d895b58bf1d76d6511b2267f9ec0cbb1d9b0f33567aab5b750d4494408a0461d'),
    fc.stringMatching(/^[0-9a-f]{64}$/),
    fc.stringMatching(/^[0-9A-Fa-z]{0,70}$/)
  )

/** Paths for rewrites: escapes, absolute paths, odd spellings, existing files, garbage. */
const rewrittenPath = (): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom(
        '../outside.yaml',
        '../../outside.yaml',
        'a/../../outside.yaml',
        '..\\outside.yaml',
        'artifacts/../../outside.yaml',
        '$OUTSIDE_ABS',
        '/etc/passwd',
        'C:\\Windows\\win.ini',
        'c:outside.yaml',
        '\\\\server\\share\\x',
        'manifest.json\u0000.yaml',
        '.',
        '..',
        '',
        'artifacts',
        'artifacts/',
        './approval.yaml',
        'approval.yaml/',
        'sub/../approval.yaml',
        'manifest.json',
        'manifest.json.sig',
        'provenance.dsse.json',
        'update-evidence.yaml',
        'recovery-procedure.md',
        'artifacts/ic22-fw-5.4.3.bin',
        'link-out',
        'link-in',
        'missing.yaml',
        'APPROVAL.YAML',
        'appr\u00f6val.yaml'
      )
    },
    { weight: 1, arbitrary: text(30) }
  )

/** Any JSON-like value, now and then deeply nested (past the nesting limit). */
const anyValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 2, arbitrary: identity() },
    { weight: 2, arbitrary: timestamp() },
    { weight: 1, arbitrary: version() },
    { weight: 1, arbitrary: rewrittenPath() },
    { weight: 1, arbitrary: fc.string({ minLength: 2000, maxLength: 5000 }) },
    {
      weight: 1,
      // A token that serialises to `[[[…1…]]]` nested this deep (see deepText): values this deep
      // would overflow the stack of any recursive serialiser, fast-check's report included.
      arbitrary: fc.integer({ min: 1, max: 6000 }).map(depth => `DEEPNEST${depth}X`)
    }
  )

/** Replaces each DEEPNEST<n>X token (quoted or not) by `n` nested flow sequences. */
const deepText = (text: string): string =>
  text.replace(
    /"?DEEPNEST(\d+)X"?/g,
    (_, n: string) => `${'['.repeat(Number(n))}1${']'.repeat(Number(n))}`
  )

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 4 })
const drop = (record: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined))

/** A record of each kind: mostly well-formed, with values that probe the edges. */
const recordOf = (kind: RecordKindName): fc.Arbitrary<Record<string, unknown>> => {
  const head = {
    apiVersion: fc.constant('update-gate.dev/v1'),
    kind: fc.constant(RECORD_TITLE[kind])
  }
  const configuration = fc.constantFrom('reference', 'regional', 'other', '')
  switch (kind) {
    case 'signing-event':
      return fc.record({
        ...head,
        signer: identity(),
        keyId: fc.constantFrom(
          'ic22-release-2026',
          'ic22-release-2025',
          'ic22-provenance-2026',
          'x'
        ),
        time: timestamp(),
        subject: fc.constantFrom('manifest', 'provenance', 'nothing')
      })
    case 'release-approval':
      return fc
        .record({
          ...head,
          product: fc.constantFrom('IC-22', 'IC-23'),
          version: version(),
          approvedArtifacts: fc.array(
            fc.record({
              name: fc.constantFrom('ic22-fw-5.4.3.bin', 'other.bin'),
              sha256: sha256()
            }),
            { maxLength: 2 }
          ),
          approvals: fc.array(
            fc.record({
              approver: identity(),
              role: fc.constantFrom('release-approver', 'risk-acceptor', 'x'),
              decision: fc.constantFrom('approved', 'rejected', 'maybe'),
              time: timestamp(),
              reference: maybe(text(10))
            }),
            { maxLength: 3 }
          )
        })
        .map(drop)
    case 'rollback-recovery-tests':
      return fc.record({
        ...head,
        product: fc.constantFrom('IC-22'),
        fromVersion: version(),
        toVersion: version(),
        rollbackConditions: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 2 }),
        results: fc.array(
          fc
            .record({
              configuration,
              hardware: fc.constantFrom('IC-22-REF-C', 'IC-22-RG-B'),
              test: fc.constantFrom('rollback', 'recovery'),
              outcome: fc.constantFrom('passed', 'failed', 'not-run'),
              time: maybe(timestamp()),
              reference: maybe(text(10))
            })
            .map(drop),
          { maxLength: 5 }
        )
      })
    case 'affected-versions':
      return fc.record({
        ...head,
        format: fc.constantFrom('update-gate', 'osv'),
        product: fc.constantFrom('IC-22'),
        vulnerabilities: fc.array(
          fc
            .record({
              id: fc.constantFrom('VULN-2026-014', 'VULN-X'),
              record: fc.constant('SUP-1'),
              ranges: fc.array(
                fc.record({ introduced: version(), fixed: maybe(version()) }).map(drop),
                { maxLength: 2 }
              ),
              fixedIn: maybe(version()),
              remediation: fc.constant('Update.')
            })
            .map(drop),
          { maxLength: 2 }
        )
      })
    case 'customer-notification':
      return fc.record({
        ...head,
        status: fc.constantFrom('draft', 'approved', 'sent', 'lost'),
        scope: fc.record({
          product: fc.constantFrom('IC-22'),
          cohorts: fc.array(fc.constantFrom('A', 'B'), { maxLength: 2 }),
          configurations: fc.array(configuration, { maxLength: 2 }),
          vulnerabilities: fc.array(fc.constantFrom('VULN-2026-014'), { maxLength: 1 })
        }),
        audience: fc.constant('Operators'),
        text: text(50)
      })
    case 'deployment-records':
      return fc.record({
        ...head,
        records: fc.array(
          fc
            .record({
              configuration,
              version: version(),
              time: timestamp(),
              outcome: fc.constantFrom('succeeded', 'failed', 'rolled-back'),
              devices: fc.integer({ min: -1, max: 100 }),
              reference: maybe(text(10))
            })
            .map(drop),
          { maxLength: 3 }
        ),
        retainedAt: fc.constant('log')
      })
  }
}

const manifestValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        product: fc.constantFrom('IC-22', 'IC-23'),
        version: version(),
        artifacts: fc.array(
          fc.record({
            name: fc.oneof(fc.constantFrom('ic22-fw-5.4.3.bin'), rewrittenPath()),
            size: fc.oneof(fc.constant(65536), fc.integer({ min: -1, max: 1 << 20 })),
            sha256: sha256()
          }),
          { maxLength: 3 }
        )
      })
    },
    { weight: 1, arbitrary: anyValue() }
  )

const statement = (): fc.Arbitrary<unknown> =>
  fc.record({
    _type: fc.constantFrom('https://in-toto.io/Statement/v1', 'x'),
    subject: fc.array(fc.record({ name: text(20), digest: fc.record({ sha256: sha256() }) }), {
      maxLength: 2
    }),
    predicateType: fc.constantFrom('https://slsa.dev/provenance/v1', 'https://example/other'),
    predicate: fc.record({
      buildDefinition: fc.record({
        buildType: text(20),
        externalParameters: fc.record({
          workflow: fc.record({ repository: text(20), ref: text(20) })
        }),
        resolvedDependencies: fc.array(fc.record({ digest: fc.record({ gitCommit: text(40) }) }), {
          maxLength: 1
        })
      }),
      runDetails: fc.record({
        builder: fc.record({ id: identity() }),
        metadata: fc.record({ startedOn: timestamp(), finishedOn: timestamp() })
      })
    })
  })

const envelopeValue = (): fc.Arbitrary<Record<string, unknown>> =>
  fc.record({
    payloadType: fc.oneof(
      fc.constantFrom('application/vnd.in-toto+json'),
      anyValue()
    ) as fc.Arbitrary<unknown>,
    payload: fc.oneof(
      statement().map(s => Buffer.from(JSON.stringify(s)).toString('base64')),
      anyValue()
    ) as fc.Arbitrary<unknown>,
    signatures: fc.oneof(
      fc.array(
        fc
          .record({
            keyid: maybe(text(10)),
            sig: fc.oneof(fc.base64String({ maxLength: 120 }), text(20))
          })
          .map(drop),
        { maxLength: 2 }
      ),
      anyValue()
    ) as fc.Arbitrary<unknown>
  })

const indexItem = (): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .record({
      id: fc.oneof(fc.constantFrom('manifest', 'extra', 'approval'), text(10)),
      kind: fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...EVIDENCE_KINDS) },
        { weight: 1, arbitrary: text(10) }
      ),
      file: maybe(rewrittenPath()),
      signature: maybe(rewrittenPath()),
      format: maybe(fc.constantFrom('text', 'dsse', 'cosign-sign-blob', 'update-gate', 'osv')),
      producer: identity(),
      time: maybe(timestamp()),
      controls: maybe(fc.array(fc.constantFrom('signing', 'approval', 'x'), { maxLength: 2 })),
      statement: maybe(text(20))
    })
    .map(drop)

const pick = fc.nat()
const at = fc.double({ min: 0, max: 1, noNaN: true })

export const mutation = (): fc.Arbitrary<Mutation> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        type: fc.constant('flip' as const),
        file: pick,
        at,
        xor: fc.integer({ min: 1, max: 255 })
      })
    },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('truncate' as const), file: pick, at }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('bom' as const), file: pick }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('nul' as const), file: pick, at }) },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('insert' as const),
        file: pick,
        at,
        text: fc.oneof(
          text(20),
          fc.constantFrom(
            ': x',
            '\n- ',
            '[',
            '{',
            '"',
            '&a ',
            '*a',
            '!!binary ',
            '%YAML 1.1\n',
            '---\n',
            '\t',
            '\\u0000',
            '\ud800'
          )
        )
      })
    },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('line' as const),
        file: pick,
        at,
        op: fc.constantFrom('delete', 'duplicate', 'indent', 'dedent', 'swap')
      })
    },
    {
      weight: 5,
      arbitrary: fc.record({
        type: fc.constant('structure' as const),
        file: pick,
        route: fc.array(fc.nat(), { maxLength: 6 }),
        op: fc.constantFrom('delete', 'replace', 'wrap', 'nest', 'rename'),
        value: anyValue()
      })
    },
    {
      weight: 4,
      arbitrary: fc
        .constantFrom(...RECORD_KINDS)
        .chain(kind => recordOf(kind).map(record => ({ type: 'record' as const, kind, record })))
    },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('manifest' as const),
        manifest: manifestValue(),
        keepSignature: fc.boolean()
      })
    },
    {
      weight: 2,
      arbitrary: fc.record({ type: fc.constant('envelope' as const), envelope: envelopeValue() })
    },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('index-item' as const),
        at: fc.nat(),
        replace: fc.boolean(),
        item: indexItem()
      })
    },
    {
      weight: 3,
      arbitrary: fc.record({
        type: fc.constant('document' as const),
        document: fc.nat(),
        edits: fc.array(
          fc.oneof(
            fc.record({
              leaf: fc.nat(),
              value: fc.oneof(
                anyValue(),
                fc.constantFrom(
                  'vers:generic/%ZZ',
                  'vers:semver/<=1.0.0|>=2.0.0',
                  'vers:semver/',
                  'pkg:',
                  'pkg:npm/a@%',
                  '99999999999999',
                  '-1',
                  'not base64!',
                  '0000-01-01T00:00:00+01:00'
                )
              )
            }),
            fc.record({
              leaf: fc.nat(),
              suffix: fc.constantFrom(
                '%',
                '%ZZ',
                '|',
                '|<%E0',
                '=',
                '\u0000',
                'Z',
                '.5',
                '@',
                '000000'
              )
            })
          ),
          { minLength: 1, maxLength: 3 }
        )
      })
    },
    {
      weight: 3,
      arbitrary: fc.record({
        type: fc.constant('path' as const),
        at: fc.nat(),
        field: fc.constantFrom('file', 'signature', 'artifact'),
        to: rewrittenPath()
      })
    },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('symlink' as const),
        file: pick,
        to: fc.constantFrom(
          'outside-file',
          'outside-dir',
          'inside-file',
          'inside-dir',
          'dangling',
          'self',
          'device',
          'root'
        )
      })
    },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('directory' as const), file: pick }) },
    {
      weight: 1,
      arbitrary: fc.record({
        type: fc.constant('special' as const),
        file: pick,
        kind: fc.constantFrom('fifo', 'socket', 'device')
      })
    },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('remove' as const), file: pick }) }
  )

/** A trust mutation: only kinds that make sense for a file the gate runner owns. */
const trustMutation = (): fc.Arbitrary<Mutation> =>
  mutation().filter(
    m => !['record', 'manifest', 'envelope', 'index-item', 'document', 'path'].includes(m.type)
  )

export const fuzzCase = (): fc.Arbitrary<FuzzCase> =>
  fc.record({
    base: fc.constantFrom<Base>('all-tested', 'all-tested', 'strong', 'strong', 'better', 'weak'),
    trust: fc.oneof(
      { weight: 9, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.array(trustMutation(), { minLength: 1, maxLength: 2 }) }
    ),
    openpgp: fc.oneof(
      { weight: 3, arbitrary: fc.constant(false) },
      { weight: 1, arbitrary: fc.constant(true) }
    ),
    // Mostly one mutation, so that many cases get through to verify and the policy.
    mutations: fc.oneof(
      { weight: 3, arbitrary: fc.array(mutation(), { minLength: 1, maxLength: 1 }) },
      { weight: 1, arbitrary: fc.array(mutation(), { minLength: 2, maxLength: 4 }) }
    )
  })

// ---------------------------------------------------------------------------------------------
// Applying a case to a directory

interface CaseDirs {
  /** Holds pkg/, trust/ and the canaries outside the package. */
  top: string
  pkg: string
  trustFile: string
  /** FIFOs made by the case (released after it, in case something blocked on one). */
  fifos: string[]
  servers: Server[]
}

/** Canary files outside the package: their digests must never appear in a result. */
export interface Canaries {
  digests: Set<string>
}

let mknodWorks: boolean | null = null
function canMknod(dir: string): boolean {
  if (mknodWorks === null) {
    try {
      execFileSync('mknod', [path.join(dir, 'probe-device'), 'c', '1', '5'], { stdio: 'ignore' })
      mknodWorks = true
    } catch {
      mknodWorks = false
    }
  }
  return mknodWorks
}

/** Files and directories of a package (sorted), for mutations to pick from. */
function entriesOf(root: string): string[] {
  const out: string[] = []
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(root, rel)).sort()) {
      const child = rel ? `${rel}/${name}` : name
      out.push(child)
      let isDir = false
      try {
        isDir = lstatSync(path.join(root, child)).isDirectory()
      } catch {
        // vanished
      }
      if (isDir) walk(child)
    }
  }
  walk('')
  return out
}

function regularFiles(root: string): string[] {
  return entriesOf(root).filter(rel => {
    try {
      return lstatSync(path.join(root, rel)).isFile()
    } catch {
      return false
    }
  })
}

const pickOf = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length]
const pickFile = (list: readonly string[], p: Pick): string | undefined =>
  typeof p === 'string' ? p : pickOf(list, p)
const offset = (length: number, fraction: number) =>
  Math.min(length, Math.max(0, Math.floor(fraction * length)))

/** True for a regular file (never follows a link): the harness reads nothing else itself. */
function isRegular(file: string): boolean {
  try {
    return lstatSync(file).isFile()
  } catch {
    return false
  }
}

/** Writes `file` anew, whatever is there now (a link, a directory, a FIFO). */
function replaceFile(file: string, content: string): void {
  rmSync(file, { recursive: true, force: true })
  writeFileSync(file, content)
}

function mutateBytes(file: string, change: (bytes: Buffer) => Buffer): void {
  writeFileSync(file, change(readFileSync(file)))
}

/** Follows `route` into a JSON-like value; returns the container and key of the spot reached. */
function locate(
  value: unknown,
  route: number[]
): { parent: Record<string, unknown> | unknown[]; key: string | number } | null {
  let parent: Record<string, unknown> | unknown[] | null = null
  let key: string | number | null = null
  let current = value
  for (const step of route) {
    if (current === null || typeof current !== 'object') break
    const keys: (string | number)[] = Array.isArray(current)
      ? current.map((_, i) => i)
      : Object.keys(current)
    if (keys.length === 0) break
    parent = current as Record<string, unknown> | unknown[]
    key = keys[step % keys.length]!
    current = (parent as Record<string | number, unknown>)[key]
  }
  return parent === null || key === null ? null : { parent, key }
}

/** Applies a document edit to the leaf (a value that is no object or array) it picks. */
function editLeaf(data: unknown, edit: DocumentEdit): void {
  const leaves: { parent: Record<string | number, unknown>; key: string | number }[] = []
  const walk = (value: unknown) => {
    if (value === null || typeof value !== 'object') return
    const record = value as Record<string | number, unknown>
    for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
      const child = record[key]
      if (child !== null && typeof child === 'object') walk(child)
      else leaves.push({ parent: record, key })
    }
  }
  walk(data)
  const spot = leaves[edit.leaf % Math.max(1, leaves.length)]
  if (!spot) return
  const current = spot.parent[spot.key]
  spot.parent[spot.key] =
    'suffix' in edit
      ? typeof current === 'string'
        ? current + edit.suffix
        : edit.suffix
      : edit.value
}

function changeStructure(data: unknown, m: Extract<Mutation, { type: 'structure' }>): unknown {
  const spot = locate(data, m.route)
  if (spot === null) return m.op === 'delete' ? null : m.value
  const { parent, key } = spot
  const get = () => (parent as Record<string | number, unknown>)[key]
  const set = (v: unknown) => ((parent as Record<string | number, unknown>)[key] = v)
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1)
      else delete parent[key as string]
      break
    case 'replace':
      set(m.value)
      break
    case 'wrap':
      set([get()])
      break
    case 'nest': {
      let v = get()
      for (let i = 0; i < 70; i++) v = [v]
      set(v)
      break
    }
    case 'rename':
      if (!Array.isArray(parent)) {
        const v = get()
        delete parent[key as string]
        parent[`${String(key)}_`] = v
      }
      break
  }
  return data
}

function applyStructure(file: string, m: Extract<Mutation, { type: 'structure' }>): void {
  const text = readFileSync(file, 'utf8')
  const json = file.endsWith('.json')
  let data: unknown
  try {
    data = json ? JSON.parse(text) : parseYamlText(text, { maxAliasCount: 50, logLevel: 'error' })
  } catch {
    return // not structured (or already broken): nothing to change structurally
  }
  const changed = changeStructure(data, m)
  let written: string
  try {
    written = json ? JSON.stringify(changed, null, 2) : stringifyYaml(changed)
  } catch {
    return // nested too deeply to write again (an earlier mutation's doing): left as it is
  }
  writeFileSync(file, deepText(written))
}

function editIndex(pkg: string, change: (index: Record<string, unknown>) => void): void {
  const file = path.join(pkg, 'update-evidence.yaml')
  if (!isRegular(file)) return
  let index: unknown
  try {
    index = parseYamlText(readFileSync(file, 'utf8'), { maxAliasCount: 50, logLevel: 'error' })
  } catch {
    return
  }
  if (index === null || typeof index !== 'object' || Array.isArray(index)) return
  change(index as Record<string, unknown>)
  writeFileSync(file, deepText(stringifyYaml(index)))
}

async function makeSpecial(
  dirs: CaseDirs,
  target: string,
  kind: 'fifo' | 'socket' | 'device'
): Promise<void> {
  rmSync(target, { recursive: true, force: true })
  mkdirSync(path.dirname(target), { recursive: true })
  if (kind === 'fifo') {
    execFileSync('mkfifo', [target])
    dirs.fifos.push(target)
  } else if (kind === 'socket') {
    const server = createServer()
    dirs.servers.push(server)
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(target, resolve)
    })
  } else if (canMknod(dirs.top)) {
    execFileSync('mknod', [target, 'c', '1', '5'], { stdio: 'ignore' }) // /dev/zero: never ends
  } else {
    symlinkSync('/dev/zero', target)
  }
}

async function applyMutation(dirs: CaseDirs, root: string, m: Mutation): Promise<void> {
  const files = regularFiles(root)
  const entries = entriesOf(root)
  const fileAt = (p: Pick) => {
    const rel = pickFile(files, p)
    return rel === undefined ? undefined : path.join(root, rel)
  }
  /** Changes the bytes of the picked file, if there is one. */
  const bytesOf = (p: Pick, change: (bytes: Buffer) => Buffer) => {
    const f = fileAt(p)
    if (f) mutateBytes(f, change)
  }
  /** Puts `bytes` in at the offset `at` picks. */
  const inserting = (at: number, bytes: Buffer) => (b: Buffer) => {
    const i = offset(b.length, at)
    return Buffer.concat([b.subarray(0, i), bytes, b.subarray(i)])
  }
  switch (m.type) {
    case 'flip':
      bytesOf(m.file, b => {
        if (b.length === 0) return b
        const i = Math.min(b.length - 1, offset(b.length, m.at))
        b[i] = b[i]! ^ m.xor
        return b
      })
      return
    case 'truncate':
      bytesOf(m.file, b => b.subarray(0, offset(b.length, m.at)))
      return
    case 'bom':
      bytesOf(m.file, b => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]))
      return
    case 'nul':
      bytesOf(m.file, inserting(m.at, Buffer.from([0])))
      return
    case 'insert':
      bytesOf(m.file, inserting(m.at, Buffer.from(m.text, 'utf8')))
      return
    case 'line': {
      const f = fileAt(m.file)
      if (!f) return
      const lines = readFileSync(f, 'latin1').split('\n')
      const i = Math.min(lines.length - 1, offset(lines.length, m.at))
      if (m.op === 'delete') lines.splice(i, 1)
      else if (m.op === 'duplicate') lines.splice(i, 0, lines[i]!)
      else if (m.op === 'indent') lines[i] = `  ${lines[i]}`
      else if (m.op === 'dedent') lines[i] = lines[i]!.replace(/^ {1,2}/, '')
      else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!]
      writeFileSync(f, lines.join('\n'), 'latin1')
      return
    }
    case 'structure': {
      const structured = files.filter(f => /\.(ya?ml|json)$/.test(f))
      const rel = pickFile(structured, m.file)
      if (rel) applyStructure(path.join(root, rel), m)
      return
    }
    case 'record':
      replaceFile(path.join(root, RECORD_FILE[m.kind]), deepText(stringifyYaml(m.record)))
      return
    case 'manifest': {
      const file = path.join(root, 'manifest.json')
      // keepSignature: the signature file stays as it was, over bytes that are now different.
      replaceFile(file, `${deepText(JSON.stringify(m.manifest, null, 2))}\n`)
      if (!m.keepSignature)
        rmSync(path.join(root, 'manifest.json.sig'), { recursive: true, force: true })
      return
    }
    case 'envelope':
      replaceFile(path.join(root, 'provenance.dsse.json'), deepText(JSON.stringify(m.envelope)))
      return
    case 'document': {
      const [fixture, kind, format] = DOCUMENTS[m.document % DOCUMENTS.length]!
      const data: unknown = JSON.parse(readFileSync(path.join(REPO, fixture), 'utf8'))
      for (const edit of m.edits) editLeaf(data, edit)
      const file = `document${path.extname(fixture)}`
      replaceFile(path.join(root, file), deepText(JSON.stringify(data)))
      editIndex(root, index => {
        const list = Array.isArray(index.evidence) ? (index.evidence as unknown[]) : []
        list.push({ id: 'document', kind, format, file, producer: 'psirt@supplier.example' })
        index.evidence = list
      })
      return
    }
    case 'index-item':
      editIndex(root, index => {
        const list = Array.isArray(index.evidence) ? (index.evidence as unknown[]) : []
        const i = list.length === 0 ? 0 : m.at % list.length
        if (m.replace && list.length > 0) list[i] = m.item
        else list.splice(i, 0, m.item)
        index.evidence = list
      })
      return
    case 'path': {
      const to = m.to === '$OUTSIDE_ABS' ? path.join(dirs.top, 'outside.yaml') : m.to
      if (m.field === 'artifact') {
        const file = path.join(root, 'manifest.json')
        if (!isRegular(file)) return
        try {
          const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
            artifacts?: { name?: string }[]
          }
          const artifact = pickOf(manifest.artifacts ?? [], m.at)
          if (!artifact) return
          artifact.name = to
          writeFileSync(file, deepText(JSON.stringify(manifest, null, 2)))
        } catch {
          // not JSON any more
        }
        return
      }
      editIndex(root, index => {
        const list = Array.isArray(index.evidence)
          ? (index.evidence as Record<string, unknown>[])
          : []
        const item = pickOf(list, m.at)
        if (item && typeof item === 'object') item[m.field] = to
      })
      return
    }
    case 'symlink': {
      const rel = pickFile(entries, m.file)
      if (rel === undefined) return
      const link = path.join(root, rel)
      rmSync(link, { recursive: true, force: true })
      const target = {
        'outside-file': path.join(dirs.top, 'outside.yaml'),
        'outside-dir': path.join(dirs.top, 'outside-dir'),
        'inside-file': pickOf(files, typeof m.file === 'number' ? m.file + 1 : 0) ?? 'missing',
        'inside-dir': 'artifacts',
        dangling: 'does-not-exist',
        self: path.basename(link),
        device: '/dev/zero',
        root: '/'
      }[m.to]
      symlinkSync(target, link)
      return
    }
    case 'directory': {
      const rel = pickFile(entries, m.file)
      if (rel === undefined) return
      rmSync(path.join(root, rel), { recursive: true, force: true })
      mkdirSync(path.join(root, rel), { recursive: true })
      return
    }
    case 'special': {
      const rel = pickFile(entries, m.file)
      if (rel !== undefined) await makeSpecial(dirs, path.join(root, rel), m.kind)
      return
    }
    case 'remove': {
      const rel = pickFile(entries, m.file)
      if (rel !== undefined) rmSync(path.join(root, rel), { recursive: true, force: true })
      return
    }
  }
}

const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex')

/** Lays out a case: the package, the trust configuration and canaries outside the package. */
async function layOut(c: FuzzCase, dirs: CaseDirs, canaries: Canaries): Promise<void> {
  cpSync(path.join(SEED, c.base), dirs.pkg, { recursive: true })
  const trustDir = path.dirname(dirs.trustFile)
  mkdirSync(trustDir)
  cpSync(path.join(SEED, 'trust.yaml'), dirs.trustFile)
  cpSync(path.join(SEED, 'keys'), path.join(trustDir, 'keys'), { recursive: true })
  // Canaries: valid-looking evidence outside the package, each with a digest of its own.
  const outside = `${readFileSync(path.join(SEED, 'all-tested/approval.yaml'), 'utf8')}# outside ${dirs.top}\n`
  writeFileSync(path.join(dirs.top, 'outside.yaml'), outside)
  canaries.digests.add(sha256Hex(outside))
  mkdirSync(path.join(dirs.top, 'outside-dir'))
  const artifact = Buffer.concat([
    readFileSync(path.join(SEED, 'all-tested/artifacts/ic22-fw-5.4.3.bin')),
    Buffer.from(dirs.top)
  ])
  writeFileSync(path.join(dirs.top, 'outside-dir/ic22-fw-5.4.3.bin'), artifact)
  canaries.digests.add(sha256Hex(artifact))
  // Links the path rewrites can name: one leaving the package, one staying inside.
  symlinkSync(path.join(dirs.top, 'outside.yaml'), path.join(dirs.pkg, 'link-out'))
  if (existsSync(path.join(dirs.pkg, 'approval.yaml'))) {
    symlinkSync('approval.yaml', path.join(dirs.pkg, 'link-in'))
  }
  if (c.openpgp) signManifestWithOpenPgp(dirs.pkg, dirs.trustFile)
  for (const m of c.mutations) await applyMutation(dirs, dirs.pkg, m)
  for (const m of c.trust ?? []) await applyMutation(dirs, trustDir, m)
}

const OPENPGP_FIXTURES = path.join(REPO, 'test/fixtures/openpgp')

/** FuzzCase.openpgp: for a base whose index names manifest.json.sig (all but weak). */
function signManifestWithOpenPgp(pkg: string, trustFile: string): void {
  const index = path.join(pkg, 'update-evidence.yaml')
  const text = readFileSync(index, 'utf8')
  if (!text.includes('signature: manifest.json.sig')) return
  writeFileSync(index, text.replace('signature: manifest.json.sig', 'signature: manifest.json.asc'))
  cpSync(path.join(OPENPGP_FIXTURES, 'manifest.json.asc'), path.join(pkg, 'manifest.json.asc'))
  const keys = path.join(path.dirname(trustFile), 'keys')
  cpSync(path.join(OPENPGP_FIXTURES, 'ic22-release.asc'), path.join(keys, 'ic22-release.asc'))
  const trust = readFileSync(trustFile, 'utf8')
  writeFileSync(trustFile, trust.replace('keys/ic22-release-2026.pub', 'keys/ic22-release.asc'))
}

async function release(dirs: CaseDirs): Promise<void> {
  // Anything blocked opening a FIFO (the defect this suite guards against) is let go.
  for (const fifo of dirs.fifos) {
    try {
      closeSync(openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK))
    } catch {
      // replaced or removed by a later mutation
    }
  }
  await Promise.all(dirs.servers.map(s => new Promise(resolve => s.close(resolve))))
}

// ---------------------------------------------------------------------------------------------
// Running a case and checking the invariants

export interface Pipeline {
  /** The built-in policy, in process. */
  policy: PolicyRunner
  /**
   * sha256 of every message the seed packages carry signed (manifest bytes, DSSE PAE, a signed
   * record's bytes).
   */
  signedMessages: Set<string>
}

/**
 * Compiles the built-in policy and records which messages the seed packages and the documents
 * sign.
 */
export async function openPipeline(): Promise<Pipeline> {
  const policy = await openRunner(readBuiltInPolicy())
  const trust = await loadTrust(path.join(SEED, 'trust.yaml'))
  const signedMessages = new Set<string>()
  for (const [fixture] of DOCUMENTS) {
    const json = JSON.parse(readFileSync(path.join(REPO, fixture), 'utf8')) as unknown
    for (const message of bundleMessages([{ json }])) signedMessages.add(message)
  }
  for (const base of BASES) {
    const pkg = await loadPackage(path.join(SEED, base))
    for (const m of signedOf(pkg)) for (const sha256 of m.sha256) signedMessages.add(sha256)
    const verified = await verifyPackage(pkg, trust, EVAL_TIME)
    if (!verified.input.evidence.some(e => e.verification?.signatures.some(s => s.verified))) {
      if (base !== 'weak') throw new Error(`fuzz: the seed package ${base} verifies nothing`)
    }
  }
  return { policy, signedMessages }
}

/**
 * sha256 of the DSSE PAE each Sigstore bundle with an envelope signs: the bytes the signature is
 * checked over. (A payload that is not strict base64 is refused before any signature is checked.)
 */
function bundleMessages(bundles: readonly { json: unknown }[]): string[] {
  return bundles.flatMap(({ json }) => {
    const envelope = (json as { dsseEnvelope?: { payloadType?: unknown; payload?: unknown } })
      ?.dsseEnvelope
    const payload = typeof envelope?.payload === 'string' ? decodeBase64(envelope.payload) : null
    return payload && typeof envelope?.payloadType === 'string'
      ? [sha256Hex(pae(envelope.payloadType, payload))]
      : []
  })
}

/** The messages each signature of a loaded package is checked over, by evidence id. */
function signedOf(pkg: LoadedPackage): { id: string; sha256: string[] }[] {
  const out: { id: string; sha256: string[] }[] = []
  for (const ev of pkg.evidence) {
    if (ev.content.type === 'signed-blob')
      out.push({ id: ev.id, sha256: [sha256Hex(ev.content.bytes)] })
    if (ev.content.type === 'dsse') {
      const payload = decodeBase64(ev.content.envelope.payload)
      if (payload)
        out.push({ id: ev.id, sha256: [sha256Hex(pae(ev.content.envelope.payloadType, payload))] })
    }
    if (ev.content.type === 'sigstore-bundle') {
      // A bundle over a manifest signs its bytes; a provenance bundle, its envelope.
      const { bytes, bundles } = ev.content
      out.push({ id: ev.id, sha256: bytes ? [sha256Hex(bytes)] : bundleMessages(bundles) })
    }
    // A signed record or supplier document: a detached signature (base64, OpenPGP or a bundle)
    // over its file's bytes, or the in-toto statement that carries it.
    const signed =
      ev.content.type === 'record' || ev.content.type === 'vex' ? ev.content.signed : null
    if (signed?.carrier === 'signature') out.push({ id: ev.id, sha256: [sha256Hex(signed.bytes)] })
    if (signed?.carrier === 'dsse') {
      const payload = decodeBase64(signed.envelope.payload)
      if (payload)
        out.push({ id: ev.id, sha256: [sha256Hex(pae(signed.envelope.payloadType, payload))] })
    }
    if (signed?.carrier === 'sigstore-bundle')
      out.push({ id: ev.id, sha256: bundleMessages(signed.bundles) })
  }
  return out
}

export type Outcome =
  { type: 'decision'; decision: PolicyOutput['decision'] } | { type: 'input-error'; code: string }

export interface CaseResult {
  outcome: Outcome
  ms: number
}

const STACK_LINE = /\n\s+at .+\(?.*:\d+:\d+\)?/

/** An invariant does not hold: the message says which and how. */
export class InvariantViolation extends Error {
  override name = 'InvariantViolation'
}

function checkInputError(error: unknown): Outcome {
  if (!isGateError(error)) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    throw new InvariantViolation(`not an input error (the CLI would exit 3): ${what}`)
  }
  const described = error.describe()
  if (!error.file) throw new InvariantViolation(`input error names no file: ${described}`)
  if (!described.startsWith(error.file)) {
    throw new InvariantViolation(`input error does not lead with its file: ${described}`)
  }
  if (STACK_LINE.test(described)) throw new InvariantViolation(`stack trace in: ${described}`)
  if (error.message.length > MAX_MESSAGE_CHARS) {
    throw new InvariantViolation(`unbounded message (${error.message.length} chars)`)
  }
  if (error.code.startsWith('POLICY')) {
    throw new InvariantViolation(`verified input got no decision: ${described}`)
  }
  return { type: 'input-error', code: error.code }
}

function checkPaths(
  pkg: LoadedPackage,
  inputDigests: Record<string, string>,
  canaries: Canaries
): void {
  for (const [key, digest] of Object.entries(inputDigests)) {
    if (canaries.digests.has(digest)) {
      throw new InvariantViolation(`a file outside the package was read: ${key}`)
    }
    if (key.startsWith('trust:')) continue
    if (path.isAbsolute(key) || key.split('/').includes('..') || key.includes('\\')) {
      throw new InvariantViolation(`digest key leaves the package: ${key}`)
    }
    let real: string
    try {
      real = realpathSync(path.join(pkg.root, key))
    } catch {
      continue // replaced since (cannot happen in a case) or named by label only
    }
    if (real !== pkg.root && !real.startsWith(pkg.root + path.sep)) {
      throw new InvariantViolation(`${key} resolves outside the package: ${real}`)
    }
  }
}

function checkSignatures(
  pkg: LoadedPackage,
  verified: Awaited<ReturnType<typeof verifyPackage>>,
  decision: PolicyOutput['decision'],
  pipeline: Pipeline
): void {
  const messages = new Map(signedOf(pkg).map(m => [m.id, m.sha256]))
  for (const ev of verified.input.evidence) {
    const signatures = [
      ...(ev.verification?.signatures ?? []),
      ...(ev.attestation?.signatures ?? [])
    ]
    const message = messages.get(ev.id)
    const unchanged =
      message !== undefined &&
      message.length > 0 &&
      message.every(sha256 => pipeline.signedMessages.has(sha256))
    if (signatures.some(s => s.verified) && !unchanged) {
      throw new InvariantViolation(`${ev.id}: a signature verifies over changed bytes`)
    }
    if (decision === 'approve' && ev.kind === 'update-manifest' && !unchanged) {
      throw new InvariantViolation(`${ev.id}: approved although the manifest bytes changed`)
    }
  }
}

/** Runs one case in `work` (a fresh directory) and checks every invariant; throws when one fails. */
export async function runCase(
  c: FuzzCase,
  pipeline: Pipeline,
  work: string,
  timeLimitMs: number
): Promise<CaseResult> {
  const top = mkdtempSync(path.join(work, 'case-'))
  const dirs: CaseDirs = {
    top,
    pkg: path.join(top, 'pkg'),
    trustFile: path.join(top, 'trust', 'trust.yaml'),
    fifos: [],
    servers: []
  }
  const canaries: Canaries = { digests: new Set() }
  try {
    await layOut(c, dirs, canaries)
    const started = performance.now()
    // Nothing the gate does may print to stderr (a library's process warning quoting input).
    const warnings: string[] = []
    const onWarning = (w: Error) => {
      if (w.name !== 'ExperimentalWarning') warnings.push(`${w.name}: ${w.message}`)
    }
    process.on('warning', onWarning)
    const run = async (): Promise<Outcome> => {
      let trust: LoadedTrust
      let pkg: LoadedPackage
      let verified: Awaited<ReturnType<typeof verifyPackage>>
      try {
        trust = await loadTrust(dirs.trustFile)
        pkg = await loadPackage(dirs.pkg)
        verified = await verifyPackage(pkg, trust, EVAL_TIME)
      } catch (error) {
        return checkInputError(error)
      }
      let output: PolicyOutput
      try {
        output = await pipeline.policy.evaluate({ ...verified.data }, verified.input)
      } catch (error) {
        checkInputError(error)
        throw new InvariantViolation('unreachable: checkInputError throws for policy errors')
      }
      checkPaths(pkg, verified.inputDigests, canaries)
      checkSignatures(pkg, verified, output.decision, pipeline)
      return { type: 'decision', decision: output.decision }
    }
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new InvariantViolation(`did not finish within ${timeLimitMs} ms`)),
        timeLimitMs
      )
    })
    try {
      const outcome = await Promise.race([run(), timeout])
      await new Promise(resolve => setImmediate(resolve)) // process warnings come a tick later
      if (warnings.length > 0) {
        throw new InvariantViolation(`a process warning went to stderr: ${warnings[0]}`)
      }
      return { outcome, ms: performance.now() - started }
    } finally {
      process.off('warning', onWarning)
      clearTimeout(timer)
    }
  } finally {
    await release(dirs)
    rmSync(top, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------------------------
// The property run

export interface FuzzSummary {
  iterations: number
  seed: number
  failed: boolean
  report: string | null
  outcomes: Record<string, number>
  slowestMs: number
  totalMs: number
}

export async function fuzz(options: {
  iterations: number
  seed: number
  timeLimitMs?: number
}): Promise<FuzzSummary> {
  const pipeline = await openPipeline()
  const work = mkdtempSync(path.join(tmpdir(), 'update-gate-fuzz-'))
  const outcomes: Record<string, number> = {}
  let slowestMs = 0
  const started = performance.now()
  try {
    const details = await fc.check(
      fc.asyncProperty(fuzzCase(), async c => {
        const { outcome, ms } = await runCase(c, pipeline, work, options.timeLimitMs ?? 30_000)
        const key =
          outcome.type === 'decision' ? `decision:${outcome.decision}` : `error:${outcome.code}`
        outcomes[key] = (outcomes[key] ?? 0) + 1
        slowestMs = Math.max(slowestMs, ms)
      }),
      { numRuns: options.iterations, seed: options.seed, endOnFailure: false }
    )
    return {
      iterations: details.numRuns,
      seed: details.seed,
      failed: details.failed,
      report: details.failed ? (fc.defaultReportMessage(details) ?? 'failed') : null,
      outcomes,
      slowestMs,
      totalMs: performance.now() - started
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
