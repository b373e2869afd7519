/**
 * merge_group and push: the change is everything between two commits, listed from their git
 * trees (complete, unlike the compare API's 300 files), judged like a pull request: packages
 * the change adds or changes are read at the head commit through the API, and the trust
 * configuration, policy and data come from the commit the change is based on, never from the
 * commit under test:
 *
 * - merge_group: `merge_group.base_sha` -> `merge_group.head_sha`;
 * - push: `before` -> `after`; when `before` is all zeros (a new branch or tag), the default
 *   branch's commit -> `after`. A push that deletes a ref has nothing to gate.
 *
 * A push's configuration is read at `before` only when the push updates the default branch.
 * On any other ref `before` is that ref's previous tip, which an earlier push may have given an
 * edited trust file (flagged then, but left on the ref): the next push would be judged by it.
 * There the configuration comes from the default branch's commit.
 */
import { defaultBranchOf, payloadError, payloadObject, type GitHubClient } from './api.js'
import { collectChange } from './change.js'
import { fetchConfiguration, isZeroSha, resolveBranch, type ConfigInputs } from './config.js'
import type { RepoRef } from './repo-files.js'
import { diffCommits } from './tree-diff.js'
import type { Collected, Collector } from './types.js'

export interface CommitsOptions extends ConfigInputs {
  evidence: string
  owner: string
  repo: string
  tempRoot: string
}

const SHA = /^[0-9a-f]{40}$/

function shaField(value: unknown, field: string): string {
  if (typeof value !== 'string' || !SHA.test(value)) {
    throw payloadError('expected a 40-character commit sha', field)
  }
  return value
}

async function collectBetween(
  client: GitHubClient,
  options: CommitsOptions,
  what: { source: 'merge_group' | 'push'; subject: string; noun: string; event: string },
  baseSha: string,
  headSha: string,
  configSha: string = baseSha
): Promise<Collected> {
  const at = (ref: string): RepoRef => ({ owner: options.owner, repo: options.repo, ref })
  const { changed, headTree } = await diffCommits(client, at(baseSha), at(headSha))
  const config = await fetchConfiguration(client, at(configSha), options, options.tempRoot)
  return collectChange(client, {
    ...what,
    head: at(headSha),
    changed,
    headTree,
    listedBy: `the git trees of ${baseSha.slice(0, 7)} and ${headSha.slice(0, 7)}`,
    evidence: options.evidence,
    config,
    tempRoot: options.tempRoot
  })
}

export const collectMergeGroup: Collector<CommitsOptions> = async (client, payload, options) => {
  const group = payloadObject<Record<string, unknown>>(payload, 'merge_group')
  const base = shaField(group.base_sha, 'merge_group.base_sha')
  const head = shaField(group.head_sha, 'merge_group.head_sha')
  return collectBetween(
    client,
    options,
    {
      source: 'merge_group',
      subject: `merge group ${head.slice(0, 7)}`,
      noun: 'This merge group',
      event: `merge_group.${String(payload.action ?? 'checks_requested')}`
    },
    base,
    head
  )
}

/** null: the push deletes a ref, nothing to gate. */
export const collectPush: Collector<CommitsOptions, Collected | null> = async (
  client,
  payload,
  options
) => {
  if (isZeroSha(payload.after) || payload.deleted === true) return null
  const after = shaField(payload.after, 'after')
  const defaultBranch = defaultBranchOf(payload, 'push')
  const defaultTip = () => resolveBranch(client, options.owner, options.repo, defaultBranch)
  let before: string
  let configSha: string
  if (isZeroSha(payload.before)) {
    before = configSha = await defaultTip()
    if (before === after) {
      throw payloadError(
        `the push creates ${String(payload.ref)} at the default branch's own commit: there is no earlier commit to read the gate configuration from`,
        'before'
      )
    }
  } else {
    before = shaField(payload.before, 'before')
    configSha = payload.ref === `refs/heads/${defaultBranch}` ? before : await defaultTip()
  }
  return collectBetween(
    client,
    options,
    {
      source: 'push',
      subject: `push ${after.slice(0, 7)} to ${String(payload.ref ?? '')}`.trim(),
      noun: 'This push',
      event: 'push'
    },
    before,
    after,
    configSha
  )
}
