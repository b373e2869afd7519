/**
 * The collect stage for the Action: turn the triggering event into local directories holding
 * each evidence package and the trust configuration (see docs/action.md, "Where files come from").
 */
import { GateError } from '../shared/errors.js'
import { readYamlFile, type YamlFile } from '../shared/yaml-file.js'
import { defaultBranchOf, type GitHubClient } from './api.js'
import { collectApprovals, type RunContext } from './approvals.js'
import { checkoutCommit } from './checkout.js'
import { collectPullRequest } from './pull-request.js'
import { collectMergeGroup, collectPush } from './push.js'
import { collectRelease } from './release.js'
import type { Collected } from './types.js'
import { collectWorkspace, collectWorkspaceWith } from './workspace.js'
import { fetchDefaultBranchConfiguration } from './config.js'

export type { Collected, CollectedPackage, CollectFinding } from './types.js'

/** Where workspace events read the configuration (the Action's `configuration-from`). */
export const CONFIGURATION_FROM = ['checkout', 'default-branch'] as const
export type ConfigurationFrom = (typeof CONFIGURATION_FROM)[number]

export interface CollectRequest {
  eventName: string
  payload: Record<string, unknown>
  /** owner/repo of the repository the workflow runs in. */
  repository: string
  workspace: string
  evidence: string
  trust: string
  /** 'builtin' or a path (repository path read through the API, or a workspace path on
   * workflow_dispatch and other workspace events). */
  policy: string
  /** Data file paths, same places as policy. */
  data: string[]
  /** Retained report paths (files or directories), same places as policy. */
  reports: string[]
  /**
   * On workspace events, where the configuration (trust, policy, data, reports) is read: the
   * checkout (default) or the default branch's tip through the API.
   */
  configurationFrom?: ConfigurationFrom
  /**
   * The parent for every temp dir, made on the first call (only the events that fetch files
   * through the API call it); the caller removes it.
   */
  tempRoot: () => string
  client: () => Promise<GitHubClient>
  /** The workflow run (GITHUB_RUN_ID, GITHUB_SHA, the triggering actor): deployment approvals. */
  run?: RunContext
}

/** Events gated as a pull request: evidence from the head, configuration from the base. */
export const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review'])
export const RELEASE_EVENTS = new Set(['release'])
/** Events whose change is listed from the git trees of two commits. */
export const COMMIT_EVENTS = new Set(['merge_group', 'push'])
/**
 * Events gated on the workspace (the checkout the workflow chose): runs someone with write access
 * starts, on a ref of the repository. Any other event is an error naming it: an event about a
 * pull request (pull_request_review_comment, issue_comment, workflow_run...) would otherwise read
 * the trust configuration from a checkout of the change under review. '' is a run outside
 * GitHub Actions (docs/action.md, "Running it locally").
 */
export const WORKSPACE_EVENTS = new Set([
  '',
  'workflow_dispatch',
  'schedule',
  'repository_dispatch',
  'workflow_call',
  'deployment'
])
/** Release actions after which there are no assets left to gate. */
const RELEASE_GONE = new Set(['deleted', 'unpublished'])

/**
 * null: the event has nothing to gate (e.g. a deleted release). The approvals GitHub
 * authenticates (PR reviews, a run's deployment approvals) come with it as `github`, and the trust
 * configuration, when read for them, as `trustRead` (the load stage takes it rather than reading
 * the file again).
 */
