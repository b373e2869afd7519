/**
 * workflow_dispatch and any other event without a change to compare (not push or merge_group,
 * see push.ts): the evidence is in the checked-out workspace
 * (GITHUB_WORKSPACE). `evidence` is package directories or globs relative to it, each of which
 * must name a package; empty means every directory holding update-evidence.yaml. The trust file is read from the workspace too:
 * on these events the checkout is the code the repository owner runs, not a change under review.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { GateError } from '../shared/errors.js'
import { globToRegExp, isGlob, matchesAny, splitPatterns } from './glob.js'
import { INDEX_FILE } from '../contracts/evidence-package.js'
import { configurationFields, type GateConfiguration } from './config.js'
import type { Collected, CollectedPackage } from './types.js'

const SKIP_DIRS = new Set(['.git', 'node_modules'])
/** Directories the search for packages reads at most; past it the run is an error, not a pass. */
const MAX_DIRS = 20_000

export interface WorkspaceOptions {
  workspace: string
  evidence: string
  trust: string
  /** 'builtin' or a workspace path. */
  policy: string
  /** Data file workspace paths. */
  data?: string[]
  /** Retained report workspace paths (files or directories). */
  reports?: string[]
}

const toPosix = (p: string) => p.split(sep).join('/')

function insideWorkspace(root: string, path: string, field: string): string {
  if (isAbsolute(path) && !path.startsWith(root)) {
    throw new GateError('PATH_OUTSIDE_ROOT', 'must be inside the workspace', { file: path, field })
  }
  const full = resolve(root, path)
  let real: string
  try {
    real = realpathSync.native(full)
  } catch {
    throw new GateError('FILE_NOT_FOUND', 'not found in the workspace', { file: path, field })
  }
  const rel = relative(root, real)
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new GateError('PATH_OUTSIDE_ROOT', 'resolves outside the workspace', {
      file: path,
      field
    })
  }
  return real
}

/** A plain `evidence` entry: a directory inside the workspace holding the index. */
function packageDirectory(root: string, path: string): string {
  const dir = insideWorkspace(root, path, 'input evidence')
  const where = { file: path, field: 'input evidence' }
  if (!statSync(dir).isDirectory()) {
    throw new GateError('USAGE', 'is a file; expected an evidence package directory', where)
  }
  if (!statSync(join(dir, INDEX_FILE), { throwIfNoEntry: false })?.isFile()) {
    throw new GateError(
      'FILE_NOT_FOUND',
      `has no ${INDEX_FILE}; expected an evidence package directory`,
      where
    )
  }
  return toPosix(relative(root, dir))
}

/**
 * The directories holding an index that match `patterns`, searched from each pattern's literal
 * base (`evidence/**` from evidence/), symlinks not followed. A search that would read more than
 * MAX_DIRS directories is an error: a package it never reached would go unjudged.
 */
function findPackages(root: string, patterns: string[]): string[] {
  const found = new Set<string>()
  let seen = 0
  const walk = (dir: string): void => {
    if (++seen > MAX_DIRS) {
      throw new GateError(
        'USAGE',
        `the search for evidence packages read ${MAX_DIRS} directories without an end (at ${toPosix(relative(root, dir))}); name the packages, or a narrower glob such as evidence/**, so that none is missed`,
        { file: patterns.join(','), field: 'input evidence' }
      )
    }
    const entries = readdirSync(dir, { withFileTypes: true })
    const rel = toPosix(relative(root, dir))
    if (entries.some(e => e.isFile() && e.name === INDEX_FILE) && matchesAny(rel, patterns))
      found.add(rel)
    // Code-unit order, as the found list is sorted: the same walk in every locale, and no ICU
    // collator set up (tens of ms at a run's first localeCompare).
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.isDirectory() && !SKIP_DIRS.has(e.name)) walk(join(dir, e.name))
    }
  }
  const bases = [...new Set(patterns.map(globBase))].sort()
  for (const base of bases) {
    // A base inside another base is searched with it.
    if (bases.some(b => b !== base && (b === '' || base.startsWith(`${b}/`)))) continue
    const dir = base ? join(root, ...base.split('/')) : root
    if (lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) walk(dir)
  }
  return [...found].sort()
}

