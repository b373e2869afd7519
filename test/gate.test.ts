/**
 * The seed scenario end to end through the real pipeline (load -> verify -> compiled policy in
 * wasm), and the gate's own guarantees: determinism and fail-closed decisions.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { rmSync } from 'node:fs'
import { runGate, type GateReport } from '../src/gate.js'
import { renderJson } from '../src/report/index.js'
import { cleanTemps, copySeed, edit, EVAL_TIME, gateError, SEED, SEED_TRUST } from './helpers.js'

afterAll(cleanTemps)

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

  it('rejects a package whose approval comes after signing', async () => {
    const dir = copySeed()
    edit(
      path.join(dir, 'strong/approval.yaml'),
      /time: "?2026-[0-9-]+T[0-9:]+Z"?/,
      'time: 2026-12-01T00:00:00Z'
    )
    const report = await evaluate('strong', path.join(dir, 'trust.yaml'), dir)
    expect(report.result.decision).toBe('reject')
    expect(answers(report)['approved-before-signing']).toBe('fail')
  })

  it('rejects when the approver also signed', async () => {
    const dir = copySeed()
    edit(
      path.join(dir, 'strong/signing-event.yaml'),
      /signer: .*/,
      'signer: carol@supplier.example'
    )
    const report = await evaluate('strong', path.join(dir, 'trust.yaml'), dir)
    expect(report.result.decision).toBe('reject')
    expect(rules(report).some(r => r.startsWith('approval.'))).toBe(true)
  })

  it('rejects a signature by a revoked key', async () => {
    const dir = copySeed()
    edit(path.join(dir, 'trust.yaml'), /revoked: false/, 'revoked: true')
    const report = await evaluate('strong', path.join(dir, 'trust.yaml'), dir)
    expect(report.result.decision).toBe('reject')
    expect(answers(report)['signed-by-authorized-key']).toBe('fail')
  })

  it('rejects a key authorized for another product', async () => {
    const dir = copySeed()
    edit(
      path.join(dir, 'trust.yaml'),
      /products: \[IC-22\]|products:\n\s+- IC-22/,
      'products: [IC-99]'
    )
    const report = await evaluate('strong', path.join(dir, 'trust.yaml'), dir)
    expect(report.result.decision).toBe('reject')
  })

  it('rejects a signature made outside the key validity window', async () => {
    const dir = copySeed()
    edit(
      path.join(dir, 'trust.yaml'),
      /validUntil: "?2027-01-01T00:00:00Z"?/,
      'validUntil: 2026-02-01T00:00:00Z'
    )
    const report = await evaluate('strong', path.join(dir, 'trust.yaml'), dir)
    expect(report.result.decision).toBe('reject')
  })

  it('is an input error, not a decision, when the package directory is missing', async () => {
    const dir = copySeed()
    rmSync(path.join(dir, 'strong'), { recursive: true })
    const error = await gateError(() => evaluate('strong', path.join(dir, 'trust.yaml'), dir))
    expect(error.code).toBe('FILE_NOT_FOUND')
  })
})
