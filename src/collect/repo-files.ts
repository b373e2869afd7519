/**
 * Reading a repository at a given commit through the contents API, never through a checkout:
 * the PR head (evidence) and the base commit (trust) are fetched into separate temp dirs.
 * Paths are checked before anything is written, sizes and counts are bounded, symlinks and
 * submodules are not followed.
 */
import { join, posix } from 'node:path'
import { GateError } from '../shared/errors.js'
import { isObject } from '../shared/values.js'
import { streamToFile } from './download.js'
import { api, apiError, entryError, shapeError, statusOf, type GitHubClient } from './api.js'
import type { CollectFinding } from './types.js'

export interface RepoRef {
  owner: string
  repo: string
  /** Commit sha, branch or tag. */
  ref: string
}

export const LIMITS = {
  /** One evidence or trust file. */
  fileBytes: 16 * 1024 * 1024,
  /** All files of one package. */
  packageBytes: 64 * 1024 * 1024,
  /** Files in one package. */
  packageFiles: 500,
  /** Directory depth inside one package. */
  depth: 8
}

/** A repository-relative path that is safe to fetch and to mirror on disk. */
export function isSafeRepoPath(path: string): boolean {
  if (!path || path.startsWith('/') || path.includes('\\') || path.includes('\0')) return false
  return path.split('/').every(part => part !== '' && part !== '.' && part !== '..')
}

/** Joins repository paths, normalised; '' is the repository root. */
export const repoJoin = (...parts: string[]): string =>
  posix
    .normalize(parts.filter(Boolean).join('/'))
    .replace(/^\.\/?$/, '')
    .replace(/\/+$/, '')

const contentsPath = (path: string) => path.split('/').map(encodeURIComponent).join('/')

/** Where the repository path `repoPath` goes under the local directory `destDir`. */
export const localPath = (destDir: string, repoPath: string) =>
  join(destDir, ...repoPath.split('/'))

/** Downloads one file's raw bytes to `dest`. Returns null when the file does not exist. */
export async function fetchFile(
  client: GitHubClient,
  at: RepoRef,
  path: string,
  dest: string,
  maxBytes = LIMITS.fileBytes
): Promise<{ size: number; sha256: string } | null> {
  if (!isSafeRepoPath(path)) {
    throw new GateError('PATH_OUTSIDE_ROOT', 'not a plain relative path', { file: path })
  }
  let response
  try {
    response = await client.request(`GET /repos/{owner}/{repo}/contents/${contentsPath(path)}`, {
      owner: at.owner,
      repo: at.repo,
      ref: at.ref,
      headers: { accept: 'application/vnd.github.raw+json' },
      request: { parseSuccessResponseBody: false }
    })
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw apiError(`reading ${path} at ${at.ref}`, error)
  }
  const got = await streamToFile(response.data, dest, maxBytes, path)
  return { size: got.size, sha256: got.sha256 }
}

export interface DirEntry {
  type: 'file' | 'dir' | 'symlink' | 'submodule'
  name: string
  path: string
}

/** The most entries the contents API lists of one directory; it says nothing of the others. */
const CONTENTS_LIST_MAX = 1000

/** Where a listing was read and what to do when it is at the limit, for the error. */
interface ListingUse {
  file: string
  field?: string
  fix: string
  /** The directory and commit, when the message names them. */
  listed?: { dir: string; at: RepoRef }
}

/**
 * A listing at the API's limit may have been cut short: an error naming `file` (and `field`),
 * never a listing taken as whole.
 */
export function refuseCutListing(entries: readonly DirEntry[], use: ListingUse): void {
  if (entries.length < CONTENTS_LIST_MAX) return
  const place = use.listed
    ? ` in ${use.listed.dir || '/'} at ${use.listed.at.ref.slice(0, 12)}`
    : ''
  throw new GateError(
    'FILE_TOO_LARGE',
    `${entries.length} entries${place}, and the contents API lists at most ${CONTENTS_LIST_MAX}: ${use.fix}`,
    { file: use.file, ...(use.field ? { field: use.field } : {}) }
  )
}

/**
 * The entry named `name` in the listing of `dir` at `at`; undefined when the listing does not
 * hold it. An entry a listing at the limit lacks may still be there: refuseCutListing.
 */
export function listedEntry(
  entries: readonly DirEntry[],
  name: string,
  where: { dir: string; at: RepoRef; file: string; field?: string; fix: string }
): DirEntry | undefined {
  const { dir, at, ...use } = where
  const entry = entries.find(e => e.name === name)
  if (!entry) refuseCutListing(entries, { ...use, listed: { dir, at } })
  return entry
}

/** What the contents API answers for a path that is not a directory: that one entry. */
const NOT_A_DIRECTORY = new Set(['file', 'symlink', 'submodule'])

/**
 * Lists one directory; null when it does not exist (or is a file, symlink or submodule). Any
 * other answer than a list or such an entry is an error, never taken for "no directory".
 */
