/**
 * pull_request / pull_request_target / pull_request_review (a review is gated as its PR): the
 * change is the PR's files.
 *
 * - The changed files are those between the payload's base and head commits, never the PR as it
 *   stands when the run asks (a push after the event, or a review run long after it, would list
 *   another commit's files against the head judged): the compare API
 *   (`compare/{base.sha}...{head.sha}`, from their merge base to the head, as a PR shows it;
 *   renamed files count under both names, removed files mark their package as changed). That API
 *   lists at most 300 files: when it lists that many, the complete change is taken from the git
 *   trees of the merge base and the head commit instead (never a partial list).
 * - Package files are fetched from the head commit through the contents API, never from a
 *   checkout, so the workflow need not (and under pull_request_target must not) check out the
 *   PR. The trust configuration, policy and data come from the base commit.
 */
import { isObject } from '../shared/values.js'
import { api, entryError, payloadError, payloadObject, shapeError } from './api.js'
import { collectChange } from './change.js'
import type { ConfigInputs } from './config.js'
import { fetchConfiguration } from './config.js'
import type { RepoRef } from './repo-files.js'
import { diffCommits, type ChangedFile, type TreeEntry } from './tree-diff.js'
import type { Collector } from './types.js'

/** GitHub's compare API lists at most this many files of a comparison. */
export const MAX_COMPARE_FILES = 300

const SHA = /^[0-9a-f]{40}$/

interface PullPayload {
  number: number
  head: { sha: string; ref: string; repo: { name: string; owner: { login: string } } | null }
  base: { sha: string; repo: { name: string; owner: { login: string } } }
}

/**
 * The PR files or compare API's entries as changed files: each an object with a filename, a status and,
 * when renamed, a previous_filename, all strings (entryError names an entry without).
 */
export function changedFiles(entries: readonly unknown[], what: string): ChangedFile[] {
  return entries.map((entry, i) => {
    if (!isObject(entry)) throw entryError(what, i, 'file')
    const { filename, status, previous_filename: previous } = entry
    if (typeof filename !== 'string' || filename === '') throw entryError(what, i, 'filename')
    if (typeof status !== 'string' || status === '') throw entryError(what, i, 'status')
    if (previous !== undefined && previous !== null && typeof previous !== 'string')
      throw entryError(what, i, 'previous_filename')
    return { filename, status, ...(previous ? { previous_filename: previous } : {}) }
  })
}

export interface PullRequestOptions extends ConfigInputs {
  /** pull_request, pull_request_target or pull_request_review (all gated alike). */
  eventName: string
  evidence: string
  owner: string
  repo: string
  tempRoot: string
}

export const collectPullRequest: Collector<PullRequestOptions> = async (
  client,
  payload,
  options
) => {
  const pr = payloadObject<PullPayload>(
    payload,
    'pull_request',
    ' with head and base',
    p => typeof p.number === 'number' && !!p.head?.sha && !!p.base?.sha
  )
  for (const side of ['head', 'base'] as const) {
    if (!SHA.test(pr[side].sha)) {
      throw payloadError('expected a 40-character commit sha', `pull_request.${side}.sha`)
    }
  }
  const base: RepoRef = { owner: options.owner, repo: options.repo, ref: pr.base.sha }
  // The head commit is readable from the head repository; when a fork is gone, the base
  // repository still serves it (refs/pull/N/head).
  const head: RepoRef = pr.head.repo
    ? { owner: pr.head.repo.owner.login, repo: pr.head.repo.name, ref: pr.head.sha }
    : { owner: options.owner, repo: options.repo, ref: pr.head.sha }
  if (pr.head.repo && (typeof pr.head.ref !== 'string' || pr.head.ref === ''))
    throw payloadError('expected the head branch name', 'pull_request.head.ref')
  const headBranch = pr.head.repo ? { owner: head.owner, repo: head.repo, ref: pr.head.ref } : null

  // The change between the two commits the payload names (both immutable), in the base
  // repository, which serves the commits of its forks' PRs. One request without paging
  // parameters: paging is for the comparison's commits, and a file list cut to a page would read
  // as a complete change smaller than 300 files (a pass for what it leaves out).
  const what = `comparing ${pr.base.sha.slice(0, 7)}...${pr.head.sha.slice(0, 7)} (PR #${pr.number})`
  const compared = await api(what, async () => {
    const response = await client.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      owner: options.owner,
      repo: options.repo,
      basehead: `${pr.base.sha}...${pr.head.sha}`
    })
    return response.data as unknown
  })
  const mergeBase = (compared as { merge_base_commit?: { sha?: unknown } } | null)
    ?.merge_base_commit?.sha
  const files = (compared as { files?: unknown } | null)?.files
  if (typeof mergeBase !== 'string' || !SHA.test(mergeBase) || !Array.isArray(files)) {
    throw shapeError(what, 'a comparison with its merge base commit and a list of files')
  }
  let changed = changedFiles(files, what)
  let listedBy = `the compare API for ${pr.base.sha.slice(0, 7)}...${pr.head.sha.slice(0, 7)} (${changed.length} files)`
  let headTree: Map<string, TreeEntry> | undefined
  if (changed.length >= MAX_COMPARE_FILES) {
    const from: RepoRef = { owner: options.owner, repo: options.repo, ref: mergeBase }
    ;({ changed, headTree } = await diffCommits(client, from, head))
    listedBy = `the git trees of the merge base ${mergeBase.slice(0, 7)} and the head ${pr.head.sha.slice(0, 7)} (the compare API lists at most ${MAX_COMPARE_FILES} files)`
  }

  const config = await fetchConfiguration(client, base, options, options.tempRoot)
  return collectChange(client, {
    source: 'pull_request',
    subject: `PR #${pr.number} (${pr.head.sha.slice(0, 7)})`,
    noun: 'This PR',
    event: payload.action ? `${options.eventName}.${String(payload.action)}` : options.eventName,
    head,
    changed,
    ...(headTree ? { headTree } : {}),
    listedBy,
    evidence: options.evidence,
    config,
    tempRoot: options.tempRoot,
    pullRequest: { owner: options.owner, repo: options.repo, number: pr.number, headBranch }
  })
}
