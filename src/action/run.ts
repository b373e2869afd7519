/**
 * The Action: inputs -> collect (event) -> runGate per package -> publish. Fails closed: any
 * error ends as decision `error` with one line naming the file and field, never an approval,
 * never a stack trace.
 */
import * as core from '@actions/core'
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { collect, PR_EVENTS } from '../collect/index.js'
import type { GitHubClient } from '../collect/api.js'
import type { RunContext } from '../collect/approvals.js'
import { githubAttestations } from '../collect/attestations.js'
import type { AttestationFetch } from '../contracts/evidence-package.js'
import type { Collected } from '../collect/types.js'
import { GateError, isGateError, messageOf } from '../shared/errors.js'
import type { IndexPlaces } from '../shared/index-places.js'
import { openGate } from '../gate.js'
import { annotationsFor } from './annotations.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { writeSarifFile } from './sarif-file.js'
import { osReason, outputFile, type OutputFile } from './output-paths.js'
import { failsGate } from '../contracts/fail-on.js'
import { combine, type PackageResult, type RunOutcome } from './outcome.js'
import { logLine } from './log.js'
import {
  actionReport,
  composeComment,
  composeMarkdown,
  emitAnnotations,
  setOutputs,
  upsertStickyComment,
  writeReportFile,
  checkOutputsWritable
} from './publish.js'

/** The one line a user sees for any error. */
export function describeError(error: unknown): string {
  if (isGateError(error)) return error.describe()
  const message = messageOf(error)
  return `internal error: ${message.split('\n')[0]}`
}

function readPayload(): Record<string, unknown> {
  const path = process.env.GITHUB_EVENT_PATH
  if (!path || !existsSync(path)) return {}
  try {
    const payload = JSON.parse(readFileSync(path, 'utf8')) as unknown
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {}
  } catch {
    throw new GateError('PARSE_ERROR', 'the event payload is not JSON', {
      file: 'GITHUB_EVENT_PATH'
    })
  }
}

function subjectOf(eventName: string, payload: Record<string, unknown>): string {
  const pr = payload.pull_request as { number?: number } | undefined
  const release = payload.release as { tag_name?: string } | undefined
  if (pr?.number !== undefined) return `PR #${pr.number}`
  if (release?.tag_name) return `release ${release.tag_name}`
  return eventName || 'workspace'
}

/**
 * On a release: the attestations GitHub holds, from the trust configuration's
 * sigstore.attestationsRepository, else the release's own repository (GITHUB_REPOSITORY).
 */
function releaseAttestations(getClient: () => Promise<GitHubClient>): AttestationFetch {
  const own = process.env.GITHUB_REPOSITORY ?? ''
  return {
    ...(own ? { fallbackRepository: own } : {}),
    open: repository => githubAttestations(getClient, repository, 'sigstore.attestationsRepository')
  }
}

/** The workflow run, from the runner's environment (its deployment approvals are read). */
function runContext(): RunContext {
  const env = process.env
  const actor = env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR
  // A re-run keeps GITHUB_ACTOR (who started the run) and sets GITHUB_TRIGGERING_ACTOR (who
  // re-ran it): both started it, and neither's approval of it counts.
  const authors = [env.GITHUB_ACTOR, env.GITHUB_TRIGGERING_ACTOR].filter((a): a is string => !!a)
  return {
    ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
    ...(actor ? { actor } : {}),
    authors
  }
}

