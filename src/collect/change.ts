/**
 * A change under review (a pull request, a merge group, a push): which evidence packages does it
 * add or change, read at the head commit through the API, judged with the configuration of the
 * commit it is based on. Shared by every event that gates a change.
 *
 * - A package is the nearest directory above a changed file that holds update-evidence.yaml at
 *   the head; `evidence` (globs) narrows which directories count. A plain path must name a
 *   package at the head (or one the change removes), touched or not.
 * - Fails closed: a directory the head must hold (it contains a file the change adds or keeps)
 *   that the API does not serve is an error naming the directory and the HTTP status, never
 *   "no package".
 * - A change that edits the gate configuration (trust, a key file it names, the policy, a data
 *   file) gets a violation: it needs its own review and cannot pass the gate in the same change.
 */
import { mkdtemp } from '../shared/fs-async.js'
import { join, posix } from 'node:path'
import { INDEX_FILE } from '../contracts/evidence-package.js'
import { GateError } from '../shared/errors.js'
import type { GitHubClient } from './api.js'
import { configurationFields, type GateConfiguration } from './config.js'
import { isGlob, matchesAny, splitPatterns } from './glob.js'
import {
  fetchDirectory,
  isSafeRepoPath,
  listDir,
  listedEntry,
  repoJoin,
  skippedFindings,
  type DirEntry,
  type RepoRef
} from './repo-files.js'
import { entryKind, type ChangedFile, type TreeEntry } from './tree-diff.js'
import type { Collected, CollectFinding, CollectedPackage, PullRequestTarget } from './types.js'

const MAX_CANDIDATE_DIRS = 500

export interface ChangeRequest {
  source: 'pull_request' | 'merge_group' | 'push'
  /** "PR #12 (abc1234)", "merge group abc1234", "push abc1234". */
  subject: string
  /** "This PR", "This merge group", "This push": how findings name the change. */
  noun: string
  /** `input.change.event`, e.g. `pull_request.opened`. */
  event: string
  head: RepoRef
  /** Every file the change touches (complete: the caller makes sure of it). */
  changed: ChangedFile[]
  /** The head's complete tree, when the caller has it: no directory listing is needed then. */
  headTree?: Map<string, TreeEntry>
  /** How the change was listed, for the summary ("the PR files API", "the git trees"). */
  listedBy: string
  evidence: string
  config: GateConfiguration
  tempRoot: string
  pullRequest?: PullRequestTarget
}

/**
 * A GitHub Actions workflow file, or a file of a local action under .github/actions/ that a
 * workflow uses: the gate's own workflow is among them, and under `on: pull_request` the
 * change's version of it (and of the actions it uses) runs, with the inputs it chooses.
 */
export const isWorkflowFile = (path: string): boolean =>
  /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path) || /^\.github\/actions\//i.test(path)

/** The directories above a path, nearest first, ending with '' (the root). */
export const ancestors = (path: string): string[] => {
  const out: string[] = []
  let dir = posix.dirname(path)
  for (;;) {
    out.push(dir === '.' ? '' : dir)
    if (dir === '.' || dir === '/' || dir === '') break
    dir = posix.dirname(dir)
  }
  return out
}

