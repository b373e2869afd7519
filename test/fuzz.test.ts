/**
 * The fuzz suite (test/support/fuzz.ts): a short seeded run here, in `npm test`; a long one with
 * `npm run fuzz` (scripts/fuzz.mjs sets FUZZ_ITERATIONS, FUZZ_SEED and FUZZ_SUMMARY). Failures it
 * found are minimised into the regression tests at the end of this file.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { loadPackage, loadTrust } from '../src/load/index.js'
import { verifyPackage } from '../src/verify/index.js'
import {
  fuzz,
  identityVariant,
  openPipeline,
  runCase,
  type FuzzCase,
  type Outcome,
  type Pipeline
} from './support/fuzz.js'
import { copySeed, edit, EVAL_TIME, gateError, tempDir } from './helpers.js'

const iterations = Number(process.env.FUZZ_ITERATIONS ?? 100)
const seed = Number(process.env.FUZZ_SEED ?? 20261126)
const long = process.env.FUZZ_ITERATIONS !== undefined

let pipeline: Pipeline
beforeAll(async () => {
  pipeline = await openPipeline()
})

describe('fuzz: load, verify and evaluate under mutation', () => {
  test(
    `${iterations} seeded cases (seed ${seed}) hold every invariant`,
    async () => {
      const summary = await fuzz({
        iterations,
        seed,
        timeLimitMs: Number(process.env.FUZZ_CASE_MS ?? 30_000)
      })
      if (process.env.FUZZ_SUMMARY) writeFileSync(process.env.FUZZ_SUMMARY, JSON.stringify(summary))
      if (summary.failed) throw new Error(summary.report ?? 'fuzz failed')
      expect(summary.iterations).toBe(iterations)
      // The cases reach every stage: some load and get decisions, others are input errors.
      const decisions = Object.keys(summary.outcomes).filter(k => k.startsWith('decision:'))
      const errors = Object.keys(summary.outcomes).filter(k => k.startsWith('error:'))
      expect(decisions.length).toBeGreaterThan(0)
      expect(errors.length).toBeGreaterThan(1)
    },
    60_000 + iterations * 2_000
  )

  test('a spelling of the approver as signer never side-steps separation of duties', async () => {
    const runs = long ? 300 : 25
    const dir = copySeed()
    const trust = await loadTrust(path.join(dir, 'trust.yaml'))
    await fc.assert(
      fc.asyncProperty(
        identityVariant(
          ['carol@supplier.example'],
          ['same', 'upper', 'title', 'spaces', 'invisible']
        ),
        async signer => {
          const pkg = path.join(tempDir(), 'pkg')
          const { cpSync } = await import('node:fs')
          cpSync(path.join(dir, 'all-tested'), pkg, { recursive: true })
          edit(
            path.join(pkg, 'signing-event.yaml'),
            /signer: .*/,
            `signer: ${JSON.stringify(signer)}`
          )
          let loaded
          try {
            loaded = await loadPackage(pkg)
          } catch (error) {
            // Only an invisible or control character may stop it, as an input error on the field.
            const e = error as { code?: string; file?: string; field?: string }
            expect(e).toMatchObject({
              code: 'SCHEMA_VIOLATION',
              file: 'signing-event.yaml',
              field: 'signer'
            })
            return
          }
          const verified = await verifyPackage(loaded, trust, EVAL_TIME)
          const output = await pipeline.policy.evaluate({ ...verified.data }, verified.input)
          expect(output.decision).not.toBe('approve')
          expect(output.findings.map(f => f.rule)).toContain('approval.approver_is_signer')
        }
      ),
      { numRuns: runs, seed }
    )
  })
})

