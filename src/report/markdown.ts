/**
 * The Markdown of one package's report: what the PR comment and the job summary show (and the
 * CLI's `--format markdown`). Wording rules (issue 8), checked by golden files:
 *
 * - one headline with the decision (the Action writes it once for the run; a package section
 *   below it has none of its own);
 * - one table per section: configurations, conditions (each exception once: configuration, the
 *   version it stays on, mitigation, follow-up date, who accepted the risk), the five
 *   verification questions; controls, signatures (who signed: key id or issuer + SAN, Rekor log
 *   index) and findings folded in <details>;
 * - nothing said twice (a maturity level and its name once), times as RFC 3339 UTC to the second,
 *   no zero-width characters (an @-mention is put in a code span instead).
 */
import type { PolicyOutput } from '../contracts/policy-output.js'
import type { GateReport } from '../contracts/report.js'
import {
  bySeverity,
  controlWhy,
  DECISION_ICON,
  fleetLine,
  LEVEL_NAME,
  RESULT_ICON
} from './labels.js'
import { signerText } from './signer.js'
import { inlineMarkdown } from './text.js'

/** The headline of each decision, for a reader of the comment. */
export const DECISION_HEADLINE: Record<PolicyOutput['decision'], string> = {
  approve: 'approved for deployment',
  conditional: 'approved for the listed configurations only',
  reject: 'not approved for deployment'
}

const UTC_TIME = /\b(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?Z\b/g

/**
 * Every normalised (UTC) RFC 3339 time in a text shown to the second (`2026-10-06T12:00:00Z`),
 * so times line up in a table; the JSON report keeps every digit.
 */
export const fixedTimes = (value: string): string => value.replace(UTC_TIME, '$1Z')

/** Markdown-safe inline text with its times to the second. */
export const md = (value: string): string => inlineMarkdown(fixedTimes(value))

const cell = (value: string): string => md(value) || '-'

/** A table column: its header and, for each row, its cell. */
type Column<T> = [header: string, cell: (row: T) => string]

function tableRows<T>(rows: readonly T[], columns: Column<T>[]): string[] {
  return [
    `| ${columns.map(([header]) => header).join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...rows.map(row => `| ${columns.map(([, c]) => c(row)).join(' | ')} |`)
  ]
}

/** "level 5, verified and retained (level of the approved scope: reference 5)", said once. */
function maturityLine(r: PolicyOutput): string {
  const name = LEVEL_NAME[r.maturity.level] ?? ''
  // The policy's reason often ends with the level's name; it is not repeated.
  let reason = r.maturity.reason
  if (name && reason.endsWith(`: ${name}`)) reason = reason.slice(0, -(name.length + 2))
  if (name && reason === name) reason = ''
  return `Evidence maturity: **level ${r.maturity.level}, ${md(name)}**${reason ? ` (${md(reason)})` : ''}.`
}

export interface MarkdownOptions {
  /** Heading level of the package's sections (`####` under the Action's `###` package heading). */
  headingLevel?: number
  /** Leave out the decision headline (the Action states it once for the run). */
  headline?: boolean
}

/** A result (pass, approved, ...) after its icon. */
const iconed = (result: string) => `${RESULT_ICON[result] ?? ''} ${result}`

export function renderMarkdown(report: GateReport, options: MarkdownOptions = {}): string {
  const r = report.result
  const h = '#'.repeat(options.headingLevel ?? 4)
  const out: string[] = []
  /** A section: its heading, then its table. */
  const section = <T>(title: string, rows: readonly T[], columns: Column<T>[]) =>
    out.push('', `${h} ${title}`, '', ...tableRows(rows, columns))
  if (options.headline !== false) {
    out.push(
      `### ${DECISION_ICON[r.decision]} update-gate: ${r.decision}, ${DECISION_HEADLINE[r.decision]}`,
      ''
    )
  }
  // The summary names product, versions, cohort and scope; its closing maturity level is said
  // once, on the maturity line below.
  const summary = r.summary.replace(
    new RegExp(`;? ?evidence maturity level ${r.maturity.level}\\.$`),
    '.'
  )
  // Under the Action's package heading the directory is already named.
  const where = options.headline === false ? '' : `Package: ${md(report.package.dir)}. `
  out.push(`**${md(summary)}**`, '', `${where}${maturityLine(r)}`)
  const fleet = fleetLine(r)
  if (fleet) out.push('', md(fleet))

  section('Configurations', r.configurations, [
    ['Configuration', c => md(c.id)],
    ['Result', c => iconed(c.result)],
    ['Maturity', c => String(r.maturity.configurations[c.id]?.level ?? '-')],
    ['Why', c => cell(c.reasons.join('; '))]
  ])

  if (r.conditions.length > 0) {
    section('Conditions', r.conditions, [
      ['Exception', c => md(c.id)],
      ['Configuration', c => (c.configuration ? md(c.configuration) : 'all')],
      ['Stays on', c => cell(c.remainOn ?? '')],
      // A condition without an exception's fields (a custom policy's) is its text.
      ['Mitigation', c => cell(c.mitigation ?? c.text)],
      ['Follow-up by', c => (c.followUpBy ? md(c.followUpBy) : '-')],
      ['Accepted by', c => cell(c.acceptedBy ?? '')]
    ])
  }

  section('Verification questions', r.questions, [
    ['Question', q => md(q.question)],
    ['Answer', q => iconed(q.answer)],
    ['Why', q => cell(q.reasons.join('; '))],
    ['Evidence', q => cell(q.evidence.join(', '))]
  ])

  out.push('', '<details><summary>Controls and findings</summary>')
  section('Controls', r.controls, [
    ['Control', c => md(c.id)],
    ['Result', c => iconed(c.result)],
    ['Level', c => (c.level === null ? '-' : String(c.level))],
    ['Required', c => (c.required ? 'yes' : 'no')],
    ['Why', c => cell(controlWhy(r, c))]
  ])
  if (report.evidence.signatures.length > 0) {
    section('Signatures', report.evidence.signatures, [
      ['Evidence', s => cell(s.evidence)],
      ['Signature', s => cell(s.source)],
      ['Verified', s => (s.verified ? 'yes' : 'no')],
      ['Signer', s => md(signerText(s))]
    ])
  }
  if (r.findings.length > 0) {
    section('Findings', bySeverity(r.findings), [
      ['Severity', f => f.severity],
      ['Control', f => md(f.control)],
      ['Rule', f => md(f.rule)],
      ['Configuration', f => cell(f.configuration ?? '')],
      ['Finding', f => md(f.message)],
      ['Evidence', f => cell(f.evidence.join(', '))]
    ])
  }
  out.push(
    '',
    '</details>',
    '',
    `<sub>policy ${md(report.policy.name)} (sha256:${report.policy.sha256.slice(0, 12)}), evaluated at ${md(report.evaluationTime)}</sub>`
  )
  return `${out.join('\n')}\n`
}
