/**
 * Combining per-package reports into the run's one decision and its outputs. This does not
 * decide anything about evidence (the policy did); it only takes the worst of what was decided,
 * adds the collect stage's findings, and fails closed: an error anywhere makes the run `error`.
 */
import type { CollectFinding, CollectedPackage } from '../collect/types.js'
import type { GateReport } from '../contracts/report.js'
import type { IndexPlaces } from '../shared/index-places.js'
import { plain } from '../report/text.js'

export type RunDecision = 'approve' | 'conditional' | 'reject' | 'error' | 'none'

export interface PackageResult {
  pkg: CollectedPackage
  report?: GateReport
  /** Where the evidence items and exceptions are in its index, as the gate read it. */
  places?: IndexPlaces
  /** One-line error when the package could not be judged. */
  error?: string
}

export interface RunOutcome {
  decision: RunDecision
  /** Lowest evidence maturity over the packages judged; undefined when none or on error. */
  maturity: number | undefined
  approved: string[]
  excluded: string[]
  results: PackageResult[]
  findings: CollectFinding[]
  /** One line for logs and setFailed. */
  headline: string
}

const RANK: Record<RunDecision, number> = {
  none: 0,
  approve: 1,
  conditional: 2,
  reject: 3,
  error: 4
}

export const worst = (a: RunDecision, b: RunDecision): RunDecision => (RANK[a] >= RANK[b] ? a : b)

export function combine(
  results: PackageResult[],
  findings: CollectFinding[],
  subject: string
): RunOutcome {
  let decision: RunDecision = 'none'
  for (const r of results)
    decision = worst(decision, r.error || !r.report ? 'error' : r.report.result.decision)
  const blocking = findings.filter(f => f.severity === 'violation')
  if (blocking.length > 0) decision = worst(decision, 'reject')

  const qualify = results.length > 1
  const approved: string[] = []
  const excluded: string[] = []
  let maturity: number | undefined
  for (const r of results) {
    if (!r.report) continue
    const out = r.report.result
    maturity = maturity === undefined ? out.maturity.level : Math.min(maturity, out.maturity.level)
    for (const c of out.configurations) {
      const id = qualify ? `${r.pkg.repoPath || '.'}:${c.id}` : c.id
      if (c.result === 'approved') approved.push(id)
      else if (c.result === 'excluded') excluded.push(id)
    }
  }
  if (decision === 'error' || decision === 'none') maturity = undefined

  let headline: string
  if (decision === 'none') headline = `update-gate: no evidence package to evaluate in ${subject}`
  else {
    const errored = results.find(r => r.error)
    const parts = [`update-gate: ${decision} for ${subject}`]
    if (errored) parts.push(`${errored.pkg.repoPath || '.'}: ${errored.error}`)
    else if (blocking[0]) parts.push(blocking[0].message.split('. ')[0] as string)
    else if (results.length === 1 && results[0]?.report)
      parts.push(results[0].report.result.summary)
    // One line: the summary quotes evidence text, and the log and the job summary show it.
    headline = plain(parts.join(': '))
  }
  return { decision, maturity, approved, excluded, results, findings, headline }
}
