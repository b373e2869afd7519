/**
 * The approvals GitHub itself authenticates (docs/action.md, "Approvals GitHub authenticates"),
 * read from the API at run time, never from the package, and handed to the policy as facts
 * (`input.github`):
 *
 * - on a pull request (pull_request, pull_request_target, pull_request_review): the PR's reviews
 *   (`GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews`, every page), reduced per reviewer
 *   to the state that counts under GitHub's semantics: the latest review that approves, requests
 *   changes or was dismissed (a COMMENTED or PENDING review changes nothing), with the commit it
 *   was given on and whether the reviewer is the PR author; and who moved the PR's head branch,
 *   from GitHub's activity log of the branch (`GET /repos/{owner}/{repo}/activity`, every page),
 *   which the policy needs for separation of duties (a PR's author is not all who pushed to it);
 * - on a release, workflow_dispatch or deployment run: the run's environment deployment
 *   approvals (`GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals`, run id GITHUB_RUN_ID),
 *   with the run's commit (GITHUB_SHA, what they approve) and the commit the evidence was read at.
 *
 * Which of them count as whose approval or risk acceptance is the policy's rule (Rego, with the
 * trust configuration's approvers[].github); nothing here decides. They are read only when the
 * trust configuration maps a GitHub login to an approver: otherwise they could count for no one,
 * and the workflow needs no extra permission. Fails closed: an API error, an answer of another
 * shape, or more reviews than MAX_REVIEWS is an error, never fewer facts.
 */
import type {
  DeploymentApprovalFact,
  GitHubContext,
  PushFacts,
  ReviewFact
} from '../contracts/policy-input.js'
import { GateError } from '../shared/errors.js'
import { isObject } from '../shared/values.js'
import type { YamlFile } from '../shared/yaml-file.js'
import type { PullRequestTarget } from './types.js'
import { api, entryError, payloadError, type GitHubClient } from './api.js'
import { paginateAll } from './repo-files.js'

/** Reviews read of one pull request at most; more is an error, not a partial list. */
export const MAX_REVIEWS = 3000
/** Activities of a PR's head branch read at most; more is an error, not a partial log. */
export const MAX_BRANCH_ACTIVITIES = 3000
/** Environment reviews of one run at most. */
export const MAX_DEPLOYMENT_APPROVALS = 1000

const GIT_SHA = /^[0-9a-f]{40}$/
/** The review states that set a reviewer's state on GitHub; COMMENTED and PENDING do not. */
const COUNTING_STATES = new Set<ReviewFact['state']>(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'])
/** The reviewers' associations with the repository whose reviews count (docs/action.md). */
export const REVIEWER_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR'])
const APPROVAL_STATES = new Set<DeploymentApprovalFact['state']>([
  'approved',
  'rejected',
  'pending'
])

const sameLogin = (a: string, b: string | null): boolean =>
  b !== null && a.toLowerCase() === b.toLowerCase()

/**
 * Per reviewer, the latest review (GitHub lists them in chronological order) whose state counts,
 * sorted by login. A review by a deleted account (user null) belongs to no one and is left out.
 * The reviews are as `GET .../pulls/{n}/reviews` lists them; the fields read (state, user.login,
 * commit_id, submitted_at) are checked.
 */
export function latestReviews(
  reviews: readonly unknown[],
  author: string | null,
  what = 'listing the reviews'
): ReviewFact[] {
  const byLogin = new Map<string, ReviewFact>()
  reviews.forEach((r, i) => {
    if (!isObject(r)) throw entryError(what, i, 'review')
    if (typeof r.state !== 'string') throw entryError(what, i, 'state')
    const state = r.state.toUpperCase() as ReviewFact['state']
    if (!COUNTING_STATES.has(state)) return
    if (r.user === null) return
    const login = isObject(r.user) ? r.user.login : undefined
    if (typeof login !== 'string' || login === '') throw entryError(what, i, 'user.login')
    if (typeof r.author_association !== 'string') throw entryError(what, i, 'author_association')
    // Only a reviewer with a standing in the repository counts (any GitHub user may review a
    // public repository's PR, under any login the trust configuration names once it is free).
    if (!REVIEWER_ASSOCIATIONS.has(r.author_association)) return
    const commitId = r.commit_id ?? null
    if (commitId !== null && !(typeof commitId === 'string' && GIT_SHA.test(commitId)))
      throw entryError(what, i, 'commit_id')
    const submittedAt = typeof r.submitted_at === 'string' ? r.submitted_at : null
    byLogin.set(login.toLowerCase(), {
      login,
      state,
      commitId,
      submittedAt,
      byAuthor: sameLogin(login, author)
    })
  })
  return [...byLogin.values()].sort((a, b) =>
    a.login.toLowerCase() < b.login.toLowerCase() ? -1 : 1
  )
}

/**
 * The run's environment reviews as facts, in GitHub's order. They are as
 * `GET .../actions/runs/{id}/approvals` lists them; the fields read (state, user.login,
 * environments[].name, comment) are checked.
 */
export function deploymentApprovals(
  approvals: readonly unknown[],
  authors: string | null | readonly string[],
  what = 'reading the deployment approvals'
): DeploymentApprovalFact[] {
  const started = typeof authors === 'string' ? [authors] : (authors ?? [])
  const out: DeploymentApprovalFact[] = []
  approvals.forEach((a, i) => {
    if (!isObject(a)) throw entryError(what, i, 'approval')
    const state = a.state as DeploymentApprovalFact['state']
    if (!APPROVAL_STATES.has(state)) throw entryError(what, i, 'state')
    if (a.user === null) return
    const login = isObject(a.user) ? a.user.login : undefined
    if (typeof login !== 'string' || login === '') throw entryError(what, i, 'user.login')
    if (!Array.isArray(a.environments)) throw entryError(what, i, 'environments')
    const environments = a.environments.map((e: unknown) => {
      const name = isObject(e) ? e.name : undefined
      if (typeof name !== 'string') throw entryError(what, i, 'environments[].name')
      return name
    })
    out.push({
      login,
      state,
      environments: environments.sort(),
      comment: typeof a.comment === 'string' ? a.comment : '',
      byAuthor: started.some(a => sameLogin(login, a))
    })
  })
  return out
}

/**
 * Who moved `branch` (`refs/heads/<name>`) and whether one of them made `headSha` its tip, from
 * the branch's activities as `GET /repos/{owner}/{repo}/activity?ref=<branch>` lists them. An
 * activity of another ref (an API that ignored the filter) says nothing of this branch and is
 * left out; one by a deleted account (actor null) names no one. The fields read (ref, after,
 * actor.login) are checked.
 */
export function branchPushes(
  activities: readonly unknown[],
  repository: string,
  branch: string,
  headSha: string,
  what = 'reading the activity of the head branch'
): PushFacts {
  const logins = new Map<string, string>()
  let headPushed = false
  activities.forEach((a, i) => {
    if (!isObject(a)) throw entryError(what, i, 'activity')
    if (typeof a.ref !== 'string') throw entryError(what, i, 'ref')
    if (typeof a.after !== 'string') throw entryError(what, i, 'after')
    if (a.ref !== branch) return
    if (a.actor !== null) {
      const login = isObject(a.actor) ? a.actor.login : undefined
      if (typeof login !== 'string' || login === '') throw entryError(what, i, 'actor.login')
      if (!logins.has(login.toLowerCase())) logins.set(login.toLowerCase(), login)
    }
    if (a.after === headSha) headPushed = true
  })
  return {
    branch: `${repository}:${branch}`,
    logins: [...logins].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, login]) => login),
    headPushed
  }
}

