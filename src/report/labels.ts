import type { Decision, Finding, PolicyOutput } from '../contracts/policy-output.js'

export const DECISION_LABEL: Record<Decision, string> = {
  approve: 'APPROVE: approved for deployment',
  conditional: 'CONDITIONAL: approved for the listed configurations only',
  reject: 'REJECT: not approved for deployment'
}

export const DECISION_ICON: Record<Decision, string> = {
  approve: '✅',
  conditional: '⚠️',
  reject: '❌'
}

export const RESULT_ICON: Record<string, string> = {
  approved: '✅',
  excluded: '⏸️',
  rejected: '❌',
  pass: '✅',
  fail: '❌',
  gap: '⚠️'
}

export const LEVEL_NAME: Record<number, string> = {
  1: 'supplier assertion',
  2: 'documented process',
  3: 'produced artifact without complete verification',
  4: 'verified',
  5: 'verified and retained'
}

/**
 * The fleet inventory's view in one sentence (policy output `fleet`): which configurations of
 * the cohort the decision covers and which it does not; null when the policy gives no view.
 */
export function fleetLine(r: PolicyOutput): string | null {
  const f = r.fleet
  if (!f) return null
  const parts = [`Fleet: ${f.note}`]
  if (f.notCovered.length > 0) parts.push(`not covered by the evidence: ${f.notCovered.join(', ')}`)
  if (f.inventory && f.unknown.length > 0)
    parts.push(`not in the inventory: ${f.unknown.join(', ')}`)
  return `${parts.join('; ')}.`
}

/**
 * The Controls table's "why": a built-in control's maturity reason; for a team package
 * (custom.<team>, no evidence level) the rules of its blocking findings, or that it found
 * nothing, and the questions it bears on.
 */
export function controlWhy(r: PolicyOutput, c: PolicyOutput['controls'][number]): string {
  const reason = r.maturity.controls[c.id]?.reason
  if (reason !== undefined) return reason
  const rules = [
    ...new Set(
      r.findings
        .filter(f => f.control === c.id && (f.severity === 'violation' || f.severity === 'gap'))
        .map(f => f.rule)
    )
  ].sort()
  const found = rules.length ? `blocking: ${rules.join(', ')}` : 'team package: no blocking finding'
  const questions = c.questions?.length ? `; bears on ${c.questions.join(', ')}` : ''
  return `${found}${questions}`
}

const SEVERITY_ORDER: Record<Finding['severity'], number> = {
  violation: 0,
  gap: 1,
  warning: 2,
  info: 3
}

/** Findings most severe first; the policy's own order within a severity. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}