export async function collect(request: CollectRequest): Promise<Collected | null> {
  const collected = await collectEvent(request)
  if (!collected) return null
  let trustRead: YamlFile | null | undefined
  const [owner = '', repo = ''] = request.repository.split('/')
  const pr = request.payload.pull_request as
    { number?: unknown; head?: { sha?: unknown }; user?: { login?: unknown } | null } | undefined
  const github = await collectApprovals({
    eventName: request.eventName,
    event: request.payload.action
      ? `${request.eventName}.${String(request.payload.action)}`
      : request.eventName,
    owner,
    repo,
    ...(PR_EVENTS.has(request.eventName) && collected.pullRequest
      ? {
          pullRequest: {
            number: collected.pullRequest.number,
            headSha: String(pr?.head?.sha),
            author: typeof pr?.user?.login === 'string' ? pr.user.login : null,
            head: collected.pullRequest.headBranch
          }
        }
      : {}),
    run: runOf(request),
    trust: () => {
      if (trustRead === undefined) {
        try {
          trustRead = readYamlFile(collected.trustFile, collected.trustSource)
        } catch {
          trustRead = null
        }
      }
      return trustRead
    },
    // A workspace event reads the evidence from the checkout: the commit it is at.
    evidenceSha: () =>
      collected.evidenceCommit ??
      (collected.source === 'workspace' ? checkoutCommit(request.workspace) : null),
    client: request.client
  })
  const trust = trustRead
  return { ...collected, ...(github ? { github } : {}), ...(trust ? { trustRead: trust } : {}) }
}

/**
 * The run with every login that started it (separation of duties: none of their approvals of
 * the run counts): GITHUB_ACTOR and GITHUB_TRIGGERING_ACTOR (a re-run by another keeps the
 * first), the event's sender and, on a release, the release's author.
 */
function runOf(request: CollectRequest): RunContext {
  const run = request.run ?? {}
  const login = (value: unknown): string[] =>
    typeof (value as { login?: unknown } | null)?.login === 'string'
      ? [(value as { login: string }).login]
      : []
  const payload = request.payload
  const authors = [
    ...(run.authors ?? (run.actor ? [run.actor] : [])),
    ...login(payload.sender),
    ...(RELEASE_EVENTS.has(request.eventName)
      ? login((payload.release as { author?: unknown } | undefined)?.author)
      : [])
  ]
  return { ...run, authors: [...new Set(authors)] }
}

async function collectEvent(request: CollectRequest): Promise<Collected | null> {
  const [owner, repo] = request.repository.split('/')
  const needRepo = () => {
    if (!owner || !repo) {
      throw new GateError('USAGE', `expected owner/repo, got "${request.repository}"`, {
        field: 'GITHUB_REPOSITORY'
      })
    }
    return { owner, repo }
  }
  const fromApi = () => ({
    ...needRepo(),
    evidence: request.evidence,
    trust: request.trust,
    policy: request.policy,
    data: request.data,
    reports: request.reports,
    tempRoot: request.tempRoot()
  })
  if (PR_EVENTS.has(request.eventName)) {
    return collectPullRequest(await request.client(), request.payload, {
      ...fromApi(),
      eventName: request.eventName
    })
  }
  if (request.eventName === 'merge_group') {
    return collectMergeGroup(await request.client(), request.payload, fromApi())
  }
  if (request.eventName === 'push') {
    return collectPush(await request.client(), request.payload, fromApi())
  }
  if (RELEASE_EVENTS.has(request.eventName)) {
    if (RELEASE_GONE.has(String(request.payload.action))) return null
    const defaultBranch = defaultBranchOf(request.payload, 'release')
    return collectRelease(await request.client(), request.payload, {
      ...fromApi(),
      defaultBranch
    })
  }
  if (!WORKSPACE_EVENTS.has(request.eventName)) {
    const gated = [...PR_EVENTS, 'merge_group', 'push', ...RELEASE_EVENTS, ...WORKSPACE_EVENTS]
    throw new GateError(
      'USAGE',
      `the Action does not gate ${request.eventName} events; expected one of ${gated.filter(Boolean).join(', ')} (docs/action.md, "Where the files come from")`,
      { field: 'GITHUB_EVENT_NAME' }
    )
  }
  if (request.configurationFrom !== 'default-branch') {
    return collectWorkspace({
      workspace: request.workspace,
      evidence: request.evidence,
      trust: request.trust,
      policy: request.policy,
      data: request.data,
      reports: request.reports
    })
  }
  const defaultBranch = defaultBranchOf(request.payload, request.eventName)
  return collectWorkspaceWith(request.workspace, request.evidence, async () =>
    fetchDefaultBranchConfiguration(
      await request.client(),
      needRepo(),
      defaultBranch,
      request,
      request.tempRoot()
    )
  )
}