/** Whether a trust document (parsed, not validated) maps any approver to a GitHub login (approvers[].github). */
export function mapsGitHubLogin(trust: unknown): boolean {
  const approvers = (trust as { approvers?: unknown } | null)?.approvers
  return (
    Array.isArray(approvers) &&
    approvers.some(a => typeof (a as { github?: unknown } | null)?.github === 'string')
  )
}

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
  headSha: string
  author: string | null
  /** The head branch (null when the fork is gone). */
  head: PullRequestTarget['headBranch']
}

/** The policy's `input.github`: what GitHub authenticates, read from a pull request or a run. */
function githubContext(
  event: string,
  ref: { owner: string; repo: string; headSha: string; evidenceSha: string | null },
  subject: { pullRequest: number } | { runId: number },
  author: string | null,
  approvals: Pick<GitHubContext, 'reviews' | 'deploymentApprovals' | 'pushes'>
): GitHubContext {
  return {
    event,
    repository: `${ref.owner}/${ref.repo}`,
    ...subject,
    headSha: ref.headSha,
    evidenceSha: ref.evidenceSha,
    author,
    ...approvals
  }
}

export async function pullRequestReviews(
  client: GitHubClient,
  pr: PullRequestRef,
  event: string
): Promise<GitHubContext> {
  const reviews = await paginateAll(
    client,
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    { owner: pr.owner, repo: pr.repo, pull_number: pr.number },
    `listing the reviews of PR #${pr.number}`,
    (entries, what) => latestReviews(entries, pr.author, what),
    MAX_REVIEWS
  )
  const pushes = pr.head ? await headBranchPushes(client, pr.head, pr.headSha) : NO_BRANCH
  // A pull request's evidence is read at the head the payload names (pull-request.ts).
  return githubContext(
    event,
    { ...pr, evidenceSha: pr.headSha },
    { pullRequest: pr.number },
    pr.author,
    {
      reviews,
      deploymentApprovals: [],
      pushes
    }
  )
}

/** A PR whose head repository is gone (a deleted fork): no log says who pushed to it. */
const NO_BRANCH: PushFacts = { branch: null, logins: [], headPushed: false }

