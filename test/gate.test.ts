/**
 * The seed scenario end to end through the real pipeline (load -> verify -> compiled policy in
 * wasm), and the gate's own guarantees: determinism and fail-closed decisions.
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { rmSync } from 'node:fs'
import type { GateReport } from '../src/contracts/report.js'
import { runGate } from '../src/gate.js'
import { renderJson } from '../src/report/index.js'
import {
  copySeed,
  editedSeed,
  EVAL_TIME,
  gateError,
  resign,
  SEED,
  SEED_TRUST,
  type SeedEdit
} from './helpers.js'

const evaluate = (example: string, trustFile = SEED_TRUST, dir = SEED): Promise<GateReport> =>
  runGate({
    packageDir: path.join(dir, example),
    trustFile,
    evaluationTime: EVAL_TIME,
    label: example
  })

const configurationResults = (report: GateReport) =>
  Object.fromEntries(report.result.configurations.map(c => [c.id, c.result]))

const answers = (report: GateReport) =>
  Object.fromEntries(report.result.questions.map(q => [q.id, q.answer]))

const rules = (report: GateReport) => report.result.findings.map(f => f.rule)

describe('the seed examples', () => {
  it('weak: an assertion only is rejected at level 1', async () => {
    const report = await evaluate('weak')
    expect(report.result.decision).toBe('reject')
    expect(report.result.maturity.level).toBe(1)
    expect(Object.values(answers(report))).not.toContain('pass')
  })

  it('better: a signed manifest alone is rejected at level 2-3 with the gaps listed', async () => {
    const report = await evaluate('better')
    expect(report.result.decision).toBe('reject')
    expect([2, 3]).toContain(report.result.maturity.level)
    const gaps = report.result.findings.filter(f => f.severity === 'gap').map(f => f.control)
    expect(new Set(gaps)).toEqual(
      new Set([
        'approval',
        'affected-versions',
        'notification',
        'provenance',
        'retention',
        'rollback-recovery',
        'signing'
      ])
    )
    expect(report.result.controls.find(c => c.id === 'signing')?.level).toBe(3)
  })

  it('strong: conditional approval, regional excluded under its exception, level 5', async () => {
    const report = await evaluate('strong')
    const r = report.result
    expect(r.decision).toBe('conditional')
    expect(configurationResults(report)).toEqual({ reference: 'approved', regional: 'excluded' })
    expect(r.configurations.find(c => c.id === 'regional')?.exception).toBe('EXC-1')
    expect(r.maturity.level).toBe(5)
    expect(r.maturity.configurations.reference?.level).toBe(5)
    expect(r.maturity.configurations.regional?.level).toBeLessThan(5)
    expect(answers(report)).toEqual({
      'approved-before-signing': 'pass',
      'signed-by-authorized-key': 'pass',
      'affected-versions-mapped': 'pass',
      'rollback-recovery-tested': 'gap',
      'decisions-retained': 'pass'
    })
    const condition = r.conditions.find(c => c.configuration === 'regional')
    expect(condition?.text).toContain('5.4.2')
    expect(condition?.followUpBy).toBe('2027-01-15T00:00:00Z')
    for (const q of r.questions) expect(q.evidence.length).toBeGreaterThan(0)
  })

  it('all-tested: recovery tested on the regional configuration too, approved', async () => {
    const report = await evaluate('all-tested')
    expect(report.result.decision).toBe('approve')
    expect(configurationResults(report)).toEqual({ reference: 'approved', regional: 'approved' })
    expect(report.result.conditions).toEqual([])
  })
})

describe('maturity never credits evidence from the future', () => {
  it('all-tested with its deployment records dated after the evaluation time: rejected, level 4 as without them, not 5', async () => {
    const seed = editedSeed(['all-tested/update-evidence.yaml', 'time: 2026-10-06T10:00:00Z', 'time: 2026-12-01T10:00:00Z']) // prettier-ignore
    const report = await evaluate('all-tested', path.join(seed, 'trust.yaml'), seed)
    const r = report.result
    expect(r.decision).toBe('reject')
    expect(rules(report)).toContain('timeline.evidence_from_the_future')
    expect(r.maturity.level).toBe(4)
    expect(r.maturity.configurations).toEqual({
      reference: expect.objectContaining({ level: 4 }),
      regional: expect.objectContaining({ level: 4 })
    })
    expect(r.maturity.controls.retention?.reason).toMatch(
      /^evidence dated after the evaluation time not counted \(deployments\); verified: /
    )
  })

  it('each seed example evaluated before any of its evidence: no control credits it', async () => {
    // What is left is the index's retention owners and locations (strong and all-tested name
    // them): retention at 4, every other control at 1, the overall level capped at 3.
    const expected = { weak: 1, better: 1, strong: 3, 'all-tested': 3 }
    for (const [example, level] of Object.entries(expected)) {
      const report = await runGate({
        packageDir: path.join(SEED, example),
        trustFile: SEED_TRUST,
        evaluationTime: '2026-01-01T00:00:00Z',
        label: example
      })
      expect([example, report.result.decision, report.result.maturity.level]).toEqual([example, 'reject', level]) // prettier-ignore
      for (const c of report.result.controls)
        if (c.id !== 'retention') expect([example, c.id, c.level]).toEqual([example, c.id, 1])
    }
  })
})

describe('determinism', () => {
  it('gives a byte-identical report for the same evidence, trust, policy and time', async () => {
    const [a, b] = await Promise.all([evaluate('strong'), evaluate('strong')])
    expect(renderJson(a)).toBe(renderJson(b))
  })

  it('records the digests of everything the decision rests on', async () => {
    const report = await evaluate('strong')
    expect(Object.keys(report.inputDigests)).toEqual(
      expect.arrayContaining([
        'update-evidence.yaml',
        'manifest.json',
        'artifacts/ic22-fw-5.4.3.bin'
      ])
    )
    expect(Object.keys(report.inputDigests).some(k => k.startsWith('trust:'))).toBe(true)
    expect(report.policy.sha256).toMatch(/^[0-9a-f]{64}$/)
  })
})

/**
 * all-tested's signed records a test edited are signed again (helpers.resign), so the edit is
 * what is judged (a signature over other bytes is refused even where signing is not required).
 */