export async function run(): Promise<void> {
  const runnerTemp = process.env.RUNNER_TEMP || tmpdir()
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const eventName = process.env.GITHUB_EVENT_NAME ?? ''
  let inputs: ActionInputs | undefined
  let client: GitHubClient | undefined
  let collected: Collected | null = null
  let subject = eventName || 'workspace'
  let outcome: RunOutcome
  let tempRoot: string | undefined
  let report: OutputFile | undefined
  let sarif: OutputFile | undefined
  let prTarget: { owner: string; repo: string; number: number } | undefined
  let visibility: string | undefined
  /** The run's ref and the repository's default branch: what `attest` may sign for. */
  let runRef: { ref: string; defaultBranch: string } = { ref: '', defaultBranch: '' }

  // The client (Octokit, undici) is loaded only by runs that call the API.
  const getClient = async (): Promise<GitHubClient> => {
    if (!client) {
      if (!inputs?.token) {
        throw new GateError('USAGE', `a token is required for ${eventName} events`, {
          field: 'input token'
        })
      }
      const { createClient } = await import('../collect/github.js')
      client = createClient({ token: inputs.token, log: message => core.info(message) })
    }
    return client
  }

  try {
    inputs = readInputs()
    const places = { workspace, runnerTemp }
    report = outputFile(
      'report',
      inputs.report || join(runnerTemp, 'update-gate-report.json'),
      inputs,
      places
    )
    if (inputs.sarifFile) sarif = outputFile('sarif-file', inputs.sarifFile, inputs, places)
    const payload = readPayload()
    subject = subjectOf(eventName, payload)
    visibility = (payload.repository as { visibility?: string } | undefined)?.visibility
    const defaultBranch = (payload.repository as { default_branch?: unknown } | undefined)
      ?.default_branch
    runRef = {
      ref: process.env.GITHUB_REF || (typeof payload.ref === 'string' ? payload.ref : ''),
      defaultBranch: typeof defaultBranch === 'string' ? defaultBranch : ''
    }
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
    const prNumber = (payload.pull_request as { number?: unknown } | undefined)?.number
    if (PR_EVENTS.has(eventName) && owner && repo && typeof prNumber === 'number') {
      prTarget = { owner, repo, number: prNumber }
    }
    collected = await collect({
      eventName,
      payload,
      repository: process.env.GITHUB_REPOSITORY ?? '',
      workspace,
      evidence: inputs.evidence,
      trust: inputs.trust,
      policy: inputs.policy,
      data: inputs.data,
      reports: inputs.approvedReports,
      configurationFrom: inputs.configurationFrom,
      // Made only when an event fetches files (a workspace event reads the checkout).
      tempRoot: () => (tempRoot ??= mkdtempSync(join(runnerTemp, 'update-gate-'))),
      client: getClient,
      run: runContext()
    })
    if (collected) subject = collected.subject
    const results: PackageResult[] = []
    if (collected && collected.packages.length > 0) {
      // Trust, policy and data are loaded and compiled once; each package is then evaluated alone,
      // so one broken package does not hide the others' decisions.
      const gate = await openGate({
        trustFile: collected.trustFile,
        trustLabel: collected.trustSource,
        ...(collected.trustRead ? { trustRead: collected.trustRead } : {}),
        ...(collected.policy
          ? { policy: collected.policy, policyLabel: collected.policySource }
          : {}),
        ...(collected.dataFiles.length
          ? { dataFiles: collected.dataFiles, dataLabels: collected.dataSources }
          : {}),
        ...(collected.approvedReports?.length
          ? {
              approvedReports: collected.approvedReports,
              ...(collected.approvedReportSources
                ? { approvedReportLabels: collected.approvedReportSources }
                : {})
            }
          : {})
      })
      for (const pkg of collected.packages) {
        try {
          let places: IndexPlaces | undefined
          const report = await gate.evaluate(pkg.packageDir, {
            label: pkg.repoPath || '.',
            ...(inputs.at ? { evaluationTime: inputs.at } : {}),
            ...(pkg.artifactsDir ? { artifactsDir: pkg.artifactsDir } : {}),
            ...(collected.change ? { change: collected.change } : {}),
            ...(pkg.release ? { release: pkg.release } : {}),
            ...(collected.github ? { github: collected.github } : {}),
            ...(pkg.release && inputs.fetchAttestations
              ? { attestations: releaseAttestations(getClient) }
              : {}),
            // The annotations' lines, from the index the gate read (not read a second time).
            onIndexPlaces: found => (places = found)
          })
          results.push({ pkg, report, ...(places ? { places } : {}) })
          logLine(
            `${pkg.repoPath || '.'}: ${report.result.decision} (maturity ${report.result.maturity.level})`
          )
        } catch (error) {
          results.push({ pkg, error: describeError(error) })
          logLine(`${pkg.repoPath || '.'}: error`)
        }
      }
    }
    outcome = combine(results, collected?.findings ?? [], subject)
  } catch (error) {
    outcome = {
      ...combine([], [], subject),
      decision: 'error',
      headline: `update-gate: error: ${describeError(error)}`
    }
  }

  // Outputs that will fail make the run an error before any file says otherwise.
  try {
    checkOutputsWritable()
  } catch (error) {
    outcome = { ...outcome, ...outputsFailed(error) }
  }
  // The files first: a run whose files cannot be written is an error, and an error is never
  // attested.
  const written = await writeFiles(outcome, collected, subject, { report, sarif })
  const attestError = inputs?.attest.enabled
    ? await attest(outcome, inputs, visibility, runnerTemp, getClient, runRef)
    : undefined
  await announce(outcome, collected, subject, inputs, { report, written }, prTarget, getClient)
  if (tempRoot) {
    try {
      rmSync(tempRoot, { recursive: true, force: true })
    } catch {
      // The runner removes RUNNER_TEMP after the job.
    }
  }

  if (inputs === undefined || failsGate(outcome.decision, inputs.failOn))
    core.setFailed(outcome.headline)
  else logLine(outcome.headline)
  // Never fail open: a summary that could not be signed or stored fails the step; the decision
  // and its outputs stay what the gate decided.
  if (attestError) core.setFailed(attestError)
}

