/**
 * End to end, issue 15: the Action's `approved-reports` input. Retained reports are the gate
 * runner's, like the trust configuration: read from the commit the change is based on (never from
 * the PR), validated, and passed to the same gate code path as the CLI's --approved-reports.
 * The bundled Action runs against the GitHub API fake on 127.0.0.1 (test/support/fake-github.ts).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { BUNDLE, reportOf } from './support/action-run.js'
import {
  ActionGitHub,
  BASE_SHA,
  errorLines,
  filesOf,
  HEAD_SHA,
  payloads,
  REPO,
  trees
} from './support/e2e-fixtures.js'

const REPORTS = '.github/update-gate/reports'
const OLDER = 'fleet.older_than_approved'

let gh: ActionGitHub
/** The JSON report the Action itself wrote for strong (5.4.2 -> 5.4.3, conditional). */
let retained: Record<string, unknown>

const findingsOf = (run: { reportPath: string }): { rule: string; message: string }[] =>
  reportOf(run).packages[0].report.result.findings

/** A retained report: the Action's own report of strong, with `patch` applied. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data, edited field by field
function reportFile(patch: (r: any) => void): Buffer {
  const copy = structuredClone(retained)
  patch(copy)
  return Buffer.from(`${JSON.stringify(copy, null, 2)}\n`)
}

const approving544 = () =>
  reportFile(r => {
    r.package.fromVersion = '5.4.3'
    r.package.toVersion = '5.4.4'
    r.evaluationTime = '2026-10-01T09:00:00Z'
  })

/** The PR adds strong; base and head both hold `base` besides the trust configuration. */
async function pr(number: number, base: Record<string, Buffer>, inputs: Record<string, string>) {
  gh.setTree(REPO, BASE_SHA, { ...trees.trust(), ...base })
  gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), ...trees.strong() })
  gh.pullFiles.set(`${REPO}#${number}`, filesOf(trees.strong()))
  const { event, payload } = payloads.pr(number)
  return gh.runEvent(event, payload, { comment: 'false', ...inputs })
}

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error('dist/index.js is missing: run `npm run bundle` first')
  gh = new ActionGitHub()
  await gh.start()
  const first = await pr(150, {}, {})
  expect(first.outputs.decision).toBe('conditional')
  retained = reportOf(first).packages[0].report
})
afterAll(async () => gh.stop())
beforeEach(() => {
  gh.requests.length = 0
  gh.faults.length = 0
})

describe('approved-reports on a pull request', () => {
  test('absent: behaves as before (no retained reports read, no finding, none named)', async () => {
    const run = await pr(151, { [`${REPORTS}/ic22-5.4.4.json`]: approving544() }, {})
    expect(run.outputs.decision).toBe('conditional')
    expect(findingsOf(run).map(f => f.rule)).not.toContain(OLDER)
    expect(run.summary).not.toContain('retained reports')
    const digests = Object.keys(reportOf(run).packages[0].report.inputDigests)
    expect(digests.filter(k => k.startsWith('report:'))).toEqual([])
    expect(gh.requests.map(r => r.path).join('\n')).not.toContain(REPORTS)
  })

  test('a retained report at the base approving 5.4.4 flags the update to 5.4.3, naming the report by its repository path', async () => {
    const run = await pr(
      152,
      {
        [`${REPORTS}/ic22-5.4.4.json`]: approving544(),
        // Not approvals for this update: another cohort, a reject; and not a report (*.json only).
        [`${REPORTS}/cohort-b.json`]: reportFile(r => { r.package.toVersion = '5.9.0'; r.package.cohort = 'B' }), // prettier-ignore
        [`${REPORTS}/rejected.json`]: reportFile(r => { r.package.toVersion = '5.9.1'; r.result.decision = 'reject' }), // prettier-ignore
        [`${REPORTS}/notes.txt`]: Buffer.from('not a report\n')
      },
      { 'approved-reports': `./${REPORTS}/` }
    )
    expect(run.code).toBe(0) // a warning: strong stays conditional
    expect(run.outputs.decision).toBe('conditional')
    expect(findingsOf(run).filter(f => f.rule === OLDER)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: `the update to 5.4.3 is older than 5.4.4, already approved for IC-22 cohort A in report ${REPORTS}/ic22-5.4.4.json (conditional at 2026-10-01T09:00:00Z)`
      })
    ])
    const digests = Object.keys(reportOf(run).packages[0].report.inputDigests)
    expect(digests.filter(k => k.startsWith('report:'))).toEqual(
      ['cohort-b.json', 'ic22-5.4.4.json', 'rejected.json'].map(f => `report:${REPORTS}/${f}`)
    )
    expect(run.summary).toContain(`retained reports ${REPORTS}.`)
    // Read from the base commit only: the head tree holds no reports at all.
    const reads = gh.requests.filter(r => r.path.includes(REPORTS))
    expect(reads.length).toBeGreaterThan(0)
    for (const r of reads) expect(r.query.get('ref')).toBe(BASE_SHA)
  })

  test('files may be named one by one (comma or newline separated); an older approval is not flagged', async () => {
    const run = await pr(
      153,
      {
        [`${REPORTS}/same.json`]: reportFile(() => undefined),
        [`${REPORTS}/older.json`]: reportFile(r => { r.package.toVersion = '5.4.2' }) // prettier-ignore
      },
      { 'approved-reports': `${REPORTS}/same.json\n${REPORTS}/older.json` }
    )
    expect(run.outputs.decision).toBe('conditional')
    expect(findingsOf(run).map(f => f.rule)).not.toContain(OLDER)
    const digests = Object.keys(reportOf(run).packages[0].report.inputDigests)
    expect(digests.filter(k => k.startsWith('report:')).sort()).toEqual([
      `report:${REPORTS}/older.json`,
      `report:${REPORTS}/same.json`
    ])
  })

  test('a PR that edits a retained report is judged with the base reports and flagged as a gate configuration change', async () => {
    gh.setTree(REPO, BASE_SHA, { ...trees.trust(), [`${REPORTS}/ic22-5.4.4.json`]: approving544() })
    const edited = { [`${REPORTS}/ic22-5.4.4.json`]: reportFile(() => undefined) }
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), ...edited, ...trees.strong() })
    gh.pullFiles.set(`${REPO}#154`, filesOf({ ...trees.strong(), ...edited }))
    const { event, payload } = payloads.pr(154)
    const run = await gh.runEvent(event, payload, {
      comment: 'false',
      'approved-reports': REPORTS
    })
    expect(run.outputs.decision).toBe('reject')
    expect(reportOf(run).findings).toContainEqual(
      expect.objectContaining({ rule: 'gate.trust_changed', file: `${REPORTS}/ic22-5.4.4.json` })
    )
    expect(findingsOf(run).map(f => f.rule)).toContain(OLDER) // the base's report, not the PR's
  })
})