export async function listDir(
  client: GitHubClient,
  at: RepoRef,
  path: string
): Promise<DirEntry[] | null> {
  const what = `listing ${path || '/'} at ${at.ref}`
  let data: unknown
  try {
    const response = await client.request(
      path
        ? `GET /repos/{owner}/{repo}/contents/${contentsPath(path)}`
        : 'GET /repos/{owner}/{repo}/contents',
      { owner: at.owner, repo: at.repo, ref: at.ref }
    )
    data = response.data
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw apiError(what, error)
  }
  if (!Array.isArray(data)) {
    if (isObject(data) && typeof data.type === 'string' && NOT_A_DIRECTORY.has(data.type))
      return null
    throw shapeError(what, 'a list of entries or one file')
  }
  return data.map((entry: unknown, i) => {
    if (!isObject(entry)) throw entryError(what, i, 'entry')
    const { type, name, path: entryPath } = entry
    if (typeof type !== 'string') throw entryError(what, i, 'type')
    if (typeof name !== 'string') throw entryError(what, i, 'name')
    if (typeof entryPath !== 'string') throw entryError(what, i, 'path')
    // A directory listing gives a submodule `type: file` (GitHub keeps it for compatibility); it
    // is the `file` without a download URL. Read as a file, its "bytes" would be GitHub's JSON
    // about the submodule.
    const submodule = type === 'file' && entry.download_url === null
    return { type: submodule ? 'submodule' : (type as DirEntry['type']), name, path: entryPath }
  })
}

/**
 * Mirrors a directory of the repository (an evidence package) into `destDir`.
 * Returns the files written (path relative to `dir`, sha256 of the bytes written) and the
 * repository paths skipped (symlinks, submodules).
 */
export async function fetchDirectory(
  client: GitHubClient,
  at: RepoRef,
  dir: string,
  destDir: string
): Promise<{ files: { path: string; sha256: string }[]; skipped: string[] }> {
  const files: { path: string; sha256: string }[] = []
  const skipped: string[] = []
  let total = 0
  const walk = async (sub: string, depth: number): Promise<void> => {
    if (depth > LIMITS.depth) {
      throw new GateError('FILE_TOO_LARGE', `directories nested deeper than ${LIMITS.depth}`, {
        file: repoJoin(dir, sub)
      })
    }
    const entries = await listDir(client, at, repoJoin(dir, sub))
    if (!entries)
      throw new GateError('FILE_NOT_FOUND', `directory not readable at ${at.ref}: HTTP 404`, {
        file: repoJoin(dir, sub)
      })
    // A package read without the rest of a cut listing would be judged on less than it holds.
    refuseCutListing(entries, {
      file: repoJoin(dir, sub),
      fix: 'the package may hold more than was listed'
    })
    for (const entry of entries) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name
      const full = repoJoin(dir, rel)
      if (!isSafeRepoPath(rel) || entry.name.includes('/') || entry.path !== full) {
        throw new GateError('PATH_OUTSIDE_ROOT', 'unexpected entry name from the contents API', {
          file: full
        })
      }
      if (entry.type === 'dir') {
        await walk(rel, depth + 1)
      } else if (entry.type === 'file') {
        if (files.length >= LIMITS.packageFiles) {
          throw new GateError('FILE_TOO_LARGE', `more than ${LIMITS.packageFiles} files`, {
            file: dir
          })
        }
        const got = await fetchFile(client, at, full, localPath(destDir, rel))
        if (!got)
          throw new GateError('FILE_NOT_FOUND', `listed but not readable at ${at.ref}: HTTP 404`, {
            file: full
          })
        total += got.size
        if (total > LIMITS.packageBytes) {
          throw new GateError(
            'FILE_TOO_LARGE',
            `package larger than ${LIMITS.packageBytes} bytes`,
            { file: dir }
          )
        }
        files.push({ path: rel, sha256: got.sha256 })
      } else {
        skipped.push(full)
      }
    }
  }
  await walk('', 0)
  return { files, skipped }
}

/** The warning for each entry fetchDirectory skipped (a symlink or submodule is not followed). */
export const skippedFindings = (skipped: readonly string[]): CollectFinding[] =>
  skipped.map(path => ({
    rule: 'gate.entry_skipped',
    severity: 'warning',
    message: `${path} is a symlink or submodule; it was not followed.`,
    file: path
  }))

/**
 * Pages through a list endpoint, with a bound on the number of items, and reads the items as the
 * API answered them with `read`, which checks the fields it reads (entryError names an entry
 * without).
 */
export async function paginateAll<T>(
  client: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  what: string,
  read: (entries: readonly unknown[], what: string) => T,
  maxItems = 10_000
): Promise<T> {
  const entries = await api(what, async () => {
    const items: unknown[] = []
    for await (const page of client.paginate.iterator(route, { ...params, per_page: 100 })) {
      if (!Array.isArray(page.data)) throw shapeError(what, 'a list')
      items.push(...(page.data as unknown[]))
      if (items.length > maxItems)
        throw new GateError('GITHUB_API', `${what}: more than ${maxItems} items`)
    }
    return items
  })
  return read(entries, what)
}
