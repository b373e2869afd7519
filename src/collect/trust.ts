/**
 * The trust configuration is owned by whoever runs the gate: on a PR it is read from the base
 * commit, on a release from the default branch, always through the API into its own temp dir
 * (never from the change under review). The files it names (`publicKeyFile`,
 * `sigstore.trustedRoot`, relative to the trust file) come along from the same commit.
 */
import { readFileSync } from 'node:fs'
import { mkdir } from '../shared/fs-async.js'
import { join, posix } from 'node:path'
import { GateError } from '../shared/errors.js'
import { trustFileNames } from '../shared/trust-files.js'
import yamlLibrary from '../shared/yaml-library.cjs'
import type { GitHubClient } from './api.js'
import {
  fetchDirectory,
  fetchFile,
  isSafeRepoPath,
  listDir,
  listedEntry,
  localPath,
  refuseCutListing,
  type DirEntry,
  type RepoRef
} from './repo-files.js'

/** The files a trust document names (trustFileNames), as repository paths; unsafe ones dropped. */
export function namedFilesOf(trustText: string, trustPath: string): string[] {
  let doc: unknown
  try {
    doc = yamlLibrary().parse(trustText, { maxAliasCount: 50, uniqueKeys: true })
  } catch {
    return [] // the load stage reports the parse error with its location
  }
  const dir = posix.dirname(trustPath)
  const out: string[] = []
  for (const file of trustFileNames(doc)) {
    if (!isSafeRepoPath(file)) continue
    const full = posix.normalize(dir === '.' ? file : `${dir}/${file}`)
    if (isSafeRepoPath(full)) out.push(full)
  }
  return [...new Set(out)]
}

/** Refuses a path from the Action's inputs (`input`) that is not relative to the repository root. */
function assertRepoPath(path: string, what: string, input: string, shown = path): void {
  if (!isSafeRepoPath(path)) {
    throw new GateError('PATH_OUTSIDE_ROOT', `${what} must be relative to the repository root`, {
      file: shown,
      field: `input ${input}`
    })
  }
}

/**
 * Fetches what the Action's inputs name (`paths`: a path or a list) from the trusted commit `at`
 * into `destDir`.
 */
type Fetcher<Paths, Fetched> = (
  client: GitHubClient,
  at: RepoRef,
  paths: Paths,
  destDir: string
) => Promise<Fetched>

/** The local path under `destDir` of a path the Action's inputs (`input`) name, checked first. */
function checkedLocal(destDir: string, path: string, what: string, input: string, shown = path) {
  assertRepoPath(path, what, input, shown)
  return localPath(destDir, path)
}

/** What the Action's inputs (`input`) name is not at the trusted commit. */
const notFoundAt = (what: string, at: RepoRef, file: string, input: string) =>
  new GateError('FILE_NOT_FOUND', `${what} not found at ${at.ref.slice(0, 12)}`, {
    file,
    field: `input ${input}`
  })

/** A directory's entries at one commit (listDir), each directory asked once. */
type Listing = (dir: string) => Promise<DirEntry[] | null>

const listingAt = (client: GitHubClient, at: RepoRef): Listing => {
  const asked = new Map<string, Promise<DirEntry[] | null>>()
  return dir => {
    const known = asked.get(dir)
    if (known) return known
    const got = listDir(client, at, dir)
    asked.set(dir, got)
    return got
  }
}

/**
 * A configuration file as the trusted commit holds it: its directory's entry. A symlink or
 * submodule is no configuration file (fetchConfigFile).
 */
async function configEntry(
  at: RepoRef,
  path: string,
  listing: Listing,
  field: string
): Promise<DirEntry | undefined> {
  const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path)
  const entries = await listing(dir)
  return entries
    ? listedEntry(entries, posix.basename(path), {
        dir,
        at,
        file: path,
        field,
        fix: 'the file cannot be told from a symlink; move the configuration to a smaller directory'
      })
    : undefined
}

/** A symlink or submodule where the configuration needs a plain file (fetchConfigFile). */
const notAPlainFile = (path: string, at: RepoRef, field: string): GateError =>
  new GateError(
    'PATH_OUTSIDE_ROOT',
    `a symlink or submodule at ${at.ref.slice(0, 12)}, not a plain file; the gate reads its configuration only from plain files, so that a change to it is a change to the configured paths. Replace it with the file itself`,
    { file: path, field }
  )

/**
 * Fetches one configuration file from the trusted commit (null when the commit has none). Only a
 * plain file is read: the contents API answers a symlink with the bytes of the file it points
 * to, so a linked configuration would be whatever that other path holds, and a change to it
 * would pass the change control, which compares the configured paths (touchesConfiguration).
 */
async function fetchConfigFile(
  client: GitHubClient,
  at: RepoRef,
  path: string,
  dest: string,
  listing: Listing,
  field: string,
  maxBytes?: number
): Promise<{ size: number; sha256: string } | null> {
  const entry = await configEntry(at, path, listing, field)
  if (!entry) return null
  if (entry.type !== 'file') throw notAPlainFile(path, at, field)
  return fetchFile(client, at, path, dest, maxBytes)
}

export interface FetchedTrust {
  /** Local path of the trust file. */
  file: string
  /** Repository paths the trust configuration consists of (trust file, key files, trusted root). */
  repoPaths: string[]
}

export const fetchTrust: Fetcher<string, FetchedTrust> = async (client, at, trustPath, destDir) => {
  assertRepoPath(trustPath, 'the trust path', 'trust')
  const local = (p: string) => localPath(destDir, p)
  const listing = listingAt(client, at)
  if (!(await fetchConfigFile(client, at, trustPath, local(trustPath), listing, 'input trust'))) {
    throw notFoundAt('trust configuration', at, trustPath, 'trust')
  }
  const named = namedFilesOf(readFileSync(local(trustPath), 'utf8'), trustPath)
  for (const file of named) {
    // A missing file is left to the load stage, which names the field that points to it.
    await fetchConfigFile(client, at, file, local(file), listing, 'input trust')
  }
  return { file: local(trustPath), repoPaths: [trustPath, ...named] }
}

