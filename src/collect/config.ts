/**
 * The one place the gate's configuration (trust configuration and its key files, the policy when
 * it is a path, the data files, the retained reports) is read from a trusted commit through the API, for every event
 * that reads it from GitHub (pull_request, pull_request_target, merge_group, push, release).
 * Each part goes into its own temp dir; the report names each by repository path and commit,
 * never by the temp copy, so the same inputs give the same report.
 */
import { mkdtemp } from '../shared/fs-async.js'
import { join } from 'node:path'
import { GateError } from '../shared/errors.js'
import { isObject } from '../shared/values.js'
import { api, shapeError, type GitHubClient } from './api.js'
import type { RepoRef } from './repo-files.js'
import {
  fetchDataFiles,
  fetchPolicy,
  fetchReports,
  fetchTrust,
  touchesConfiguration,
  type FetchedData,
  type FetchedPolicy,
  type FetchedReports,
  type FetchedTrust
} from './trust.js'

import type { Collected } from './types.js'

export interface ConfigInputs {
  trust: string
  /** 'builtin' or a repository path. */
  policy: string
  /** Data file repository paths. */
  data: string[]
  /** Retained report repository paths (files or directories); [] for none. */
  reports: string[]
}

export interface GateConfiguration {
  /** The commit everything was read at. */
  at: RepoRef
  trust: FetchedTrust
  policy?: FetchedPolicy
  data: FetchedData[]
  reports: FetchedReports[]
  trustSource: string
  policySource: string
  dataSources: string[]
  /** Whether a changed repository path is part of this configuration. */
  touches: (path: string) => boolean
}

/** The part of what collect hands the gate that the configuration gives, alike for every event. */
export const configurationFields = (
  config: GateConfiguration
): Pick<
  Collected,
  | 'trustFile'
  | 'trustSource'
  | 'policy'
  | 'policySource'
  | 'dataFiles'
  | 'dataSources'
  | 'approvedReports'
  | 'approvedReportSources'
> => ({
  trustFile: config.trust.file,
  trustSource: config.trustSource,
  ...(config.policy ? { policy: config.policy.local } : {}),
  policySource: config.policySource,
  dataFiles: config.data.map(d => d.local),
  dataSources: config.dataSources,
  approvedReports: config.reports.map(r => r.local),
  approvedReportSources: config.reports.map(r => r.repoPath)
})

const ZERO_SHA = /^0{40}$/
export const isZeroSha = (sha: unknown): boolean => typeof sha === 'string' && ZERO_SHA.test(sha)

const COMMIT_SHA = /^[0-9a-f]{40}$/

/**
 * The git object a ref or an annotated tag points at, as the git database API answers `asked`
 * (shapeError otherwise).
 */
function pointedObject(data: unknown, asked: string): { type: string; sha: string } {
  const object = isObject(data) && isObject(data.object) ? data.object : {}
  const { type, sha } = object
  if (typeof type !== 'string' || typeof sha !== 'string' || !COMMIT_SHA.test(sha)) {
    throw shapeError(asked, 'an object with a type and a 40-character sha')
  }
  return { type, sha }
}

/** `ref` points at a `type` (a tree, a blob...) where a commit was expected. */
const notACommit = (asked: string, ref: string, type: string): GateError =>
  new GateError('GITHUB_API', `GitHub API ${asked}: ${ref} points at a ${type}, not a commit`)

/** Annotated tags pointing at annotated tags are followed this far, no further. */
const MAX_TAG_DEPTH = 8

/**
 * The commit a branch or a tag names now, so that every read uses the same one: read by its full
 * name (refs/heads/<name>, refs/tags/<name>), through the annotated tag objects on the way. A
 * short name is ambiguous where a branch and a tag share it (git takes the tag): whoever may push
 * a tag named like the default branch must not choose the commit the gate configuration is read
 * from, nor a branch named like a release tag the package; and a tag moved while the run reads
 * cannot mix two commits' files.
 */
async function resolveRef(
  client: GitHubClient,
  at: { owner: string; repo: string },
  kind: 'branch' | 'tag',
  name: string
): Promise<string> {
  const ref = `${kind === 'branch' ? 'heads' : 'tags'}/${name}`
  const asked = `resolving ${kind} ${name} (refs/${ref}) to a commit`
  return api(asked, async () => {
    const response = await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...at, ref })
    let object = pointedObject(response.data, asked)
    for (let depth = 0; object.type === 'tag'; depth++) {
      if (depth === MAX_TAG_DEPTH) {
        throw new GateError(
          'GITHUB_API',
          `GitHub API ${asked}: refs/${ref} reaches no commit within ${MAX_TAG_DEPTH} annotated tags`
        )
      }
      const tagObject = await client.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', {
        ...at,
        tag_sha: object.sha
      })
      object = pointedObject(tagObject.data, asked)
    }
    if (object.type !== 'commit') throw notACommit(asked, `refs/${ref}`, object.type)
    return object.sha
  })
}

/** The commit at the tip of `branch` (resolveRef). */
export const resolveBranch = (
  client: GitHubClient,
  owner: string,
  repo: string,
  branch: string
): Promise<string> => resolveRef(client, { owner, repo }, 'branch', branch)

/** The commit tag `tag` names (resolveRef), never a branch of the same name. */
export const resolveTag = (
  client: GitHubClient,
  owner: string,
  repo: string,
  tag: string
): Promise<string> => resolveRef(client, { owner, repo }, 'tag', tag)

/** `path at <commit>`: how a report names a configuration file. */
export const sourceLabel = (repoPath: string, at: RepoRef): string => `${repoPath} at ${at.ref}`

/**
 * The configuration at the default branch's tip (resolveBranch, then fetchConfiguration): what a
 * release, and a workspace event with configuration-from: default-branch, are judged by.
 */
export async function fetchDefaultBranchConfiguration(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  defaultBranch: string,
  inputs: ConfigInputs,
  tempRoot: string
): Promise<GateConfiguration> {
  const ref = await resolveBranch(client, repository.owner, repository.repo, defaultBranch)
  return fetchConfiguration(client, { ...repository, ref }, inputs, tempRoot)
}

/** Reads trust, policy, data and retained reports at one commit, each into its own temp dir under tempRoot. */
export async function fetchConfiguration(
  client: GitHubClient,
  at: RepoRef,
  inputs: ConfigInputs,
  tempRoot: string
): Promise<GateConfiguration> {
  // Each part in its own temporary folder below tempRoot.
  const into = async <T>(part: string, fetch: (dir: string) => Promise<T>): Promise<T> =>
    fetch(await mkdtemp(join(tempRoot, `update-gate-${part}-`)))
  const trust = await into('trust', dir => fetchTrust(client, at, inputs.trust, dir))
  const policy =
    inputs.policy === 'builtin'
      ? undefined
      : await into('policy', dir => fetchPolicy(client, at, inputs.policy, dir))
  const data = inputs.data.length
    ? await into('data', dir => fetchDataFiles(client, at, inputs.data, dir))
    : []
  const reports = inputs.reports.length
    ? await into('reports', dir => fetchReports(client, at, inputs.reports, dir))
    : []
  return {
    at,
    trust,
    ...(policy ? { policy } : {}),
    data,
    reports,
    trustSource: sourceLabel(inputs.trust, at),
    policySource: policy ? sourceLabel(policy.repoPath, at) : 'built-in',
    dataSources: data.map(d => sourceLabel(d.repoPath, at)),
    touches: path => touchesConfiguration(path, trust, policy, data, reports)
  }
}
