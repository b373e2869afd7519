/**
 * pull_request / pull_request_target: which evidence packages does the PR add or change?
 *
 * - The changed files come from the API (`pulls.listFiles`, every page; renamed files count
 *   under both names, removed files mark their package as changed).
 * - A package is the nearest directory above a changed file that holds update-evidence.yaml at
 *   the PR head; `evidence` (globs) narrows which directories count.
 * - Package files are fetched from the head commit through the contents API, never from a
 *   checkout, so the workflow need not (and under pull_request_target must not) check out the
 *   PR. The trust configuration comes from the base commit into a separate temp dir.
 * - A PR that edits the trust configuration (or a key file it names, the policy or a data
 *   file) gets a violation: that
 *   change needs its own review and cannot pass the gate in the same PR.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { GateError } from '../shared/errors.js'
import { matchesAny, splitPatterns } from './glob.js'
import type { GitHubClient } from './api.js'
import { fetchDirectory, isSafeRepoPath, listDir, paginateAll, type RepoRef } from './repo-files.js'
import {
  fetchDataFiles,
  fetchPolicy,
  fetchTrust,
  touchesConfiguration,
  type FetchedData,
  type FetchedPolicy
} from './trust.js'
import type { Collected, CollectFinding, CollectedPackage } from './types.js'

import { INDEX_FILE } from '../contracts/evidence-package.js'
/** The API returns at most 3000 files for a PR; more cannot be judged. */
const MAX_PR_FILES = 3000
const MAX_CANDIDATE_DIRS = 500

interface PullFile {
  filename: string
  status: string
  previous_filename?: string
}

interface PullPayload {
  number: number
  head: { sha: string; repo: { name: string; owner: { login: string } } | null }
  base: { sha: string; repo: { name: string; owner: { login: string } } }
}

export interface PullRequestOptions {
  evidence: string
  trust: string
  /** 'builtin' or a repository path. */
  policy: string
  /** Data file repository paths. */
  data?: string[]
  owner: string
  repo: string
  tempRoot?: string
}

const ancestors = (path: string): string[] => {
  const out: string[] = []
  let dir = posix.dirname(path)
  for (;;) {
    out.push(dir === '.' ? '' : dir)
    if (dir === '.' || dir === '/' || dir === '') break
    dir = posix.dirname(dir)
  }
  return out
}