/** A file or directory fetched from the trusted commit: the policy, a data file, retained reports. */
export interface FetchedPath {
  /** Local path (file or directory) to hand to the gate. */
  local: string
  /** The repository path; a directory when `isDirectory`. */
  repoPath: string
  isDirectory: boolean
}

export type FetchedPolicy = FetchedPath

/**
 * A policy named by path (a bundle.tar.gz, a .wasm, or a directory of Rego), read from the
 * same trusted commit as the trust configuration.
 */
export const fetchPolicy: Fetcher<string, FetchedPolicy> = async (
  client,
  at,
  policyPath,
  destDir
) => {
  const path = policyPath.replace(/\/+$/, '')
  const local = checkedLocal(destDir, path, 'the policy path', 'policy', policyPath)
  const listing = listingAt(client, at)
  if (await listing(path)) {
    // A policy read without a file it links to would decide otherwise, unseen.
    const { skipped } = await fetchDirectory(client, at, path, local)
    if (skipped[0] !== undefined) throw notAPlainFile(skipped[0], at, 'input policy')
    return { local, repoPath: path, isDirectory: true }
  }
  if (await fetchConfigFile(client, at, path, local, listing, 'input policy', 64 * 1024 * 1024)) {
    return { local, repoPath: path, isDirectory: false }
  }
  throw notFoundAt('policy', at, path, 'policy')
}

/** A data file (never a directory). */
export type FetchedData = Omit<FetchedPath, 'isDirectory'>

/**
 * Data files (the `data` input) merged into the policy's data document, read from the same
 * trusted commit as the trust configuration and the policy. Order is kept: later files win.
 */
export const fetchDataFiles: Fetcher<string[], FetchedData[]> = async (
  client,
  at,
  dataPaths,
  destDir
) => {
  const out: FetchedData[] = []
  const fetched = new Set<string>()
  const listing = listingAt(client, at)
  for (const path of dataPaths) {
    const local = checkedLocal(destDir, path, 'a data file path', 'data')
    if (!fetched.has(path)) {
      if (!(await fetchConfigFile(client, at, path, local, listing, 'input data'))) {
        throw notFoundAt('data file', at, path, 'data')
      }
      fetched.add(path)
    }
    out.push({ local, repoPath: path })
  }
  return out
}

export type FetchedReports = FetchedPath

/** A retained report holds a whole policy output (as the load stage bounds it). */
const MAX_REPORT_BYTES = 64 * 1024 * 1024

/**
 * Retained reports (the `approved-reports` input): report files, or directories whose `*.json`
 * files are reports (subdirectories are not read, as for `--approved-reports`), read from the same
 * trusted commit as the trust configuration, never from the change under review. The load stage
 * validates each file and names it by its repository path.
 */
export const fetchReports: Fetcher<string[], FetchedReports[]> = async (
  client,
  at,
  paths,
  destDir
) => {
  const out: FetchedReports[] = []
  const listing = listingAt(client, at)
  for (const path of new Set(paths)) {
    // A file also inside a named folder is the same file at the same commit; the load stage reads it once.
    const local = checkedLocal(destDir, path, 'a retained report path', 'approved-reports')
    const entries = await listing(path)
    if (entries) {
      // Fewer reports read would mean fewer flags: a directory that may be cut short is an error.
      refuseCutListing(entries, {
        file: path,
        field: 'input approved-reports',
        fix: 'split the reports into directories of fewer entries and name each'
      })
      await mkdir(local, { recursive: true })
      for (const entry of entries) {
        if (!entry.name.endsWith('.json')) continue
        // A report left unread would be a flag left unraised.
        if (entry.type !== 'file') throw notAPlainFile(entry.path, at, 'input approved-reports')
        if (entry.name.includes('/') || entry.path !== `${path}/${entry.name}`) {
          throw new GateError('PATH_OUTSIDE_ROOT', 'unexpected entry name from the contents API', {
            file: entry.path,
            field: 'input approved-reports'
          })
        }
        const got = await fetchFile(
          client,
          at,
          entry.path,
          join(local, entry.name),
          MAX_REPORT_BYTES
        )
        if (!got)
          throw new GateError('FILE_NOT_FOUND', `listed but not readable at ${at.ref}: HTTP 404`, {
            file: entry.path,
            field: 'input approved-reports'
          })
      }
      out.push({ local, repoPath: path, isDirectory: true })
    } else if (
      await fetchConfigFile(
        client,
        at,
        path,
        local,
        listing,
        'input approved-reports',
        MAX_REPORT_BYTES
      )
    ) {
      out.push({ local, repoPath: path, isDirectory: false })
    } else {
      throw notFoundAt('retained report (file or directory)', at, path, 'approved-reports')
    }
  }
  return out
}

/** Whether a changed repository path is part of the gate's configuration. */
export function touchesConfiguration(
  changed: string,
  trust: FetchedTrust,
  policy: FetchedPolicy | undefined,
  data: FetchedData[] = [],
  reports: FetchedReports[] = []
): boolean {
  if (trust.repoPaths.includes(changed)) return true
  if (data.some(d => d.repoPath === changed)) return true
  if (
    reports.some(r =>
      r.isDirectory ? changed.startsWith(`${r.repoPath}/`) : changed === r.repoPath
    )
  )
    return true
  if (!policy) return false
  return policy.isDirectory
    ? changed.startsWith(`${policy.repoPath}/`)
    : changed === policy.repoPath
}
