/**
 * The complete list of what changed between two commits, from their git trees (one recursive
 * tree per commit, compared path by path). Used where a list API stops early: the PR files API
 * lists at most 3000 files and the compare API at most 300; merge_group and push have no list
 * at all. A tree GitHub answers as truncated cannot be compared completely: that is an error,
 * never a partial list; so is an answer of another shape or an entry without a path, type or sha.
 */
import { GateError } from '../shared/errors.js'
import { api, entryError, shapeError, type GitHubClient } from './api.js'
import { isObject } from '../shared/values.js'
import type { RepoRef } from './repo-files.js'

export interface ChangedFile {
  filename: string
  status: 'added' | 'modified' | 'removed' | 'renamed' | string
  previous_filename?: string
}

export interface TreeEntry {
  type: 'blob' | 'tree' | 'commit' | string
  sha: string
  /** Git's file mode: 100644/100755 a file, 120000 a symlink, 160000 a submodule, 040000 a tree. */
  mode?: string
}

/** What a checkout holds at a tree entry's path: a symlink or a submodule is not a plain file. */
export const entryKind = (entry: TreeEntry): 'symlink' | 'submodule' | 'other' =>
  entry.mode === '120000'
    ? 'symlink'
    : entry.type === 'commit' || entry.mode === '160000'
      ? 'submodule'
      : 'other'

/** Path -> entry for every entry of the commit's tree, recursively. */
export async function fetchTree(
  client: GitHubClient,
  at: RepoRef
): Promise<Map<string, TreeEntry>> {
  const what = `reading the git tree of ${at.owner}/${at.repo} at ${at.ref}`
  const data = await api(what, async () => {
    const response = await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      owner: at.owner,
      repo: at.repo,
      tree_sha: at.ref,
      recursive: '1'
    })
    return response.data as unknown
  })
  if (!isObject(data) || typeof data.truncated !== 'boolean' || !Array.isArray(data.tree)) {
    throw shapeError(what, 'a tree with a list of entries and whether it is truncated')
  }
  if (data.truncated) {
    throw new GateError(
      'GITHUB_API',
      `GitHub API ${what}: the tree is truncated (too many entries), so the change cannot be listed completely`
    )
  }
  const out = new Map<string, TreeEntry>()
  data.tree.forEach((entry: unknown, i) => {
    if (!isObject(entry)) throw entryError(what, i, 'entry')
    const { path, type, sha, mode } = entry
    if (typeof path !== 'string') throw entryError(what, i, 'path')
    if (typeof type !== 'string') throw entryError(what, i, 'type')
    if (typeof sha !== 'string') throw entryError(what, i, 'sha')
    if (mode !== undefined && typeof mode !== 'string') throw entryError(what, i, 'mode')
    out.set(path, { type, sha, ...(mode ? { mode } : {}) })
  })
  return out
}

/** Every file (blob, or submodule) added, modified or removed from `base` to `head`. */
export function diffTrees(
  base: Map<string, TreeEntry>,
  head: Map<string, TreeEntry>
): ChangedFile[] {
  const out: ChangedFile[] = []
  const isFile = (e: TreeEntry | undefined) => e !== undefined && e.type !== 'tree'
  for (const [path, entry] of head) {
    if (!isFile(entry)) continue
    const before = base.get(path)
    if (!isFile(before)) out.push({ filename: path, status: 'added' })
    else if (
      before!.sha !== entry.sha ||
      before!.type !== entry.type ||
      before!.mode !== entry.mode
    )
      out.push({ filename: path, status: 'modified' })
  }
  for (const [path, entry] of base) {
    if (isFile(entry) && !isFile(head.get(path))) out.push({ filename: path, status: 'removed' })
  }
  return out.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0))
}

/** The complete change between two commits (each may live in its own repository, e.g. a fork). */
export async function diffCommits(
  client: GitHubClient,
  base: RepoRef,
  head: RepoRef
): Promise<{ changed: ChangedFile[]; headTree: Map<string, TreeEntry> }> {
  const [baseTree, headTree] = [await fetchTree(client, base), await fetchTree(client, head)]
  return { changed: diffTrees(baseTree, headTree), headTree }
}
