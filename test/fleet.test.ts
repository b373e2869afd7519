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

  it('a product listed twice in fleet.downgrades is a schema error naming the field', async () => {
    const seed = copySeed()
    const trust = path.join(seed, 'trust-fleet.yaml')
    writeFileSync(
      trust,
      `${readFileSync(trust, 'utf8')}  downgrades:\n    - { product: IC-22, reason: first reason }\n    - { product: IC-22, reason: second reason }\n`
    )
    const { code, stderr } = await evaluate(path.join(seed, 'strong'), trust)
    expect(code).toBe(EXIT.inputError)
    expect(stderr).toContain(
      "fleet.downgrades[1].product: product 'IC-22' appears more than once in fleet.downgrades; must be unique"
    )
    expect(stderr).not.toContain('var assignment conflict')
  })
})

interface Decided {
  result: {
    decision: string
    summary: string
    findings: { rule: string; severity: string; message: string; configuration?: string }[]
    configurations: { id: string; result: string; exception: string | null; reasons: string[] }[]
    conditions: { id: string; configuration: string | null; text: string; remainOn?: string }[]
  }
}

const resultsOf = (r: Decided) =>
  Object.fromEntries(r.result.configurations.map(c => [c.id, c.result]))

describe('downgrades, known gaps and exceptions (copies of the seed)', () => {
  /** A copy of the seed with `edits` applied to `example`, evaluated in JSON with `trust` (a seed file name). */
  async function decide(example: string, trust: string, ...edits: ((dir: string) => void)[]) {
    const seed = copySeed()
    for (const e of edits) e(path.join(seed, example))
    const { code, stdout, stderr } = await evaluate(
      path.join(seed, example),
      path.join(seed, trust),
      '--format',
      'json'
    )
    expect(stderr).toBe('')
    return { code, report: JSON.parse(stdout) as Decided }
  }
  const index = (dir: string) => path.join(dir, 'update-evidence.yaml')

  it.each([
    ['5.4.9', 'is a downgrade (semver order)'],
    ['5.4.3', 'installs the version already running']
  ])(
    'without an inventory, from-version %s to 5.4.3 is rejected (fleet.not_upgrade)',
    async (from, says) => {
      const { code, report } = await decide('all-tested', 'trust.yaml', dir =>
        edit(index(dir), 'fromVersion: 5.4.2', `fromVersion: ${from}`)
      )
      expect(code).toBe(EXIT.gateFailed)
      expect(report.result.decision).toBe('reject')
      expect(report.result.findings).toContainEqual(
        expect.objectContaining({
          rule: 'fleet.not_upgrade',
          severity: 'violation',
          message: `the update ${from} -> 5.4.3 ${says}: only an upgrade is approved, unless the trust configuration's fleet.downgrades allows downgrades of IC-22`
        })
      )
    }
  )

  it('a known gap rejects the configuration it names unless excepted; one naming no configuration in scope is a violation', async () => {
    const { report } = await decide('all-tested', 'trust-fleet.yaml', dir =>
      edit(
        index(dir),
        'knownGaps: []',
        'knownGaps:\n  - { id: GAP-9, description: Not soak-tested on reference., configurations: [reference, ghost-config] }'
      )
    )
    expect(report.result.decision).toBe('reject')
    expect(report.result.findings).toContainEqual(
      expect.objectContaining({
        rule: 'fleet.known_gap',
        severity: 'gap',
        configuration: 'reference'
      })
    )
    expect(report.result.findings).toContainEqual(
      expect.objectContaining({
        rule: 'fleet.known_gap_unknown_configuration',
        message: expect.stringContaining(
          'known gap GAP-9 names configuration ghost-config, which is not in scope'
        )
      })
    )
    expect(resultsOf(report).reference).toBe('rejected')
  })

  it("strong's known gap GAP-1 is waived by EXC-1: regional excluded, the update conditional", async () => {
    const { code, report } = await decide('strong', 'trust-fleet.yaml')
    expect(code).toBe(EXIT.pass)
    expect(report.result.decision).toBe('conditional')
    expect(resultsOf(report)).toEqual({ reference: 'approved', regional: 'excluded' })
    const regional = report.result.configurations.find(c => c.id === 'regional')
    expect(
      regional?.reasons.some(
        r => r.startsWith('fleet.known_gap:') && r.endsWith('(waived by EXC-1)')
      )
    ).toBe(true)
  })

  /** all-tested with an exception on regional, whose deployment record goes (it stays on 5.4.2). */
  const excepted = (remainOn: string) => (dir: string) => {
    edit(path.join(dir, 'deployments.yaml'), /\n {2}- \{\n {6}configuration: regional,[^}]*\}/, '')
    edit(index(dir), /\n\s+signature: deployments\.yaml\.sig,/, '')
    edit(
      index(dir),
      'exceptions: []',
      [
        'exceptions:',
        '  - id: EXC-1',
        '    configuration: regional',
        '    reason: Regional must not get 5.4.3 until the field recall completes.',
        '    mitigation: Stay on 5.4.2 with network segmentation of the affected port.',
        `    remainOn: ${remainOn}`,
        '    followUpBy: 2027-01-15T00:00:00Z',
        '    acceptedBy: olga@buyer.example',
        '    acceptedAt: 2026-10-03T08:00:00Z'
      ].join('\n')
    )
  }

  it('a valid exception excludes its configuration though nothing fails on it, with its condition', async () => {
    const { code, report } = await decide('all-tested', 'trust-fleet.yaml', excepted('5.4.2'))
    expect(code).toBe(EXIT.pass)
    expect(report.result.decision).toBe('conditional')
    expect(resultsOf(report)).toEqual({ reference: 'approved', regional: 'excluded' })
    expect(report.result.configurations.find(c => c.id === 'regional')?.exception).toBe('EXC-1')
    expect(report.result.conditions).toEqual([
      expect.objectContaining({ id: 'EXC-1', configuration: 'regional', remainOn: '5.4.2' })
    ])
  })

  it('an exception remaining on another version than the configuration runs is invalid', async () => {
    const { code, report } = await decide('all-tested', 'trust-fleet.yaml', excepted('0.0.1'))
    expect(code).toBe(EXIT.gateFailed)
    expect(resultsOf(report).regional).toBe('rejected')
    expect(report.result.findings).toContainEqual(
      expect.objectContaining({
        rule: 'retention.exception_remain_on_invalid',
        configuration: 'regional',
        message:
          "exception EXC-1 for regional remains on 0.0.1, not the version the configuration runs: expected 5.4.2 (the scope's from-version) and 5.4.2 (the version the fleet inventory says it runs)"
      })
    )
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

  it('the partial cohort lists regional as excluded: in the configurations, the condition and the VSA', async () => {
    const json = JSON.parse(
      (await acceptance(dropRegional, partialCohort, 'json', 'all-tested')).stdout
    ) as {
      result: {
        configurations: { id: string; result: string; exception: string | null }[]
        conditions: { id: string; configuration: string | null }[]
      }
    }
    expect(json.result.configurations.map(c => [c.id, c.result, c.exception])).toEqual([
      ['reference', 'approved', null],
      ['regional', 'excluded', 'fleet:regional']
    ])
    expect(json.result.conditions).toEqual([
      expect.objectContaining({ id: 'fleet:regional', configuration: 'regional' })
    ])
    const vsa = JSON.parse(
      (await acceptance(dropRegional, partialCohort, 'vsa', 'all-tested')).stdout
    )
    expect(
      vsa.predicate['https://update-gate.dev/verification_summary/decision/v1'].configurations
    ).toEqual({
      approved: ['reference'],
      excluded: [{ id: 'regional', exception: 'fleet:regional' }],
      rejected: []
    })
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
