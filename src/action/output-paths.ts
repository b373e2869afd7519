/**
 * Where the Action may write its files (`report`, `sarif-file`), checked before anything is read.
 * A relative path is taken from the workspace and may not leave it (no `..`, as every path input);
 * an absolute one must be inside the workspace or RUNNER_TEMP, where the default report goes.
 * Symlinks are followed. Neither may overwrite what the gate judges: the trust, policy, data or
 * approved-reports inputs, or anything in a directory holding update-evidence.yaml.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { INDEX_FILE } from '../contracts/evidence-package.js'
import { GateError, messageOf } from '../shared/errors.js'
import { isInside } from '../shared/fs-safe.js'
import { DEFAULT_POLICY, type ActionInputs } from './inputs.js'

export interface OutputFile {
  input: 'report' | 'sarif-file'
  /** As given (the default report path when `report` is empty): what messages name. */
  given: string
  /** Absolute, as written. */
  path: string
}

const errnoCode = (error: unknown): unknown => (error as { code?: unknown } | null)?.code

/** The real path of `path`, which need not exist yet: its nearest existing ancestor resolved. */
function realTarget(path: string, where: { file: string; field: string }): string {
  const rest: string[] = []
  for (let at = path; ; at = dirname(at)) {
    try {
      return join(realpathSync.native(at), ...rest)
    } catch (error) {
      // Not there yet (a dangling symlink is there: it would be written through to its target).
      const missing = errnoCode(error) === 'ENOENT' && !lstatSync(at, { throwIfNoEntry: false })
      if (!missing || dirname(at) === at) {
        throw new GateError(
          'FILE_UNREADABLE',
          `cannot be resolved: ${osReason(error) ?? messageOf(error)}`,
          where
        )
      }
      rest.unshift(basename(at))
    }
  }
}

/**
 * An OS error as one line without the path it names (`EISDIR: illegal operation on a directory`);
 * undefined for anything else.
 */
export function osReason(error: unknown): string | undefined {
  if (typeof errnoCode(error) !== 'string') return undefined
  return (messageOf(error).split('\n')[0] ?? '').replace(/, \w+(?: '.*')?$/, '')
}

export function outputFile(
  input: OutputFile['input'],
  given: string,
  inputs: ActionInputs,
  places: { workspace: string; runnerTemp: string }
): OutputFile {
  const where = { file: given, field: `input ${input}` }
  if (!isAbsolute(given) && given.split(/[\\/]/).includes('..')) {
    throw new GateError(
      'PATH_OUTSIDE_ROOT',
      'expected a path inside the workspace, without ".." segments',
      where
    )
  }
  const path = resolve(places.workspace, given)
  const real = realTarget(path, where)
  const root = [places.workspace, places.runnerTemp]
    .map(r => realTarget(resolve(r), where))
    .find(r => isInside(r, real))
  if (root === undefined) {
    throw new GateError(
      'PATH_OUTSIDE_ROOT',
      'resolves outside the workspace and RUNNER_TEMP; expected a path inside one of them',
      where
    )
  }
  if (statSync(real, { throwIfNoEntry: false })?.isDirectory()) {
    throw new GateError('USAGE', 'is a directory; expected a file path', where)
  }
  const judged = {
    trust: [inputs.trust],
    policy: inputs.policy === DEFAULT_POLICY ? [] : [inputs.policy],
    data: inputs.data,
    'approved-reports': inputs.approvedReports
  }
  for (const [name, paths] of Object.entries(judged)) {
    for (const p of paths) {
      // A policy or approved-reports directory protects every file in it.
      const from = { file: p, field: `input ${name}` }
      const read = realTarget(resolve(places.workspace, p), from)
      if (isInside(read, real)) {
        const what = read === real ? 'would overwrite' : 'would write into'
        throw new GateError('USAGE', `${what} ${p} (input ${name}), which the gate reads`, where)
      }
    }
  }
  for (let dir = dirname(real); isInside(root, dir); dir = dirname(dir)) {
    if (statSync(join(dir, INDEX_FILE), { throwIfNoEntry: false })?.isFile()) {
      const name = relative(root, dir).split(sep).join('/') || '.'
      throw new GateError(
        'USAGE',
        `would write into the evidence package ${name}, whose files the gate reads`,
        where
      )
    }
    if (dir === root) break
  }
  return { input, given, path }
}
