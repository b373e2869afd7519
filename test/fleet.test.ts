/**
 * Fleet inventory (issue 15) end to end: the trust configuration's inventory reaches the policy,
 * the report shows the inventory's view, and without one the report says so.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { EXIT } from '../src/cli/program.js'
import { cli as runCli } from './support/cli.js'
import { copySeed, edit, EVAL_TIME, SEED, SEED_TRUST, tempDir } from './helpers.js'

const FLEET_TRUST = path.join(SEED, 'trust-fleet.yaml')

const cli = (...args: string[]) => runCli(args)

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

describe("issue 15's acceptance cases on copies of the seed, with the seed inventory", () => {
  /** strong (or a copy of it) evaluated with trust-fleet.yaml (or a copy), in `format`. */
  async function acceptance(
    editIndex: ((index: string) => void) | null,
    editTrust: ((trust: string) => void) | null,
    format: string,
    example = 'strong'
  ) {
    const seed = copySeed()
    const index = path.join(seed, example, 'update-evidence.yaml')
    const trust = path.join(seed, 'trust-fleet.yaml')
    editIndex?.(index)
    editTrust?.(trust)
    return evaluate(path.join(seed, example), trust, '--format', format)
  }
  const REGIONAL = /\n\s+- \{ id: regional, name: Regional configuration, hardware: IC-22-RG-B \}/
  const dropRegional = (index: string) => edit(index, REGIONAL, '')
  const partialCohort = (trust: string) =>
    edit(trust, '      cohort: A\n', '      cohort: A\n      allowPartial: true\n')

  it.each([
    {
      name: 'from-version 5.4.1 (the fleet runs 5.4.2)',
      index: (f: string) => edit(f, 'fromVersion: 5.4.2', 'fromVersion: 5.4.1'),
      trust: null,
      decision: 'reject',
      rule: 'fleet.from_version_mismatch',
      message: "configuration reference runs 5.4.2, the scope's from-version is 5.4.1"
    },
    {
      name: '5.4.1 offered as the update (a rollback)',
      index: (f: string) => edit(f, 'toVersion: 5.4.3', 'toVersion: 5.4.1'),
      trust: null,
      decision: 'reject',
      rule: 'fleet.rollback',
      message: 'the update to 5.4.1 is not above the 5.4.2 that configuration reference runs'
    },
    {
      name: 'an unknown configuration in the scope',
      index: (f: string) =>
        edit(
          f,
          REGIONAL,
          '$&\n    - { id: mystery, name: Unlisted configuration, hardware: IC-22-X }'
        ),
      trust: null,
      decision: 'reject',
      rule: 'fleet.configuration_unknown',
      message: 'configuration mystery is not in the fleet inventory of cohort A'
    },
    {
      name: 'regional omitted from the scope',
      index: dropRegional,
      trust: null,
      decision: 'reject',
      rule: 'fleet.configuration_not_covered',
      message:
        'configuration regional (IC-22-RG-B, running 5.4.2) of cohort A is not covered by the evidence'
    },
    {
      // all-tested, whose regional has no exception that would name a configuration out of scope
      name: 'regional omitted from all-tested, the cohort allowing partial updates',
      example: 'all-tested',
      index: dropRegional,
      trust: partialCohort,
      decision: 'conditional',
      rule: 'fleet.configuration_not_covered',
      message:
        'configuration regional (IC-22-RG-B, running 5.4.2) of cohort A is not covered by the evidence'
    }
  ])('$name: $decision, naming $rule', async c => {
    const { stdout } = await acceptance(c.index, c.trust, 'json', c.example)
    const report = JSON.parse(stdout) as Report
    expect(report.result.decision).toBe(c.decision)
    expect(report.result.findings).toContainEqual(
      expect.objectContaining({ rule: c.rule, message: expect.stringContaining(c.message) })
    )
  })

  it('the partial cohort names regional as a condition: it stays on 5.4.2', async () => {
    const { stdout } = await acceptance(dropRegional, partialCohort, 'text', 'all-tested')
    expect(stdout.split('\n')[0]).toMatch(/^update-gate: CONDITIONAL/)
    expect(stdout).toContain(
      'Configuration regional of cohort A is not covered by the evidence and stays on 5.4.2 (IC-22-RG-B)'
    )
  })

  it("text, Markdown and JSON show the inventory's view: covered and not covered configurations", async () => {
    const line =
      'Fleet: scope checked against the fleet inventory of IC-22 cohort A: 1 of 2 configuration(s) covered; not covered by the evidence: regional.'
    const text = await acceptance(dropRegional, null, 'text')
    expect(text.stdout).toContain(line)
    const markdown = await acceptance(dropRegional, null, 'markdown')
    expect(markdown.stdout).toContain(line.replace('(s)', '\\(s\\)'))
    const json = JSON.parse((await acceptance(dropRegional, null, 'json')).stdout) as Report
    expect(json.result.fleet).toEqual({
      inventory: true,
      cohort: 'A',
      covered: ['reference'],
      notCovered: ['regional'],
      unknown: [],
      note: 'scope checked against the fleet inventory of IC-22 cohort A: 1 of 2 configuration(s) covered'
    })
  })
})

