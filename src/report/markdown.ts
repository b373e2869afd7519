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
import type { Finding, PolicyOutput } from '../contracts/policy-output.js'
import type { GateReport } from '../contracts/report.js'
import { controlWhy, DECISION_ICON, fleetLine, LEVEL_NAME, RESULT_ICON } from './labels.js'
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

const SEVERITY_ORDER: Record<Finding['severity'], number> = {
  violation: 0,
  gap: 1,
  warning: 2,
  info: 3
}

const cell = (value: string): string => md(value) || '-'

function tableRows(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map(r => `| ${r.join(' | ')} |`)
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
  const section = (title: string, header: string[], rows: string[][]) =>
    out.push('', `${h} ${title}`, '', ...tableRows(header, rows))
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

  section(
    'Configurations',
    ['Configuration', 'Result', 'Maturity', 'Why'],
    r.configurations.map(c => [
      md(c.id),
      iconed(c.result),
      String(r.maturity.configurations[c.id]?.level ?? '-'),
      cell(c.reasons.join('; '))
    ])
  )

  if (r.conditions.length > 0) {
    section(
      'Conditions',
      ['Exception', 'Configuration', 'Stays on', 'Mitigation', 'Follow-up by', 'Accepted by'],
      r.conditions.map(c => [
        md(c.id),
        c.configuration ? md(c.configuration) : 'all',
        cell(c.remainOn ?? ''),
        // A condition without an exception's fields (a custom policy's) is its text.
        cell(c.mitigation ?? c.text),
        c.followUpBy ? md(c.followUpBy) : '-',
        cell(c.acceptedBy ?? '')
      ])
    )
  }

  section(
    'Verification questions',
    ['Question', 'Answer', 'Why', 'Evidence'],
    r.questions.map(q => [
      md(q.question),
      iconed(q.answer),
      cell(q.reasons.join('; ')),
      cell(q.evidence.join(', '))
    ])
  )

  out.push('', '<details><summary>Controls and findings</summary>')
  section(
    'Controls',
    ['Control', 'Result', 'Level', 'Required', 'Why'],
    r.controls.map(c => [
      md(c.id),
      iconed(c.result),
      c.level === null ? '-' : String(c.level),
      c.required ? 'yes' : 'no',
      cell(controlWhy(r, c))
    ])
  )
  if (report.evidence.signatures.length > 0) {
    section(
      'Signatures',
      ['Evidence', 'Signature', 'Verified', 'Signer'],
      report.evidence.signatures.map(s => [
        cell(s.evidence),
        cell(s.source),
        s.verified ? 'yes' : 'no',
        md(signerText(s))
      ])
    )
  }
  if (r.findings.length > 0) {
    const sorted = [...r.findings].sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
    )
    section(
      'Findings',
      ['Severity', 'Control', 'Rule', 'Configuration', 'Finding', 'Evidence'],
      sorted.map(f => [
        f.severity,
        md(f.control),
        md(f.rule),
        cell(f.configuration ?? ''),
        md(f.message),
        cell(f.evidence.join(', '))
      ])
    )
  }
  out.push(
    '',
    '</details>',
    '',
    `<sub>policy ${md(report.policy.name)} (sha256:${report.policy.sha256.slice(0, 12)}), evaluated at ${md(report.evaluationTime)}</sub>`
  )
  return `${out.join('\n')}\n`
}
