/**
 * Where the decision goes: job summary, one sticky PR comment, annotations, outputs and the JSON
 * report file. Only the comment may fail softly (fork PRs and read-only tokens cannot comment):
 * it warns and the decision stands.
 */
import * as core from '@actions/core'
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { apiError, entryError, type GitHubClient } from '../collect/api.js'
import { paginateAll } from '../collect/repo-files.js'
import type { Collected } from '../collect/types.js'
import { renderMarkdown } from '../report/index.js'
import { md } from '../report/markdown.js'
import { plain } from '../report/text.js'
import { inertLines } from '../shared/ci-commands.js'
import type { GateReport } from '../contracts/report.js'
import { isObject } from '../shared/values.js'
import type { Annotation } from './annotations.js'
import type { PackageResult, RunOutcome } from './outcome.js'

export const COMMENT_MARKER = '<!-- update-gate:sticky-comment -->'
/** GitHub rejects comment bodies over 65536 characters. */
const MAX_COMMENT = 65_000
export const ACTION_REPORT_VERSION = 'update-gate.dev/action-report/v1'

const ICON: Record<string, string> = {
  approve: '✅',
  conditional: '⚠️',
  reject: '❌',
  error: '⛔',
  none: 'ℹ️'
}

/** What each run decision means, said once under the headline. */
const MEANING: Record<string, string> = {
  approve: 'Approved for deployment.',
  conditional: 'Approved for the listed configurations only; the conditions below apply.',
  reject: 'Not approved for deployment.',
  error: 'The gate could not decide. This is not an approval.',
  none: 'No evidence package was added or changed; nothing to evaluate.'
}

const FINDING_ICON: Record<string, string> = { violation: '❌', warning: '⚠️', info: 'ℹ️' }

/** The report with the package directory as the repository path, not the temp dir. */
export function forDisplay(r: PackageResult): GateReport | undefined {
  if (!r.report) return undefined
  return { ...r.report, package: { ...r.report.package, dir: r.pkg.repoPath || '.' } }
}

function header(
  outcome: RunOutcome,
  collected: Collected | null,
  subject: string,
  errorLine: string | undefined
): string[] {
  const lines = [
    `## ${ICON[outcome.decision] ?? ''} update-gate: ${outcome.decision} for ${md(subject)}`,
    '',
    MEANING[outcome.decision] ?? ''
  ]
  if (errorLine) lines.push('', `Error: ${md(errorLine.replace(/^update-gate: error: /, ''))}`)
  if (outcome.decision === 'none' && collected?.checked) {
    const c = collected.checked
    const globs = c.patterns.map(md).join(', ')
    lines.push(
      '',
      `Evidence globs ${globs} were checked against ${c.changedFiles} changed file${c.changedFiles === 1 ? '' : 's'} (listed by ${md(c.listedBy)}); none is in a directory holding update-evidence.yaml.`
    )
  }
  if (collected && outcome.results.length > 0) {
    const data = collected.dataSources.length
      ? `; data ${collected.dataSources.map(md).join(', ')}`
      : ''
    const reports = collected.approvedReportSources?.length
      ? `; retained reports ${collected.approvedReportSources.map(md).join(', ')}`
      : ''
    lines.push(
      '',
      `Judged with the trust configuration ${md(collected.trustSource)}; policy ${md(collected.policySource)}${data}${reports}.`
    )
  }
  if (outcome.findings.length > 0) {
    lines.push('')
    // Paths and messages can carry a PR's file names: escaped, never code spans.
    for (const f of outcome.findings) {
      lines.push(
        `- ${FINDING_ICON[f.severity] ?? ''} **${md(f.rule)}**${f.file ? ` (${md(f.file)})` : ''}: ${md(f.message)}`
      )
    }
  }
  lines.push('')
  return lines
}

function section(r: PackageResult, compact: boolean, several: boolean): string {
  const title = `### ${md(r.pkg.repoPath || '.')}`
  if (r.error || !r.report) return `${title}\n\n⛔ **error**: ${md(r.error ?? 'no report')}\n`
  const decision = several
    ? `${ICON[r.report.result.decision] ?? ''} **${r.report.result.decision}**\n\n`
    : ''
  if (compact) {
    const out = r.report.result
    return `${title}\n\n${decision}${md(out.summary)}\n`
  }
  return `${title}\n\n${decision}${renderMarkdown(forDisplay(r) as GateReport, { headline: false })}`
}

export function composeMarkdown(
  outcome: RunOutcome,
  collected: Collected | null,
  subject: string,
  compact = false,
  errorLine?: string
): string {
  const parts = [header(outcome, collected, subject, errorLine).join('\n')]
  for (const r of outcome.results) parts.push(section(r, compact, outcome.results.length > 1))
  return parts.join('\n')
}