/**
 * `attest: true`: when the run's decision is approve or conditional and passes `fail-on` (never
 * when a package was rejected or errored, or the change was flagged), each package's verification summary is signed
 * keyless and stored as a GitHub attestation (src/action/attest.ts, loaded only then). Returns
 * the error line, if any; the `attestations` output lists what was stored.
 */
async function attest(
  outcome: RunOutcome,
  inputs: ActionInputs,
  visibility: string | undefined,
  runnerTemp: string,
  getClient: () => Promise<GitHubClient>,
  runRef: { ref: string; defaultBranch: string }
): Promise<string | undefined> {
  core.setOutput('attestations', '[]')
  // Only a decision that passes the gate: approve or conditional, and not one `fail-on` fails.
  if (
    (outcome.decision !== 'approve' && outcome.decision !== 'conditional') ||
    failsGate(outcome.decision, inputs.failOn)
  ) {
    core.info(
      `update-gate: attest: nothing to attest (decision ${outcome.decision}, fail-on ${inputs.failOn})`
    )
    return undefined
  }
  // The signature names the workflow and the ref it ran on; a run on any branch (a
  // workflow_dispatch of a pushed branch, with its own trust file) is not a gate worth trusting.
  const refused = refusedRef(runRef)
  if (refused) {
    const line = `update-gate: attest: ${refused} (the decision is unchanged: ${outcome.decision})`
    core.error(line)
    return line
  }
  try {
    const { attestReports, endpointsFor } = await import('./attest.js')
    const attested = await attestReports(
      outcome.results.flatMap(r =>
        r.report ? [{ label: r.pkg.repoPath || '.', report: r.report }] : []
      ),
      {
        client: await getClient(),
        repository: process.env.GITHUB_REPOSITORY ?? '',
        endpoints: endpointsFor(inputs.attest, visibility, process.env.GITHUB_SERVER_URL ?? ''),
        outDir: join(runnerTemp, 'update-gate-attestations')
      }
    )
    core.setOutput('attestations', JSON.stringify(attested))
    return undefined
  } catch (error) {
    const line = `update-gate: attest: ${describeError(error)} (the decision is unchanged: ${outcome.decision})`
    core.error(line)
    return line
  }
}

/**
 * Why a run on `ref` may not attest, or undefined when it may: only a run on the repository's
 * default branch or on a tag signs a summary (docs/action.md, "attest: true").
 */
export function refusedRef(runRef: { ref: string; defaultBranch: string }): string | undefined {
  const { ref, defaultBranch } = runRef
  if (ref.startsWith('refs/tags/') && ref.length > 'refs/tags/'.length) return undefined
  if (!defaultBranch) {
    return 'refusing to attest: the event payload has no repository.default_branch, so the run cannot be shown to be on it'
  }
  if (ref === `refs/heads/${defaultBranch}`) return undefined
  return `refusing to attest a run on ${ref || 'no ref (GITHUB_REF is unset)'}: expected refs/heads/${defaultBranch} (the default branch) or a tag, whose trust configuration and workflow are the reviewed ones`
}

/** What writeFiles did. */
interface WrittenFiles {
  /** Whether the report file holds this run's report. */
  wroteReport: boolean
  /** The error the report and the summary show, if any (errorShown). */
  errorLine: string | undefined
}

