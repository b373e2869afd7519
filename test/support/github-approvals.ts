/**
 * Pull request reviews and environment deployment reviews in the exact shapes GitHub's REST API
 * answers (`GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews`,
 * `GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals`): typed with the response types of
 * the Octokit client the Action uses, so a missing or misnamed field does not compile.
 */
import { parseDocument } from 'yaml'
import type { GitHubClient } from '../../src/collect/api.js'
import { trees, TRUST } from './e2e-fixtures.js'

type Data<F extends (...args: never[]) => unknown> =
  Awaited<ReturnType<F>> extends {
    data: (infer T)[]
  }
    ? T
    : never
export type RestReview = Data<GitHubClient['rest']['pulls']['listReviews']>
export type RestEnvironmentApproval = Data<GitHubClient['rest']['actions']['getReviewsForRun']>
export type RestActivity = Data<GitHubClient['rest']['repos']['listActivities']>

let nextId = 80

/** A simple-user object as GitHub embeds it. */
export function restUser(login: string, id = nextId++): RestReview['user'] & object {
  const api = `https://api.github.com/users/${login}`
  return {
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `https://github.com/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: 'User',
    user_view_type: 'public',
    site_admin: false
  }
}

/** One review of PR `number` in `repo` as the reviews list gives it. */
export function restReview(
  repo: string,
  number: number,
  review: {
    login: string | null
    state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
    commitId: string | null
    submittedAt?: string
    body?: string
  }
): RestReview {
  const id = nextId++
  const html = `https://github.com/${repo}/pull/${number}#pullrequestreview-${id}`
  const pull = `https://api.github.com/repos/${repo}/pulls/${number}`
  return {
    id,
    node_id: Buffer.from(`017:PullRequestReview${id}`).toString('base64'),
    user: review.login === null ? null : restUser(review.login),
    body: review.body ?? '',
    state: review.state,
    html_url: html,
    pull_request_url: pull,
    author_association: 'MEMBER',
    _links: { html: { href: html }, pull_request: { href: pull } },
    // A pending review has not been submitted: GitHub leaves submitted_at out.
    ...(review.state === 'PENDING'
      ? {}
      : { submitted_at: review.submittedAt ?? '2026-10-06T10:00:00Z' }),
    commit_id: review.commitId
  }
}

/**
 * One activity of a repository as its activity log lists it: `login` (null: a deleted account)
 * moved branch `branch` from `before` to `after` (a push unless `type` says otherwise).
 */
export function restActivity(activity: {
  branch: string
  login: string | null
  after: string
  before?: string
  type?: RestActivity['activity_type']
  timestamp?: string
}): RestActivity {
  const id = nextId++
  return {
    id,
    node_id: Buffer.from(`021:RepositoryActivity${id}`).toString('base64'),
    before: activity.before ?? '0'.repeat(40),
    after: activity.after,
    ref: `refs/heads/${activity.branch}`,
    timestamp: activity.timestamp ?? '2026-10-06T09:00:00Z',
    activity_type: activity.type ?? 'push',
    actor: activity.login === null ? null : restUser(activity.login)
  }
}

/** One environment review of a run as the approvals list gives it. */
export function restEnvironmentApproval(
  repo: string,
  approval: {
    login: string
    state: 'approved' | 'rejected' | 'pending'
    environments: string[]
    comment?: string
  }
): RestEnvironmentApproval {
  return {
    state: approval.state,
    comment: approval.comment ?? '',
    user: restUser(approval.login),
    environments: approval.environments.map(name => {
      const id = nextId++
      return {
        id,
        node_id: Buffer.from(`011:Environment${id}`).toString('base64'),
        name,
        url: `https://api.github.com/repos/${repo}/environments/${name}`,
        html_url: `https://github.com/${repo}/deployments/activity_log?environments_filter=${name}`,
        created_at: '2026-09-01T08:00:00Z',
        updated_at: '2026-09-01T08:00:00Z'
      }
    })
  }
}

/**
 * The seed trust configuration (and its key files, at their repository paths) with GitHub logins
 * mapped to approvers by id (approvers[].github) and, when given, requirements.signedRecords and
 * requirements.deploymentApprovalEnvironments.
 */
export function trustWith(options: {
  logins: Record<string, string>
  signedRecords?: string[]
  deploymentApprovalEnvironments?: string[]
}): Record<string, Buffer> {
  const tree = trees.trust()
  const doc = parseDocument(tree[TRUST]!.toString('utf8'))
  const approvers = doc.get('approvers') as {
    items: { get(key: string): unknown; set(key: string, value: unknown): void }[]
  }
  for (const item of approvers.items) {
    const login = options.logins[String(item.get('id'))]
    if (login) item.set('github', login)
  }
  if (options.signedRecords) doc.setIn(['requirements', 'signedRecords'], options.signedRecords)
  if (options.deploymentApprovalEnvironments)
    doc.setIn(
      ['requirements', 'deploymentApprovalEnvironments'],
      options.deploymentApprovalEnvironments
    )
  return { ...tree, [TRUST]: Buffer.from(doc.toString()) }
}