describe('fuzz: the harness itself catches what it guards against', () => {
  test.each<[string, FuzzCase, number, Outcome]>([
    [
      'a FIFO case finishes (the time bound and the release of blocked readers work)',
      {
        base: 'strong',
        trust: null,
        mutations: [{ type: 'special', file: 'manifest.json.sig', kind: 'fifo' }]
      },
      10_000,
      { type: 'input-error', code: 'FILE_UNREADABLE' }
    ],
    [
      // 10,000-case run, seed 1312182662, case 1981 (minimised): the harness itself wrote through
      // the link and failed with EISDIR; the gate was not at fault.
      'a mutation writes anew over what an earlier one put there (here a link to a directory)',
      {
        base: 'all-tested',
        trust: null,
        mutations: [
          { type: 'symlink', file: 'approval.yaml', to: 'outside-dir' },
          {
            type: 'record',
            kind: 'release-approval',
            record: {
              apiVersion: 'update-gate.dev/v1',
              kind: 'ReleaseApproval',
              product: 'IC-22',
              version: '5.4.3',
              approvedArtifacts: [],
              approvals: []
            }
          }
        ]
      },
      30_000,
      { type: 'input-error', code: 'SCHEMA_VIOLATION' }
    ],
    [
      // 10,000-case run, seed 11 (minimised): the harness failed removing a signature an earlier
      // mutation had made a directory (EISDIR); the gate was not at fault.
      'a manifest mutation removes a signature that an earlier one made a directory',
      {
        base: 'all-tested',
        trust: null,
        mutations: [
          { type: 'directory', file: 'manifest.json.sig' },
          {
            type: 'manifest',
            manifest: { product: 'IC-22', version: '0.0.0', artifacts: [] },
            keepSignature: false
          }
        ]
      },
      10_000,
      { type: 'input-error', code: 'SCHEMA_VIOLATION' }
    ],
    [
      // 10,000-case run, seed 11 (minimised): the harness overflowed its stack writing back a
      // manifest an earlier mutation had nested thousands deep; the gate was not at fault.
      'a structural change to a file nested too deeply to write again leaves it as it is',
      {
        base: 'weak',
        trust: null,
        mutations: [
          { type: 'manifest', manifest: 'DEEPNEST4469X', keepSignature: false },
          { type: 'structure', file: 'manifest.json', route: [0], op: 'rename', value: 1 }
        ]
      },
      10_000,
      { type: 'decision', decision: 'reject' }
    ],
    [
      // 10,000-case run, seed 11: the harness decoded the payload strictly, where @sigstore/bundle
      // skips the '%' and the same signed bytes verified. The gate now refuses such a bundle, as
      // Sigstore's Go tools do: a payload that is not base64 is a malformed bundle.
      'a bundle payload with a character outside base64 added is refused, not decoded leniently',
      {
        base: 'all-tested',
        trust: null,
        mutations: [{ type: 'document', document: 4, edits: [{ leaf: 180845795, suffix: '%' }] }]
      },
      10_000,
      { type: 'input-error', code: 'SCHEMA_VIOLATION' }
    ],
    [
      'a path rewrite to a file outside the package is refused, not read',
      {
        base: 'all-tested',
        trust: null,
        mutations: [{ type: 'path', at: 3, field: 'file', to: '$OUTSIDE_ABS' }]
      },
      10_000,
      { type: 'input-error', code: 'PATH_OUTSIDE_ROOT' }
    ],
    [
      'a changed manifest byte leaves the signature unverified and the package unapproved',
      {
        base: 'all-tested',
        trust: null,
        mutations: [{ type: 'insert', file: 'manifest.json', at: 1, text: ' ' }]
      },
      10_000,
      { type: 'decision', decision: 'reject' }
    ],
    [
      // The signature invariant covers records too: a record's signature over changed bytes.
      'a changed byte of a signed record leaves its signature unverified and the package unapproved',
      {
        base: 'all-tested',
        trust: null,
        mutations: [{ type: 'insert', file: 'approval.yaml', at: 1, text: '\n' }]
      },
      10_000,
      { type: 'decision', decision: 'reject' }
    ],
    [
      // Without a change the OpenPGP layout decides as the seed: its signature verifies, so the
      // cases that change it test the OpenPGP path and not a signature that never verified.
      'an OpenPGP-signed manifest (FuzzCase.openpgp) verifies: the seed decision',
      { base: 'strong', trust: null, openpgp: true, mutations: [] },
      10_000,
      { type: 'decision', decision: 'conditional' }
    ],
    [
      'a changed manifest byte under an OpenPGP signature: unverified, unapproved',
      {
        base: 'all-tested',
        trust: null,
        openpgp: true,
        mutations: [{ type: 'insert', file: 'manifest.json', at: 1, text: ' ' }]
      },
      10_000,
      { type: 'decision', decision: 'reject' }
    ]
  ])('%s', async (_title, fuzzCase, timeLimitMs, outcome) => {
    const result = await runCase(fuzzCase, pipeline, tempDir(), timeLimitMs)
    expect(result.outcome).toEqual(outcome)
  })
})

describe('fuzz: regressions (failures the long run found, minimised)', () => {
  // Runs with the `document` mutation (public documents with values replaced), against the code
  // before the fixes: each case was an internal error, naming no file or field.
  test.each<[string, FuzzCase]>([
    [
      // 10,000-case run, seed 11: the GitHub attestation's log entry integratedTime 99999999999999.
      'a Sigstore bundle whose log entry time is no time',
      {
        base: 'all-tested',
        trust: null,
        mutations: [
          {
            type: 'document',
            document: 697716124,
            edits: [{ leaf: 540866826, value: '99999999999999' }]
          }
        ]
      }
    ],
    [
      // 3,000-case run, seed 822062662: a CSAF product branch named vers:generic/%ZZ.
      'a CSAF version range with a broken percent-escape',
      {
        base: 'all-tested',
        trust: null,
        mutations: [
          {
            type: 'document',
            document: 1361430062,
            edits: [
              { leaf: 804027166, suffix: '%' },
              { leaf: 1814095822, value: 'vers:generic/%ZZ' }
            ]
          }
        ]
      }
    ]
  ])('%s is an input error naming its file', async (_title, fuzzCase) => {
    const result = await runCase(fuzzCase, pipeline, tempDir(), 10_000)
    expect(result.outcome).toEqual({ type: 'input-error', code: 'SCHEMA_VIOLATION' })
  })

  /** Loads the strong package with `approval.yaml` replaced; returns the error and any warnings. */
  async function approvalAs(text: string) {
    const dir = copySeed()
    writeFileSync(path.join(dir, 'strong/approval.yaml'), text)
    const warnings: string[] = []
    const listen = (w: Error) => warnings.push(w.message)
    process.on('warning', listen)
    try {
      const error = await gateError(() => loadPackage(path.join(dir, 'strong')))
      await new Promise(resolve => setImmediate(resolve)) // warnings are emitted on the next tick
      return { error, warnings }
    } finally {
      process.off('warning', listen)
    }
  }

  // 10,000-case run, seed 1465846156: a structural change turned a key into a collection; the
  // YAML library stringified it and printed a process warning quoting it on stderr.
  test.each([
    ['a collection', 'apiVersion: update-gate.dev/v1\n? [kind, x]\n: ReleaseApproval\n'],
    ['an alias', 'apiVersion: &k update-gate.dev/v1\nkind: ReleaseApproval\n*k : 1\n']
  ])('a mapping key that is %s is an input error, not a warning on stderr', async (_what, text) => {
    const { error, warnings } = await approvalAs(text)
    expect(error).toMatchObject({ code: 'PARSE_ERROR', file: 'approval.yaml' })
    expect(error.message).toContain('keys must be plain scalars')
    expect(warnings).toEqual([])
  })
})