/** The pushes to a PR's head branch, from its repository's activity log (every page). */
function headBranchPushes(
  client: GitHubClient,
  head: NonNullable<PullRequestRef['head']>,
  headSha: string
): Promise<PushFacts> {
  const branch = `refs/heads/${head.ref}`
  const repository = `${head.owner}/${head.repo}`
  return paginateAll(
    client,
    'GET /repos/{owner}/{repo}/activity',
    { owner: head.owner, repo: head.repo, ref: branch },
    `reading the activity of ${repository}:${branch}`,
    (entries, what) => branchPushes(entries, repository, branch, headSha, what),
    MAX_BRANCH_ACTIVITIES
  )
}

export interface RunRef {
  owner: string
  repo: string
  runId: number
  /** GITHUB_SHA: the commit the run is for. */
  headSha: string
  /** The commit the evidence was read at; null when not read at a known commit. */
  evidenceSha: string | null
  actor: string | null
  /** Every login that started the run (actor included). */
  authors?: readonly string[]
}

export async function runDeploymentApprovals(
  client: GitHubClient,
  run: RunRef,
  event: string
): Promise<GitHubContext> {
  const what = `reading the deployment approvals of run ${run.runId}`
  const approvals = await api(what, async () => {
    const response = await client.request(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
      { owner: run.owner, repo: run.repo, run_id: run.runId }
    )
    const data = response.data as unknown
    if (!Array.isArray(data)) throw new Error('the answer is not a list')
    if (data.length > MAX_DEPLOYMENT_APPROVALS)
      throw new GateError('GITHUB_API', `${what}: more than ${MAX_DEPLOYMENT_APPROVALS} items`)
    return data as unknown[]
  })
  return githubContext(event, run, { runId: run.runId }, run.actor, {
    reviews: [],
    deploymentApprovals: deploymentApprovals(
      approvals,
      [...(run.authors ?? []), ...(run.actor ? [run.actor] : [])],
      what
    )
  })
}

/** The run the Action is part of, from the runner's environment. */
export interface RunContext {
  /** GITHUB_RUN_ID. */
  runId?: string
  /** GITHUB_SHA. */
  sha?: string
  /** GITHUB_TRIGGERING_ACTOR, else GITHUB_ACTOR. */
  actor?: string
  /**
   * Every login that started the run (GITHUB_ACTOR, GITHUB_TRIGGERING_ACTOR, the event's sender,
   * a release's author): approvals by any of them do not count (separation of duties).
   */
  authors?: string[]
}

/** Events whose run's environment deployment approvals are read. */
export const RUN_APPROVAL_EVENTS = new Set(['release', 'workflow_dispatch', 'deployment'])

export interface ApprovalsRequest {
  eventName: string
  /** `pull_request.opened`, `pull_request_review.submitted`, `release`... (input.github.event). */
  event: string
  owner: string
  repo: string
  /** Set on pull request events: the PR as the event payload gives it. */
  pullRequest?: Omit<PullRequestRef, 'owner' | 'repo'>
  run: RunContext
  /**
   * The trust configuration read and parsed (called only when the event has approvals); null
   * when it cannot be: the load stage reads it again and names what is wrong with it.
   */
  trust: () => YamlFile | null
  /**
   * On a run: the commit the evidence was read at (a release tag's commit, the workspace
   * checkout's HEAD), null when it was not read at a known commit; called only when the run's
   * approvals are read.
   */
  evidenceSha: () => string | null
  client: () => Promise<GitHubClient>
}

/** `input.github`, or undefined when the event has no approvals or the trust maps no login. */
export async function collectApprovals(req: ApprovalsRequest): Promise<GitHubContext | undefined> {
  const onRun = RUN_APPROVAL_EVENTS.has(req.eventName)
  if (!req.pullRequest && !onRun) return undefined
  const trust = req.trust()
  if (!trust || !mapsGitHubLogin(trust.value)) return undefined
  const { owner, repo } = req
  if (req.pullRequest) {
    if (!GIT_SHA.test(req.pullRequest.headSha)) {
      throw payloadError('expected a 40-character commit sha', 'pull_request.head.sha')
    }
    return pullRequestReviews(await req.client(), { owner, repo, ...req.pullRequest }, req.event)
  }
  const runId = Number(req.run.runId)
  if (!req.run.runId || !/^[1-9][0-9]{0,18}$/.test(req.run.runId) || !Number.isSafeInteger(runId)) {
    throw new GateError(
      'USAGE',
      `the trust configuration maps GitHub logins to approvers, so the run's deployment approvals are read: expected the run id, got "${req.run.runId ?? ''}"`,
      { field: 'GITHUB_RUN_ID' }
    )
  }
  const headSha = req.run.sha ?? ''
  if (!GIT_SHA.test(headSha)) {
    throw new GateError('USAGE', `expected a 40-character commit sha, got "${headSha}"`, {
      field: 'GITHUB_SHA'
    })
  }
  return runDeploymentApprovals(
    await req.client(),
    {
      owner,
      repo,
      runId,
      headSha,
      evidenceSha: req.evidenceSha(),
      actor: req.run.actor || null,
      authors: req.run.authors ?? []
    },
    req.event
  )
}