/** The leading path segments of a glob that hold no glob syntax: where its matches can be. */
const globBase = (pattern: string): string => {
  const segments = pattern.split('/')
  const literal = segments.findIndex(s => /[*?[\]{}]/.test(s))
  return segments.slice(0, literal === -1 ? segments.length : literal).join('/')
}

function workspaceRoot(workspace: string): string {
  try {
    return realpathSync.native(workspace)
  } catch {
    throw new GateError('FILE_NOT_FOUND', 'workspace directory not found', {
      file: workspace,
      field: 'GITHUB_WORKSPACE'
    })
  }
}

export function collectWorkspace(options: WorkspaceOptions): Collected {
  const root = workspaceRoot(options.workspace)
  const trustFile = insideWorkspace(root, options.trust, 'input trust')
  if (!lstatSync(trustFile).isFile()) {
    throw new GateError('FILE_NOT_FOUND', 'not a file', {
      file: options.trust,
      field: 'input trust'
    })
  }
  const policy =
    options.policy === 'builtin' ? undefined : insideWorkspace(root, options.policy, 'input policy')
  const dataFiles: string[] = []
  for (const path of options.data ?? []) {
    const file = insideWorkspace(root, path, 'input data')
    if (!lstatSync(file).isFile()) {
      throw new GateError('FILE_NOT_FOUND', 'not a file', { file: path, field: 'input data' })
    }
    dataFiles.push(file)
  }
  // Files or directories: the load stage reads them and names each by its workspace path.
  const reports = options.reports ?? []
  const approvedReports: string[] = []
  for (const path of reports) {
    approvedReports.push(insideWorkspace(root, path, 'input approved-reports'))
  }
  return {
    source: 'workspace',
    subject: 'workspace',
    packages: packagesIn(root, options.evidence),
    trustFile,
    trustSource: `${toPosix(relative(root, trustFile))} in the workspace`,
    ...(policy ? { policy } : {}),
    policySource: policy ? `${toPosix(relative(root, policy))} in the workspace` : 'built-in',
    dataFiles,
    dataSources: dataFiles.map(f => `${toPosix(relative(root, f))} in the workspace`),
    approvedReports,
    approvedReportSources: approvedReports.map(f => toPosix(relative(root, f))),
    findings: []
  }
}

/**
 * The workspace's evidence packages (as collectWorkspace finds them, first), judged by the
 * configuration `readConfiguration` reads elsewhere (configuration-from: default-branch): the
 * checkout may be any ref the run was dispatched on or the workflow chose.
 */
export async function collectWorkspaceWith(
  workspace: string,
  evidence: string,
  readConfiguration: () => Promise<GateConfiguration>
): Promise<Collected> {
  const packages = packagesIn(workspaceRoot(workspace), evidence)
  return {
    source: 'workspace',
    subject: 'workspace',
    packages,
    ...configurationFields(await readConfiguration()),
    findings: []
  }
}

function packagesIn(root: string, evidence: string): CollectedPackage[] {
  // Every entry counts: a plain path names one package, and a glob that matches none is as
  // wrong as a path that is not there (several entries once let a missing one pass unnoticed).
  const entries = splitPatterns(evidence || '**')
  const plain = entries.filter(p => !isGlob(p)).map(p => packageDirectory(root, p))
  const globs = entries.filter(isGlob)
  const found = globs.length > 0 ? findPackages(root, globs) : []
  for (const glob of globs) {
    const matches = globToRegExp(glob)
    if (!found.some(dir => matches.test(dir))) {
      throw new GateError('FILE_NOT_FOUND', `no directory holding ${INDEX_FILE} matches it`, {
        file: glob,
        field: 'input evidence'
      })
    }
  }
  const dirs = [...new Set([...plain, ...found])]
  return dirs.map(dir => ({
    repoPath: dir,
    packageDir: dir ? join(root, ...dir.split('/')) : root,
    inRepository: true
  }))
}