export async function collectChange(client: GitHubClient, req: ChangeRequest): Promise<Collected> {
  const { head, config } = req
  // Paths the head holds: what the change adds or keeps, under their new names.
  const atHead = new Set<string>()
  const changed = new Set<string>()
  for (const f of req.changed) {
    changed.add(f.filename)
    if (f.previous_filename) changed.add(f.previous_filename)
    if (f.status !== 'removed') atHead.add(f.filename)
  }

  const findings: CollectFinding[] = []
  const configurationChanged = [...changed]
    .filter(p => config.touches(p) || isWorkflowFile(p))
    .sort()
  for (const p of configurationChanged) {
    findings.push({
      rule: 'gate.trust_changed',
      severity: 'violation',
      message: isWorkflowFile(p)
        ? `${req.noun} changes ${p}, a workflow or a local action a workflow uses: the workflow running the gate supplies its inputs (trust, policy, data, evidence, fail-on) from the change under review on pull_request. That change needs its own review and cannot pass the gate in the same change; protect the workflow files (docs/action.md, "The workflow file").`
        : `${req.noun} changes ${p}, part of the gate configuration (trust, policy or data) that judges it. That change needs its own review and cannot pass the gate in the same change; the evidence was judged with the configuration at ${config.at.ref}.`,
      file: p
    })
  }

  const patterns = splitPatterns(req.evidence || '**')
  const listings = new Map<string, Promise<DirEntry[] | null>>()
  const listing = (dir: string): Promise<DirEntry[] | null> => {
    let got = listings.get(dir)
    if (!got) {
      if (listings.size >= MAX_CANDIDATE_DIRS) {
        throw new GateError(
          'GITHUB_API',
          `${req.subject} touches more than ${MAX_CANDIDATE_DIRS} directories`
        )
      }
      got = listDir(client, head, dir)
      listings.set(dir, got)
    }
    return got
  }
  const notListed = (dir: string) =>
    new GateError(
      'GITHUB_API',
      `GitHub API listing ${dir || '/'} at ${head.ref} failed: HTTP 404; the change touches a file in it, so the evidence there cannot be read`,
      { file: dir || '/' }
    )
  const dirHasIndex = async (dir: string, mustExist: boolean): Promise<boolean> => {
    if (req.headTree) {
      return req.headTree.get(dir ? `${dir}/${INDEX_FILE}` : INDEX_FILE)?.type === 'blob'
    }
    const entries = await listing(dir)
    // A removed file's directory may be gone; one holding a file the head keeps may not.
    if (entries === null && mustExist) throw notListed(dir)
    if (!entries) return false
    // A symlink is an index too (as in a git tree, where it is a blob): fetching the package then
    // skips it and the package is an error, never "no package".
    const index = listedEntry(entries, INDEX_FILE, {
      dir,
      at: head,
      file: dir ? `${dir}/${INDEX_FILE}` : INDEX_FILE,
      fix: 'whether the directory holds an evidence package cannot be read; keep a package directory under 1000 entries'
    })
    return index?.type === 'file' || index?.type === 'symlink'
  }
  /** What the head holds at a path the change adds or keeps: missing is an error, never skipped. */
  const kindAtHead = async (path: string): Promise<'symlink' | 'submodule' | 'other'> => {
    if (req.headTree) {
      const entry = req.headTree.get(path)
      if (entry && entry.type !== 'tree') return entryKind(entry)
    } else {
      const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path)
      const entries = await listing(dir)
      if (entries === null) throw notListed(dir)
      const entry = listedEntry(entries, posix.basename(path), {
        dir,
        at: head,
        file: path,
        fix: 'what the change made of this file cannot be read; keep the directory under 1000 entries'
      })
      if (entry && entry.type !== 'dir')
        return entry.type === 'symlink' || entry.type === 'submodule' ? entry.type : 'other'
    }
    throw new GateError(
      'GITHUB_API',
      `listed as changed (${req.listedBy}) but not a file at ${head.ref}; the change cannot be determined completely`,
      { file: path }
    )
  }

  // A changed path under the evidence patterns that is a symlink or a submodule at the head: a
  // checkout sees a directory (perhaps a package) there, which the API does not follow.
  for (const f of req.changed) {
    if (f.status === 'removed') continue
    const path = f.filename
    if (!isSafeRepoPath(path)) continue
    if (!matchesAny(path, patterns) && !ancestors(path).some(d => matchesAny(d, patterns))) continue
    const kind = await kindAtHead(path)
    if (kind === 'symlink') {
      throw new GateError(
        'PATH_OUTSIDE_ROOT',
        `a symlink at ${head.ref} under the evidence patterns (${patterns.join(', ')}); a checkout would read the package it points to, which the gate does not judge. Expected a plain file or directory: replace the symlink with the package itself, or narrow the input evidence`,
        { file: path }
      )
    }
    if (kind === 'submodule') {
      findings.push({
        rule: 'gate.entry_skipped',
        severity: 'warning',
        message: `${req.noun} changes the submodule ${path} under the evidence patterns; its contents are not read, so any package in it is not judged.`,
        file: path
      })
    }
  }

  const packageDirs = new Set<string>()
  const removedPackages: string[] = []
  for (const path of [...changed].sort()) {
    for (const dir of ancestors(path)) {
      if (!matchesAny(dir, patterns)) continue
      // A directory the API cannot be asked about safely is not skipped: it may hold a package.
      if (dir !== '' && !isSafeRepoPath(dir)) {
        throw new GateError(
          'PATH_OUTSIDE_ROOT',
          'the change touches a path that cannot be read safely through the API',
          { file: path }
        )
      }
      // Every package whose directory holds the file is judged: a package nested in another's
      // directory does not stand in for the one around it.
      if (await dirHasIndex(dir, atHead.has(path))) packageDirs.add(dir)
    }
    if (
      posix.basename(path) === INDEX_FILE &&
      req.changed.some(f => f.filename === path && f.status === 'removed')
    ) {
      removedPackages.push(posix.dirname(path) === '.' ? '' : posix.dirname(path))
    }
  }
  for (const dir of removedPackages) {
    if (!packageDirs.has(dir)) {
      findings.push({
        rule: 'gate.package_removed',
        severity: 'info',
        message: `${req.noun} removes the evidence package ${dir || '(repository root)'}; there is nothing to evaluate for it.`,
        file: dir ? `${dir}/${INDEX_FILE}` : INDEX_FILE
      })
    }
  }

  // A plain path the change leaves alone is not judged (by design), but one that names no package
  // at the head is a mistyped input that would otherwise judge nothing on every change.
  for (const entry of patterns) {
    if (isGlob(entry)) continue
    const dir = repoJoin(entry)
    if (removedPackages.includes(dir) || (await dirHasIndex(dir, false))) continue
    throw new GateError(
      'FILE_NOT_FOUND',
      `no ${INDEX_FILE} there at ${head.ref}; expected an evidence package directory`,
      { file: entry, field: 'input evidence' }
    )
  }

  const packages: CollectedPackage[] = []
  for (const dir of [...packageDirs].sort()) {
    const dest = await mkdtemp(join(req.tempRoot, 'update-gate-pkg-'))
    const got = await fetchDirectory(client, head, dir, dest)
    findings.push(...skippedFindings(got.skipped))
    packages.push({ repoPath: dir, packageDir: dest, inRepository: true })
  }

  return {
    source: req.source,
    subject: req.subject,
    packages,
    ...configurationFields(config),
    change: { event: req.event, gateConfigurationChanged: configurationChanged },
    checked: { patterns, changedFiles: changed.size, listedBy: req.listedBy },
    findings,
    ...(req.pullRequest ? { pullRequest: req.pullRequest } : {})
  }
}
