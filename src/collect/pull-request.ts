/**
 * pull_request / pull_request_target / pull_request_review (a review is gated as its PR): the
 * change is the PR's files.
 *
 * - The changed files come from the PR files API (every page; renamed files count under both
 *   names, removed files mark their package as changed). That API lists at most 3000 files: when
 *   it lists fewer than the payload's `changed_files`, or reaches the cap, the complete change is
 *   taken from the git trees of the base and head commits instead (never a partial list).
 * - Package files are fetched from the head commit through the contents API, never from a
 *   checkout, so the workflow need not (and under pull_request_target must not) check out the
 *   PR. The trust configuration, policy and data come from the base commit.
 */
import { isObject } from '../shared/values.js'
import { entryError, payloadObject } from './api.js'
import { collectChange } from './change.js'
import type { ConfigInputs } from './config.js'
import { fetchConfiguration } from './config.js'
import { paginateAll, type RepoRef } from './repo-files.js'
import { diffCommits, type ChangedFile, type TreeEntry } from './tree-diff.js'
import type { Collector } from './types.js'

/** GitHub's PR files API lists at most this many files. */
export const MAX_PR_FILES = 3000

interface PullPayload {
  number: number
  changed_files?: number
  head: { sha: string; repo: { name: string; owner: { login: string } } | null }
  base: { sha: string; repo: { name: string; owner: { login: string } } }
}

/**
 * The PR files API's entries as changed files: each an object with a filename, a status and,
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
  const base: RepoRef = { owner: options.owner, repo: options.repo, ref: pr.base.sha }
  // The head commit is readable from the head repository; when a fork is gone, the base
  // repository still serves it (refs/pull/N/head).
  const head: RepoRef = pr.head.repo
    ? { owner: pr.head.repo.owner.login, repo: pr.head.repo.name, ref: pr.head.sha }
    : { owner: options.owner, repo: options.repo, ref: pr.head.sha }

  let changed = await paginateAll(
    client,
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    { owner: options.owner, repo: options.repo, pull_number: pr.number },
    `listing the files of PR #${pr.number}`,
    changedFiles,
    MAX_PR_FILES
  )
  let listedBy = `the PR files API (${changed.length} files)`
  let headTree: Map<string, TreeEntry> | undefined
  const expected = typeof pr.changed_files === 'number' ? pr.changed_files : undefined
  if (changed.length >= MAX_PR_FILES || (expected !== undefined && changed.length < expected)) {
    const listed = changed.length
    ;({ changed, headTree } = await diffCommits(client, base, head))
    listedBy = `the git trees of the base and head commits (the PR files API listed ${listed} of ${expected ?? 'more'})`
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
    pullRequest: { owner: options.owner, repo: options.repo, number: pr.number }
  })
}