function resignEdited(dir: string, files: readonly string[]): void {
  for (const file of files) {
    const m = /^all-tested\/(?!update-evidence)([^/]+\.yaml)$/.exec(file)
    if (m) resign(dir, 'all-tested', m[1]!)
  }
}

describe('failing closed on the seed package', () => {
  it('rejects an artifact with one byte changed', async () => {
    const dir = copySeed()
    const artifact = path.join(dir, 'strong/artifacts/ic22-fw-5.4.3.bin')
    const { readFileSync, writeFileSync } = await import('node:fs')
    const bytes = readFileSync(artifact)
    bytes[100] = bytes[100]! ^ 0x01
    writeFileSync(artifact, bytes)
    const report = await evaluate('strong', path.join(dir, 'trust.yaml'), dir)
    expect(report.result.decision).toBe('reject')
    expect(rules(report)).toEqual(expect.arrayContaining([expect.stringMatching(/^signing\./)]))
  })

  /** The strong example with one edit in a copy of examples/seed (file relative to it). */
  async function strongEdited(...change: SeedEdit): Promise<GateReport> {
    const dir = editedSeed(change)
    return evaluate('strong', path.join(dir, 'trust.yaml'), dir)
  }

  it.each([
    {
      why: 'the approval comes after signing',
      edit: [
        'strong/approval.yaml',
        /time: "?2026-[0-9-]+T[0-9:]+Z"?/,
        'time: 2026-12-01T00:00:00Z'
      ],
      rule: 'approval.after_signing',
      question: 'approved-before-signing'
    },
    {
      why: 'the approver also signed',
      edit: ['strong/signing-event.yaml', /signer: .*/, 'signer: carol@supplier.example'],
      rule: 'approval.approver_is_signer',
      question: 'approved-before-signing'
    },
    {
      why: "the approver's own key signed the manifest (no signing event says so)",
      edit: ['trust.yaml', /keys: \[carol-2026\]/, 'keys: [carol-2026, ic22-release-2026]'],
      rule: 'approval.approver_is_signer',
      question: 'approved-before-signing'
    },
    {
      why: 'the signing key is revoked',
      edit: ['trust.yaml', /revoked: false/, 'revoked: true'],
      rule: 'signing.key_revoked',
      question: 'signed-by-authorized-key'
    },
    {
      why: 'the signing key is authorized for another product',
      edit: ['trust.yaml', /products: \[IC-22\]/, 'products: [IC-99]'],
      rule: 'signing.key_product',
      question: 'signed-by-authorized-key'
    },
    {
      why: 'the signature was made outside the key validity window',
      edit: [
        'trust.yaml',
        /validUntil: "?2027-01-01T00:00:00Z"?/,
        'validUntil: 2026-02-01T00:00:00Z'
      ],
      rule: 'signing.key_not_valid_at_signing',
      question: 'signed-by-authorized-key'
    }
  ] as const)('rejects when $why', async ({ edit: [file, from, to], rule, question }) => {
    const report = await strongEdited(file, from, to)
    expect(report.result.decision).toBe('reject')
    expect(rules(report)).toContain(rule)
    expect(answers(report)[question]).toBe('fail')
  })

  it('rejects provenance claiming a builder that names its keys, signed by another key', async () => {
    const builder = /(builders:\n {2}- id: [^\n]+)/
    const pinned = (keys: string) => strongEdited('trust.yaml', builder, `$1\n    keys: [${keys}]`)
    const own = await pinned('ic22-provenance-2026')
    expect(own.result.decision).toBe('conditional')
    expect(rules(own)).not.toContain('provenance.builder_not_signer')
    const other = await pinned('ic22-release-2026')
    expect(other.result.decision).toBe('reject')
    expect(
      other.result.findings.find(f => f.rule === 'provenance.builder_not_signer')?.message
    ).toBe(
      "provenance claims builder https://github.com/supplier/ic22-firmware/.github/workflows/release.yml@refs/heads/main but was signed by key ic22-provenance-2026, not one of the builder's keys (ic22-release-2026)"
    )
  })

  it('is an input error, not a decision, when the package directory is missing', async () => {
    const dir = copySeed()
    rmSync(path.join(dir, 'strong'), { recursive: true })
    const error = await gateError(() => evaluate('strong', path.join(dir, 'trust.yaml'), dir))
    expect(error.code).toBe('FILE_NOT_FOUND')
  })
})

