/**
 * Fleet inventory (issue 15) end to end: the trust configuration's inventory reaches the policy,
 * the report shows the inventory's view, and without one the report says so.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { EXIT, run } from '../src/cli/program.js'
import { cleanTemps, copySeed, edit, EVAL_TIME, SEED, SEED_TRUST } from './helpers.js'

afterAll(cleanTemps)

const FLEET_TRUST = path.join(SEED, 'trust-fleet.yaml')

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await run(args, { stdout: t => (stdout += t), stderr: t => (stderr += t) })
  return { code, stdout, stderr }
}

const evaluate = (dir: string, trust: string, ...more: string[]) =>
  cli('evaluate', dir, '--trust', trust, '--at', EVAL_TIME, ...more)

interface Report {
  result: {
    decision: string
    findings: { rule: string; severity: string; message: string }[]
    fleet: { inventory: boolean; covered: string[]; notCovered: string[]; note: string }
  }
}

describe('fleet inventory', () => {
  it('strong stays conditional with the seed inventory, and the report shows its view', async () => {
    const { code, stdout } = await evaluate(path.join(SEED, 'strong'), FLEET_TRUST)
    expect(code).toBe(EXIT.pass)
    expect(stdout.split('\n')[0]).toMatch(/^update-gate: CONDITIONAL/)
    expect(stdout).toContain(
      'Fleet: scope checked against the fleet inventory of IC-22 cohort A: 2 of 2 configuration(s) covered.'
    )
  })

  it('without an inventory the report says the scope is as the package declares it', async () => {
    const { stdout } = await evaluate(path.join(SEED, 'strong'), SEED_TRUST)
    expect(stdout).toContain('Fleet: scope as declared by the package; no fleet inventory given.')
  })

  it('a scope that leaves out regional is rejected, regional named as not covered', async () => {
    const seed = copySeed()
    const index = path.join(seed, 'strong', 'update-evidence.yaml')
    edit(index, /\n\s+- \{ id: regional, name: Regional configuration, hardware: IC-22-RG-B \}/, '')
    const { code, stdout } = await evaluate(
      path.join(seed, 'strong'),
      FLEET_TRUST,
      '--format',
      'json'
    )
    expect(code).toBe(EXIT.gateFailed)
    const report = JSON.parse(stdout) as Report
    expect(report.result.decision).toBe('reject')
    expect(report.result.fleet.notCovered).toEqual(['regional'])
    expect(report.result.fleet.covered).toEqual(['reference'])
    const finding = report.result.findings.find(f => f.rule === 'fleet.configuration_not_covered')
    expect(finding?.severity).toBe('violation')
    expect(finding?.message).toContain('regional (IC-22-RG-B, running 5.4.2) of cohort A')
  })

  it('a cohort listed twice in the inventory is a schema error naming the field', async () => {
    const seed = copySeed()
    const trust = path.join(seed, 'trust-fleet.yaml')
    const text = readFileSync(trust, 'utf8')
    const cohort = text.slice(text.indexOf('    - product: IC-22'))
    writeFileSync(trust, text + cohort)
    const { code, stderr } = await evaluate(path.join(seed, 'strong'), trust)
    expect(code).toBe(EXIT.inputError)
    expect(stderr).toContain('fleet.cohorts[1]')
    expect(stderr).toContain('appears more than once')
  })
})