export function composeComment(
  outcome: RunOutcome,
  collected: Collected | null,
  subject: string,
  errorLine?: string
): string {
  let body = `${COMMENT_MARKER}\n${composeMarkdown(outcome, collected, subject, false, errorLine)}`
  if (body.length > MAX_COMMENT) {
    body = `${COMMENT_MARKER}\n${composeMarkdown(outcome, collected, subject, true, errorLine)}\n_The full report is in the job summary and the JSON report._\n`
  }
  if (body.length > MAX_COMMENT)
    body = `${body.slice(0, MAX_COMMENT - 100)}\n\n_(truncated; see the job summary)_\n`
  return body
}

interface IssueComment {
  id: number
  body: string | null
  /** The author's account type (`Bot` for the Actions token); null when unknown. */
  userType: string | null
}

/**
 * The issue comments API's entries: each an object with an integer id, a string (or null) body
 * and, when given, a user (or null) whose type is a string (entryError names an entry without).
 */
export function issueComments(entries: readonly unknown[], what: string): IssueComment[] {
  return entries.map((entry, i) => {
    if (!isObject(entry)) throw entryError(what, i, 'comment')
    const { id, body, user } = entry
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0)
      throw entryError(what, i, 'id')
    if (body !== undefined && body !== null && typeof body !== 'string')
      throw entryError(what, i, 'body')
    if (user !== undefined && user !== null && !isObject(user)) throw entryError(what, i, 'user')
    const type = isObject(user) ? user.type : undefined
    if (type !== undefined && type !== null && typeof type !== 'string')
      throw entryError(what, i, 'user.type')
    return { id, body: typeof body === 'string' ? body : null, userType: type ?? null }
  })
}

/**
 * Creates or updates the one comment carrying the marker, written by a bot (the Actions token):
 * a person's comment that copies the marker is never adopted (its author could edit the
 * decision shown on the PR at any time); if updating fails, a new one is created.
 * `onlyUpdate`: do not create (nothing to report on this PR).
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: { owner: string; repo: string; number: number },
  body: string,
  onlyUpdate = false
): Promise<'created' | 'updated' | 'skipped'> {
  const comments = await paginateAll(
    client,
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner: target.owner, repo: target.repo, issue_number: target.number },
    `listing the comments of PR #${target.number}`,
    issueComments
  )
  const mine = comments.filter(c => c.body?.includes(COMMENT_MARKER))
  const existing = mine.find(c => c.userType === 'Bot')
  /** A comments API call on the target repository, sending `body`. */
  const send = (route: string, params: Record<string, unknown>) =>
    client.request(route, { owner: target.owner, repo: target.repo, ...params, body })
  if (existing) {
    try {
      await send('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        comment_id: existing.id
      })
      return 'updated'
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status !== 403 && status !== 404) throw apiError(`updating comment ${existing.id}`, error)
    }
  }
  if (onlyUpdate) return 'skipped'
  try {
    await send('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      issue_number: target.number
    })
  } catch (error) {
    throw apiError(`commenting on PR #${target.number}`, error)
  }
  return 'created'
}

export function emitAnnotations(annotations: Annotation[]): void {
  for (const a of annotations) {
    const props: core.AnnotationProperties = { title: inertLines(plain(a.title)) }
    if (a.file) props.file = a.file
    if (a.startLine !== undefined) props.startLine = a.startLine
    // @actions/core escapes what would end the command; the evidence text in it is shown as
    // one line, with nothing the runner could take for the older `##[` form of a command.
    const message = inertLines(plain(a.message))
    if (a.level === 'error') core.error(message, props)
    else if (a.level === 'warning') core.warning(message, props)
    else core.notice(message, props)
  }
}

export function actionReport(
  outcome: RunOutcome,
  collected: Collected | null,
  subject: string
): unknown {
  return {
    apiVersion: ACTION_REPORT_VERSION,
    subject,
    decision: outcome.decision,
    trust: collected?.trustSource ?? null,
    policy: collected?.policySource ?? null,
    data: collected?.dataSources ?? [],
    findings: outcome.findings,
    packages: outcome.results.map(r =>
      r.report
        ? { path: r.pkg.repoPath || '.', report: forDisplay(r) }
        : { path: r.pkg.repoPath || '.', error: r.error }
    )
  }
}

/**
 * Writes the report. Synchronous, as the Action's other writes at the end of a run: nothing else
 * runs meanwhile, and each asynchronous file operation is a round trip through libuv's thread
 * pool before the process can end.
 */
export function writeReportFile(path: string, report: unknown): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`)
}

/**
 * Fails as setOutputs would if the outputs file (GITHUB_OUTPUT) cannot be written, without
 * writing an output: the run learns that its outputs will fail before it writes its files, so
 * that the report and SARIF files say error too (a run without outputs is an error).
 */
export function checkOutputsWritable(): void {
  const file = process.env.GITHUB_OUTPUT
  if (file) appendFileSync(file, '')
}

export function setOutputs(outcome: RunOutcome, reportPath: string | undefined): void {
  core.setOutput('decision', outcome.decision)
  core.setOutput('maturity', outcome.maturity === undefined ? '' : String(outcome.maturity))
  core.setOutput('approved-configurations', JSON.stringify(outcome.approved))
  core.setOutput('excluded-configurations', JSON.stringify(outcome.excluded))
  core.setOutput('report', reportPath ?? '')
}