describe('approved-reports that cannot be used are an error naming the input or the file', () => {
  test('a malformed report file: error naming the file and the field, exit 1, no stack trace', async () => {
    const run = await pr(
      160,
      { [`${REPORTS}/broken.json`]: reportFile(r => { delete r.result.decision }) }, // prettier-ignore
      { 'approved-reports': REPORTS }
    )
    expect(run.code).toBe(1)
    expect(run.outputs.decision).toBe('error')
    expect(errorLines(run.stdout)).toContainEqual(
      expect.stringContaining(`${REPORTS}/broken.json: result.decision: is required`)
    )
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /)
  })

  test('a file that is not JSON: error naming the file', async () => {
    const run = await pr(
      161,
      { [`${REPORTS}/ic22.json`]: Buffer.from('{ not json') },
      { 'approved-reports': `${REPORTS}/ic22.json` }
    )
    expect(run.outputs.decision).toBe('error')
    expect(errorLines(run.stdout)).toContainEqual(expect.stringContaining(`${REPORTS}/ic22.json`))
  })

  test('a path the base commit does not hold: error naming the path and the input', async () => {
    const run = await pr(162, {}, { 'approved-reports': `${REPORTS}/gone.json` })
    expect(run.outputs.decision).toBe('error')
    expect(errorLines(run.stdout)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `${REPORTS}/gone\\.json: input approved-reports: retained report .*not found at ${BASE_SHA.slice(0, 12)}`
        )
      )
    )
  })

  test('a directory the contents API may list only in part (1000 entries): error, not fewer reports', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [
        `${REPORTS}/r${String(i).padStart(4, '0')}.json`,
        Buffer.from('{}')
      ])
    )
    const run = await pr(164, many, { 'approved-reports': REPORTS })
    expect(run.outputs.decision).toBe('error')
    expect(errorLines(run.stdout)).toContainEqual(
      expect.stringContaining(
        `${REPORTS}: input approved-reports: 1000 entries, and the contents API lists at most 1000`
      )
    )
  })

  test('a path outside the repository root: input error before any API call', async () => {
    const run = await pr(163, {}, { 'approved-reports': '../reports' })
    expect(run.outputs.decision).toBe('error')
    expect(errorLines(run.stdout)).toContainEqual(
      expect.stringContaining(
        '../reports: input approved-reports: expected a file or directory path relative to the repository root'
      )
    )
    expect(gh.requests).toHaveLength(0)
  })
})

test('workflow_dispatch: retained reports from the workspace, named by their workspace path', async () => {
  const run = await gh.dispatchInSeedWorkspace({ 'approved-reports': 'reports' }, workspace => {
    mkdirSync(join(workspace, 'reports'))
    writeFileSync(join(workspace, 'reports', 'ic22-5.4.4.json'), approving544())
  })
  expect(run.outputs.decision).toBe('conditional')
  expect(findingsOf(run)).toContainEqual(
    expect.objectContaining({
      rule: OLDER,
      message: expect.stringContaining('in report reports/ic22-5.4.4.json (conditional')
    })
  )
  expect(gh.requests).toHaveLength(0)
})