export async function collectPullRequest(
  client: GitHubClient,
  payload: Record<string, unknown>,
  options: PullRequestOptions
): Promise<Collected> {
  const pr = payload.pull_request as PullPayload | undefined
  if (!pr || typeof pr.number !== 'number' || !pr.head?.sha || !pr.base?.sha) {
    throw new GateError('USAGE', 'the event payload has no pull_request with head and base', {
      file: 'GITHUB_EVENT_PATH',
      field: 'pull_request'
    })
  }
  const base: RepoRef = { owner: options.owner, repo: options.repo, ref: pr.base.sha }
  // The head commit is readable from the head repository; when a fork is gone, the base
  // repository still serves it (refs/pull/N/head).
  const head: RepoRef = pr.head.repo
    ? { owner: pr.head.repo.owner.login, repo: pr.head.repo.name, ref: pr.head.sha }
    : { owner: options.owner, repo: options.repo, ref: pr.head.sha }

  const files = await paginateAll<PullFile>(
    client,
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    { owner: options.owner, repo: options.repo, pull_number: pr.number },
    `listing the files of PR #${pr.number}`,
    MAX_PR_FILES
  )
  const changed = new Set<string>()
  for (const f of files) {
    changed.add(f.filename)
    if (f.previous_filename) changed.add(f.previous_filename)
  }

  const tempRoot = options.tempRoot ?? process.env.RUNNER_TEMP ?? tmpdir()
  const trustDir = await mkdtemp(join(tempRoot, 'update-gate-trust-'))
  const findings: CollectFinding[] = []

  const trust = await fetchTrust(client, base, options.trust, trustDir)
  let policy: FetchedPolicy | undefined
  if (options.policy !== 'builtin') {
    policy = await fetchPolicy(
      client,
      base,
      options.policy,
      await mkdtemp(join(tempRoot, 'update-gate-policy-'))
    )
  }
  let data: FetchedData[] = []
  if (options.data?.length) {
    data = await fetchDataFiles(
      client,
      base,
      options.data,
      await mkdtemp(join(tempRoot, 'update-gate-data-'))
    )
  }
  const configurationChanged = [...changed]
    .filter(p => touchesConfiguration(p, trust, policy, data))
    .sort()
  for (const p of configurationChanged) {
    findings.push({
      rule: 'gate.trust_changed',
      severity: 'violation',
      message: `This PR changes ${p}, part of the gate configuration (trust, policy or data) that judges it. That change needs its own review and cannot pass the gate in the same PR; the evidence was judged with the base commit's version.`,
      file: p
    })
  }

  // Nearest ancestor directory holding the index at the head, for every changed path.
  const patterns = splitPatterns(options.evidence || '**')
  const hasIndex = new Map<string, Promise<boolean>>()
  const dirHasIndex = (dir: string): Promise<boolean> => {
    let known = hasIndex.get(dir)
    if (!known) {
      if (hasIndex.size >= MAX_CANDIDATE_DIRS) {
        throw new GateError(
          'GITHUB_API',
          `PR #${pr.number} touches more than ${MAX_CANDIDATE_DIRS} directories`
        )
      }
      known = listDir(client, head, dir).then(entries =>
        Boolean(entries?.some(e => e.name === INDEX_FILE && e.type === 'file'))
      )
      hasIndex.set(dir, known)
    }
    return known
  }
  const packageDirs = new Set<string>()
  const removedPackages: string[] = []
  for (const path of [...changed].sort()) {
    if (!isSafeRepoPath(path)) continue
    for (const dir of ancestors(path)) {
      if (!matchesAny(dir, patterns)) continue
      if (await dirHasIndex(dir)) {
        packageDirs.add(dir)
        break
      }
    }
    if (
      posix.basename(path) === INDEX_FILE &&
      files.some(f => f.filename === path && f.status === 'removed')
    ) {
      removedPackages.push(posix.dirname(path) === '.' ? '' : posix.dirname(path))
    }
  }
  for (const dir of removedPackages) {
    if (!packageDirs.has(dir)) {
      findings.push({
        rule: 'gate.package_removed',
        severity: 'info',
        message: `This PR removes the evidence package ${dir || '(repository root)'}; there is nothing to evaluate for it.`,
        file: dir ? `${dir}/${INDEX_FILE}` : INDEX_FILE
      })
    }
  }

  const packages: CollectedPackage[] = []
  for (const dir of [...packageDirs].sort()) {
    const dest = await mkdtemp(join(tempRoot, 'update-gate-pkg-'))
    const got = await fetchDirectory(client, head, dir, dest)
    for (const skipped of got.skipped) {
      findings.push({
        rule: 'gate.entry_skipped',
        severity: 'warning',
        message: `${skipped} is a symlink or submodule; it was not followed.`,
        file: skipped
      })
    }
    packages.push({ repoPath: dir, packageDir: dest, inRepository: true })
  }

  return {
    source: 'pull_request',
    subject: `PR #${pr.number} (${pr.head.sha.slice(0, 7)})`,
    packages,
    trustFile: trust.file,
    trustSource: `${options.trust} at base ${pr.base.sha.slice(0, 7)}`,
    ...(policy ? { policy: policy.local } : {}),
    policySource: policy ? `${policy.repoPath} at base ${pr.base.sha.slice(0, 7)}` : 'built-in',
    dataFiles: data.map(d => d.local),
    dataSources: data.map(d => `${d.repoPath} at base ${pr.base.sha.slice(0, 7)}`),
    change: {
      event: String(payload.action ? `pull_request.${String(payload.action)}` : 'pull_request'),
      gateConfigurationChanged: configurationChanged
    },
    findings,
    pullRequest: { owner: options.owner, repo: options.repo, number: pr.number }
  }
}