/**
 * Writes the files asked for (`sarif-file`, then `report`). A file that cannot be written makes
 * the run an error: a later step would read nothing, or an old file, where it expects this run's
 * decision. Every file then says so: the files after it are written with the error, and one
 * written before it, holding the gate's own decision, is written again, or removed when that
 * fails too.
 */
async function writeFiles(
  outcome: RunOutcome,
  collected: Collected | null,
  subject: string,
  files: { report: OutputFile | undefined; sarif: OutputFile | undefined }
): Promise<WrittenFiles> {
  let failed = false
  // The error shown: one that ended the run before any package was decided, or a file not written.
  const errorLine = () =>
    failed || (outcome.decision === 'error' && outcome.results.length === 0)
      ? outcome.headline
      : undefined
  const writeReport = (path: string) => {
    const error = errorLine()
    writeReportFile(path, {
      ...(actionReport(outcome, collected, subject) as object),
      ...(error ? { error } : {})
    })
  }
  const targets = [
    { file: files.sarif, write: (path: string) => writeSarifFile(path, outcome) },
    { file: files.report, write: writeReport }
  ].flatMap(({ file, write }) => (file ? [{ file, write }] : []))
  const written: typeof targets = []
  for (const target of targets) {
    try {
      await target.write(target.file.path)
      written.push(target)
    } catch (error) {
      const line = new GateError(
        'FILE_UNREADABLE',
        `cannot be written: ${osReason(error) ?? describeError(error)}`,
        { file: target.file.given, field: `input ${target.file.input}` }
      ).describe()
      if (failed) {
        core.error(`update-gate: error: ${line}`)
        continue
      }
      failed = true
      outcome.decision = 'error'
      outcome.maturity = undefined
      outcome.headline = `update-gate: error: ${line}`
      // Written before with the gate's own decision: written again with the error, or removed.
      for (const before of written.splice(0)) {
        try {
          await before.write(before.file.path)
          written.push(before)
        } catch {
          try {
            rmSync(before.file.path, { force: true })
          } catch {
            // Neither: the error line still names the file that failed.
          }
        }
      }
    }
  }
  return {
    wroteReport: written.some(t => t.file === files.report),
    errorLine: errorLine()
  }
}

/** What a run whose outputs cannot be written becomes. */
const outputsFailed = (error: unknown): Pick<RunOutcome, 'decision' | 'headline' | 'maturity'> => ({
  decision: 'error',
  maturity: undefined,
  headline: `update-gate: error: outputs not written: ${describeError(error)}`
})

/** Tells the run's decision: outputs, annotations, job summary, PR comment. */
async function announce(
  outcome: RunOutcome,
  collected: Collected | null,
  subject: string,
  inputs: ActionInputs | undefined,
  files: { report: OutputFile | undefined; written: WrittenFiles },
  target: { owner: string; repo: string; number: number } | undefined,
  getClient: () => Promise<GitHubClient>
): Promise<void> {
  const { errorLine, wroteReport } = files.written
  try {
    setOutputs(outcome, wroteReport ? files.report?.path : undefined)
  } catch (error) {
    // Without outputs, later steps cannot see the decision: that is an error, not a pass.
    // (Rare: checkOutputsWritable found the file writable before the files were written.)
    Object.assign(outcome, outputsFailed(error))
    core.error(outcome.headline)
  }
  const markdown = composeMarkdown(outcome, collected, subject, false, errorLine)

  try {
    emitAnnotations(annotationsFor(outcome.results, outcome.findings))
  } catch (error) {
    core.warning(`update-gate: annotations not written: ${describeError(error)}`)
  }

  const summaryFile = process.env.GITHUB_STEP_SUMMARY
  if (summaryFile) {
    try {
      // Appended as @actions/core's summary.addRaw(markdown).write() appends it, synchronously.
      appendFileSync(summaryFile, markdown)
    } catch (error) {
      core.warning(`update-gate: job summary not written: ${describeError(error)}`)
    }
  }

  if (target && inputs?.comment) {
    try {
      const body = composeComment(outcome, collected, subject, errorLine)
      const done = await upsertStickyComment(
        await getClient(),
        target,
        body,
        outcome.decision === 'none'
      )
      core.info(`update-gate: PR comment ${done}`)
    } catch (error) {
      core.warning(
        `update-gate: the PR comment was not posted (${describeError(error)}); the decision is unchanged`
      )
    }
  }
}
