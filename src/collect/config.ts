/**
 * The one place the gate's configuration (trust configuration and its key files, the policy when
 * it is a path, the data files, the retained reports) is read from a trusted commit through the API, for every event
 * that reads it from GitHub (pull_request, pull_request_target, merge_group, push, release).
 * Each part goes into its own temp dir; the report names each by repository path and commit,
 * never by the temp copy, so the same inputs give the same report.
 */
import { mkdtemp } from '../shared/fs-async.js'
import { join } from 'node:path'
import { api, type GitHubClient } from './api.js'
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

/** The commit a branch, tag or sha names now (one API call), so that every read uses the same one. */
export async function resolveCommit(
  client: GitHubClient,
  owner: string,
  repo: string,
  ref: string
): Promise<string> {
  return api(`resolving ${ref} to a commit`, async () => {
    const response = await client.request('GET /repos/{owner}/{repo}/commits/{ref}', {
      owner,
      repo,
      ref
    })
    const sha = String((response.data as { sha?: unknown }).sha)
    if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`unexpected answer "${sha.slice(0, 60)}"`)
    return sha
  })
}

/** `path at <commit>`: how a report names a configuration file. */
export const sourceLabel = (repoPath: string, at: RepoRef): string => `${repoPath} at ${at.ref}`

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