/** A report the gate wrote for strong (5.4.2 -> 5.4.3, conditional), with `patch` applied. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data, edited field by field
async function retainedReport(patch: (r: any) => void): Promise<string> {
  const { stdout } = await evaluate(path.join(SEED, 'strong'), SEED_TRUST, '--format', 'json')
  const report = JSON.parse(stdout)
  patch(report)
  return `${JSON.stringify(report, null, 2)}\n`
}

const olderFindings = (stdout: string) =>
  (JSON.parse(stdout) as Report).result.findings.filter(f => f.rule === 'fleet.older_than_approved')

describe('retained reports (--approved-reports): an update older than an approved one is flagged', () => {
  it('a report approving 5.4.4 for cohort A flags the update to 5.4.3, naming the report file', async () => {
    const dir = tempDir()
    const reports = path.join(dir, 'reports')
    mkdirSync(reports)
    writeFileSync(
      path.join(reports, 'ic22-5.4.4.json'),
      await retainedReport(r => {
        r.package.fromVersion = '5.4.3'
        r.package.toVersion = '5.4.4'
        r.evaluationTime = '2026-11-20T09:00:00Z'
      })
    )
    // Not approvals for this update: another cohort, a reject, one evaluated after --at.
    writeFileSync(path.join(reports, 'cohort-b.json'), await retainedReport(r => { r.package.toVersion = '5.9.0'; r.package.cohort = 'B' })) // prettier-ignore
    writeFileSync(path.join(reports, 'rejected.json'), await retainedReport(r => { r.package.toVersion = '5.9.1'; r.result.decision = 'reject' })) // prettier-ignore
    writeFileSync(path.join(reports, 'later.json'), await retainedReport(r => { r.package.toVersion = '5.9.2'; r.evaluationTime = '2026-11-26T00:00:01Z' })) // prettier-ignore
    writeFileSync(path.join(reports, 'notes.txt'), 'not a report: only *.json files are read\n')

    const { code, stdout } = await evaluate(
      path.join(SEED, 'strong'),
      SEED_TRUST,
      '--format',
      'json',
      '--approved-reports',
      reports
    )
    expect(code).toBe(EXIT.pass) // a warning: strong stays conditional
    const report = JSON.parse(stdout) as Report & { inputDigests: Record<string, string> }
    expect(report.result.decision).toBe('conditional')
    expect(olderFindings(stdout)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: `the update to 5.4.3 is older than 5.4.4, already approved for IC-22 cohort A in report ${path.join(reports, 'ic22-5.4.4.json')} (conditional at 2026-11-20T09:00:00Z)`
      })
    ])
    // Every report read is an input of the decision, by its path.
    expect(Object.keys(report.inputDigests).filter(k => k.startsWith('report:'))).toEqual(
      ['cohort-b.json', 'ic22-5.4.4.json', 'later.json', 'rejected.json'].map(
        f => `report:${path.join(reports, f)}`
      )
    )

    const text = await evaluate(
      path.join(SEED, 'strong'),
      SEED_TRUST,
      '--approved-reports',
      reports
    )
    expect(text.stdout).toContain('fleet.older_than_approved')
  })

  it('the same version, or an older one, approved before is not flagged; files may be given one by one', async () => {
    const dir = tempDir()
    const same = path.join(dir, 'same.json')
    writeFileSync(same, await retainedReport(() => undefined))
    const older = path.join(dir, 'older.json')
    writeFileSync(older, await retainedReport(r => { r.package.toVersion = '5.4.2' })) // prettier-ignore
    const { code, stdout } = await evaluate(
      path.join(SEED, 'strong'), SEED_TRUST, '--format', 'json',
      '--approved-reports', same, '--approved-reports', older
    ) // prettier-ignore
    expect(code).toBe(EXIT.pass)
    expect(olderFindings(stdout)).toEqual([])
  })

  it('a file that is not a valid report is an input error naming the file and the field', async () => {
    const dir = tempDir()
    const broken = path.join(dir, 'broken.json')
    writeFileSync(broken, await retainedReport(r => { delete r.result.decision })) // prettier-ignore
    const r1 = await evaluate(path.join(SEED, 'strong'), SEED_TRUST, '--approved-reports', broken)
    expect(r1.code).toBe(EXIT.inputError)
    expect(r1.stderr).toContain(`${broken}: result.decision: is required`)

    writeFileSync(broken, await retainedReport(r => { r.evaluationTime = '2026-11-20T09:00:00' })) // prettier-ignore
    const r2 = await evaluate(path.join(SEED, 'strong'), SEED_TRUST, '--approved-reports', broken)
    expect(r2.code).toBe(EXIT.inputError)
    expect(r2.stderr).toContain(
      `${broken}: evaluationTime: must be an RFC 3339 date-time with a zone`
    )

    writeFileSync(broken, '{"apiVersion": "update-gate.dev/action-report/v1"}')
    const r3 = await evaluate(path.join(SEED, 'strong'), SEED_TRUST, '--approved-reports', broken)
    expect(r3.code).toBe(EXIT.inputError)
    expect(r3.stderr).toContain(`${broken}: apiVersion: must be "update-gate.dev/report/v1"`)

    const missing = path.join(dir, 'nope')
    const r4 = await evaluate(path.join(SEED, 'strong'), SEED_TRUST, '--approved-reports', missing)
    expect(r4.code).toBe(EXIT.inputError)
    expect(r4.stderr).toContain(
      `${missing}: --approved-reports: does not exist; give a report file`
    )

    const empty = path.join(dir, 'empty')
    mkdirSync(empty)
    const r5 = await evaluate(path.join(SEED, 'strong'), SEED_TRUST, '--approved-reports', empty)
    expect(r5.code).toBe(EXIT.inputError)
    expect(r5.stderr).toContain(`${empty}: --approved-reports: holds no report (*.json)`)
    for (const r of [r1, r2, r3, r4, r5]) expect(r.stderr).not.toMatch(/\n\s+at /) // no stack trace
  })
})