describe('names are compared in canonical form (trimmed, NFC, e-mail lower-cased)', () => {
  /** all-tested (approved as it is) with edits in a copy of examples/seed. */
  async function allTestedEdited(edits: SeedEdit[]): Promise<GateReport> {
    const dir = editedSeed(...edits)
    resignEdited(
      dir,
      edits.map(([file]) => file)
    )
    return evaluate('all-tested', path.join(dir, 'trust.yaml'), dir)
  }

  it.each([
    'Carol@supplier.example',
    'carol@SUPPLIER.example',
    '"carol@supplier.example "',
    '" CAROL@Supplier.Example\\t"'
  ])('the approver signing as %s is still the approver', async signer => {
    const report = await allTestedEdited([
      ['all-tested/signing-event.yaml', /signer: .*/, `signer: ${signer}`]
    ])
    expect(report.result.decision).toBe('reject')
    expect(rules(report)).toContain('approval.approver_is_signer')
  })

  it('the approver producing the provenance under another spelling is still the builder', async () => {
    const report = await allTestedEdited([
      [
        'all-tested/update-evidence.yaml',
        'producer: ci@supplier.example',
        'producer: "Carol@Supplier.Example "'
      ]
    ])
    expect(report.result.decision).toBe('reject')
    expect(rules(report)).toContain('approval.approver_is_builder')
  })

  it('an approver spelled differently in the trust configuration is the same approver', async () => {
    const report = await allTestedEdited([
      ['trust.yaml', '{ id: carol@supplier.example', '{ id: " Carol@Supplier.EXAMPLE"'],
      [
        'all-tested/approval.yaml',
        'approver: carol@supplier.example',
        'approver: CAROL@supplier.example'
      ]
    ])
    expect(report.result.decision).toBe('approve')
    expect(rules(report)).not.toContain('approval.approver_unauthorized')
  })

  it('a name that is no e-mail is compared after NFC, case kept', async () => {
    const nfc = 'Jos\u00e9 D\u00edaz'
    const nfd = nfc.normalize('NFD')
    expect(nfd).not.toBe(nfc)
    const approved = await allTestedEdited([
      ['trust.yaml', '{ id: carol@supplier.example', `{ id: "${nfc}"`],
      ['all-tested/approval.yaml', 'approver: carol@supplier.example', `approver: "${nfd}"`]
    ])
    expect(approved.result.decision).toBe('approve')
    const otherCase = await allTestedEdited([
      ['trust.yaml', '{ id: carol@supplier.example', `{ id: "${nfc}"`],
      [
        'all-tested/approval.yaml',
        'approver: carol@supplier.example',
        `approver: "${nfc.toUpperCase()}"`
      ]
    ])
    expect(otherCase.result.decision).toBe('reject')
    expect(rules(otherCase)).toContain('approval.approver_unauthorized')
  })

  it('a risk acceptor spelled differently is the trusted acceptor', async () => {
    const dir = editedSeed([
      'strong/update-evidence.yaml',
      'acceptedBy: olga@buyer.example',
      'acceptedBy: " Olga@Buyer.example"'
    ])
    const report = await evaluate('strong', path.join(dir, 'trust.yaml'), dir)
    expect(report.result.decision).toBe('conditional')
    expect(rules(report)).not.toContain('retention.exception_acceptor_unauthorized')
  })
})
