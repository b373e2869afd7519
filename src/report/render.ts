/**
 * One result, several formats (as conftest does): `text` for a terminal, `markdown` for the job
 * summary and the pull-request comment, `json` for the record to retain, `sarif` for code
 * scanning (src/report/sarif.ts), `junit` for CI test tabs (src/report/junit.ts) and `vsa`, an
 * in-toto SLSA verification summary for the deployment step (src/report/vsa.ts).
 */
import { isAbsolute, posix } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { GateReport } from '../contracts/report.js'
import { signerText } from './signer.js'
import { INDEX_FILE } from '../contracts/evidence-package.js'
import { bySeverity, controlWhy, DECISION_LABEL, fleetLine, LEVEL_NAME } from './labels.js'
import { renderMarkdown } from './markdown.js'
import { plain } from './text.js'
import type { IndexPlaces } from '../shared/index-places.js'
import { inertJson, inertLines, inertXml } from '../shared/ci-commands.js'
import { renderJunit } from './junit.js'
import { renderSarif, uriOf } from './sarif.js'
import { renderVsa } from './vsa.js'

export { renderMarkdown }

export type ReportFormat = 'text' | 'markdown' | 'json' | 'sarif' | 'junit' | 'vsa'
export const REPORT_FORMATS: readonly ReportFormat[] = [
  'text',
  'markdown',
  'json',
  'sarif',
  'junit',
  'vsa'
]

export interface RenderContext {
  /** Lines of the index's evidence items, for SARIF locations (none: results without a line). */
  places?: IndexPlaces
  /** Tool version SARIF and the verification summary name. */
  toolVersion?: string
}

/** The package's update-evidence.yaml as a URI reference, from the directory the report names. */
export function indexUriOf(dir: string): string {
  const file = posix.join(dir.replace(/\\/g, '/'), INDEX_FILE)
  return isAbsolute(dir) ? pathToFileURL(file).href : uriOf(file)
}

export function renderReport(
  report: GateReport,
  format: ReportFormat,
  context: RenderContext = {}
): string {
  switch (format) {
    case 'sarif':
      return inertJson(
        renderSarif(
          [
            {
              report,
              places: context.places ?? { evidence: new Map(), exceptions: new Map() },
              indexUri: indexUriOf(report.package.dir)
            }
          ],
          context.toolVersion ?? '0.1.0'
        )
      )
    case 'junit':
      return inertXml(renderJunit(report))
    case 'vsa':
      return inertJson(renderVsa(report, context.toolVersion ?? '0.1.0'))
    case 'json':
      return renderJson(report)
    case 'markdown':
      return inertLines(renderMarkdown(report))
    case 'text':
      return inertLines(renderText(report))
  }
}

export function renderJson(report: GateReport): string {
  return jsonParts(report).join('')
}

/** The JSON report as its document and its final newline. */
const jsonParts = (report: GateReport): string[] => [
  inertJson(JSON.stringify(report, null, 2)),
  '\n'
]

/**
 * The report as parts of text to write one after the other (their concatenation is what
 * renderReport gives): the JSON report as its document and its final newline apart, since
 * appending the newline to a 150 MB document copies it (the CLI writes the parts, at 50 000
 * configurations, while the policy's wasm memory is still resident); any other format in one part.
 */
export function renderReportParts(
  report: GateReport,
  format: ReportFormat,
  context: RenderContext = {}
): string[] {
  return format === 'json' ? jsonParts(report) : [renderReport(report, format, context)]
}

function scopeLine(report: GateReport): string {
  const p = report.package
  return `${p.product} ${p.fromVersion} -> ${p.toVersion}, cohort ${p.cohort}`
}

function footer(report: GateReport): string {
  return `policy ${report.policy.name} (sha256:${report.policy.sha256.slice(0, 12)}), evaluated at ${report.evaluationTime}`
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map(row => row[col]!.length)))
  return rows.map(row =>
    row
      .map((cell, col) => (col === row.length - 1 ? cell : cell.padEnd(widths[col]!)))
      .join('  ')
      .trimEnd()
  )
}

/** The verify stage's facts a supplier acts on: each signature's result, each missing file. */
function evidenceLines(report: GateReport): string[] {
  const { signatures, missing } = report.evidence
  const lines = signatures.map(s =>
    plain(
      s.verified
        ? `  ${s.source}: verified by ${signerText(s)}`
        : `  ${s.source}: NOT verified: ${s.reason ?? 'no reason given'}`
    )
  )
  if (signatures.length === 0) lines.push('  no signature in the package')
  for (const m of missing)
    lines.push(
      plain(
        `  MISSING ${m.file}: evidence '${m.id}' (kind ${m.kind}) is listed in update-evidence.yaml but the file is not in the package; add it (example docs/evidence-format.md#${m.kind}) or remove the item`
      )
    )
  return lines
}

export function renderText(report: GateReport): string {
  const r = report.result
  const lines: string[] = []
  lines.push(`update-gate: ${DECISION_LABEL[r.decision]}`)
  lines.push(`${plain(scopeLine(report))} (${plain(report.package.dir)})`)
  lines.push(plain(r.summary), '')
  const fleet = fleetLine(r)
  if (fleet) lines.push(plain(fleet), '')
  lines.push(`Evidence maturity: level ${r.maturity.level} (${LEVEL_NAME[r.maturity.level]})`)
  lines.push(`  ${plain(r.maturity.reason)}`, '')
  lines.push('Configurations')
  const configRows = r.configurations.map(c => [
    c.id,
    c.result,
    c.exception ?? '-',
    String(r.maturity.configurations[c.id]?.level ?? '-'),
    c.reasons.join('; ') || '-'
  ])
  lines.push(
    ...table([['ID', 'RESULT', 'EXCEPTION', 'LEVEL', 'WHY'], ...configRows]).map(
      l => `  ${plain(l)}`
    ),
    ''
  )
  lines.push('Verification questions')
  for (const q of r.questions) {
    lines.push(`  [${q.answer}] ${q.question}`)
    for (const reason of q.reasons) lines.push(`         ${plain(reason)}`)
    if (q.evidence.length > 0) lines.push(`         evidence: ${plain(q.evidence.join(', '))}`)
  }
  lines.push('', 'Signatures and files', ...evidenceLines(report), '', 'Controls')
  const controlRows = r.controls.map(c => [
    c.id,
    c.result,
    c.level === null ? 'no level' : `level ${c.level}`,
    c.required ? 'required' : 'optional',
    controlWhy(r, c)
  ])
  lines.push(...table(controlRows.length ? controlRows : [['(none)']]).map(l => `  ${plain(l)}`))
  if (r.conditions.length > 0) {
    lines.push('', 'Conditions')
    for (const c of r.conditions) {
      const where = c.configuration ? ` (${c.configuration})` : ''
      lines.push(plain(`  - ${c.id}${where}: ${c.text}`))
    }
  }
  if (r.findings.length > 0) {
    lines.push('', 'Findings')
    for (const f of bySeverity(r.findings)) {
      const where = f.configuration ? ` [${f.configuration}]` : ''
      const evidence = f.evidence.length ? ` (evidence: ${f.evidence.join(', ')})` : ''
      lines.push(
        plain(
          `  ${f.severity.toUpperCase()} (${f.control}) ${f.rule}${where}: ${f.message}${evidence}`
        )
      )
    }
  }
  lines.push('', footer(report))
  return `${lines.join('\n')}\n`
}
