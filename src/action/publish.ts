/**
 * Where the decision goes: job summary, one sticky PR comment, annotations, outputs and the JSON
 * report file. Only the comment may fail softly (fork PRs and read-only tokens cannot comment):
 * it warns and the decision stands.
 */
import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { apiError, type GitHubClient } from '../collect/api.js'
import { paginateAll } from '../collect/repo-files.js'
import type { Collected } from '../collect/types.js'
import { inlineMarkdown as md, renderMarkdown } from '../report/index.js'
import type { GateReport } from '../contracts/report.js'
import type { Annotation } from './annotations.js'
import type { PackageResult, RunOutcome } from './outcome.js'

export const COMMENT_MARKER = '<!-- update-gate:sticky-comment -->'
/** GitHub rejects comment bodies over 65536 characters. */
const MAX_COMMENT = 65_000
export const ACTION_REPORT_VERSION = 'update-gate.dev/action-report/v1'

const ICON: Record<string, string> = {
  approve: ':white_check_mark:',
  conditional: ':warning:',
  reject: ':x:',
  error: ':no_entry:',
  none: ':information_source:'
}

/** The report with the package directory as the repository path, not the temp dir. */
export function forDisplay(r: PackageResult): GateReport | undefined {
  if (!r.report) return undefined
  return { ...r.report, package: { ...r.report.package, dir: r.pkg.repoPath || '.' } }
}

function header(outcome: RunOutcome, collected: Collected | null, subject: string): string[] {
  const lines = [
    `## ${ICON[outcome.decision] ?? ''} update-gate: ${outcome.decision.toUpperCase()} — ${md(subject)}`,
    ''
  ]
  if (collected && outcome.results.length > 0)
    lines.push(
      `Trust configuration: ${md(collected.trustSource)}; policy: ${md(collected.policySource)}` +
        (collected.dataSources.length ? `; data: ${collected.dataSources.map(md).join(', ')}` : ''),
      ''
    )
  if (outcome.decision === 'none')
    lines.push('No evidence package was added or changed; nothing to evaluate.', '')
  for (const f of outcome.findings) {
    const mark =
      f.severity === 'violation'
        ? ':x:'
        : f.severity === 'warning'
          ? ':warning:'
          : ':information_source:'
    // Paths and messages can carry a PR's file names: escaped, never code spans.
    lines.push(
      `> ${mark} **${md(f.rule)}**${f.file ? ` (${md(f.file)})` : ''}: ${md(f.message)}`,
      ''
    )
  }
  return lines
}

function section(r: PackageResult, compact: boolean): string {
  const title = `### Package ${md(r.pkg.repoPath || '.')}`
  if (r.error || !r.report)
    return `${title}\n\n:no_entry: **error**: ${md(r.error ?? 'no report')}\n`
  if (compact) {
    const out = r.report.result
    return `${title}\n\n**${out.decision}** (maturity ${out.maturity.level}): ${md(out.summary)}\n`
  }
  return `${title}\n\n${renderMarkdown(forDisplay(r) as GateReport)}\n`
}

export function composeMarkdown(
  outcome: RunOutcome,
  collected: Collected | null,
  subject: string,
  compact = false
): string {
  const parts = [header(outcome, collected, subject).join('\n')]
  for (const r of outcome.results) parts.push(section(r, compact))
  return parts.join('\n')
}

export function composeComment(
  outcome: RunOutcome,
  collected: Collected | null,
  subject: string
): string {
  let body = `${COMMENT_MARKER}\n${composeMarkdown(outcome, collected, subject)}`
  if (body.length > MAX_COMMENT) {
    body = `${COMMENT_MARKER}\n${composeMarkdown(outcome, collected, subject, true)}\n_The full report is in the job summary and the JSON report._\n`
  }
  if (body.length > MAX_COMMENT)
    body = `${body.slice(0, MAX_COMMENT - 100)}\n\n_(truncated; see the job summary)_\n`
  return body
}

interface IssueComment {
  id: number
  body?: string | null
  user?: { type?: string; login?: string } | null
}

/**
 * Creates or updates the one comment carrying the marker. Prefers a comment written by a bot
 * (the Actions token); if updating fails (someone else's comment copied the marker), a new one
 * is created. `onlyUpdate`: do not create (nothing to report on this PR).
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: { owner: string; repo: string; number: number },
  body: string,
  onlyUpdate = false
): Promise<'created' | 'updated' | 'skipped'> {
  const comments = await paginateAll<IssueComment>(
    client,
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner: target.owner, repo: target.repo, issue_number: target.number },
    `listing the comments of PR #${target.number}`
  )
  const mine = comments.filter(c => c.body?.includes(COMMENT_MARKER))
  const existing = mine.find(c => c.user?.type === 'Bot') ?? mine[0]
  if (existing) {
    try {
      await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body
      })
      return 'updated'
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status !== 403 && status !== 404) throw apiError(`updating comment ${existing.id}`, error)
    }
  }
  if (onlyUpdate) return 'skipped'
  try {
    await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      body
    })
  } catch (error) {
    throw apiError(`commenting on PR #${target.number}`, error)
  }
  return 'created'
}

export function emitAnnotations(annotations: Annotation[]): void {
  for (const a of annotations) {
    const props: core.AnnotationProperties = { title: a.title }
    if (a.file) props.file = a.file
    if (a.startLine !== undefined) props.startLine = a.startLine
    if (a.level === 'error') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
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

export async function writeReportFile(path: string, report: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`)
}

export function setOutputs(outcome: RunOutcome, reportPath: string | undefined): void {
  core.setOutput('decision', outcome.decision)
  core.setOutput('maturity', outcome.maturity === undefined ? '' : String(outcome.maturity))
  core.setOutput('approved-configurations', JSON.stringify(outcome.approved))
  core.setOutput('excluded-configurations', JSON.stringify(outcome.excluded))
  core.setOutput('report', reportPath ?? '')
}
