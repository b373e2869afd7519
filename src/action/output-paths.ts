/**
 * Where the Action may write its files (`report`, `sarif-file`), checked before anything is read.
 * A relative path is taken from the workspace and may not leave it (no `..`, as every path input);
 * an absolute one must be inside the workspace or RUNNER_TEMP, where the default report goes.
 * Symlinks are followed.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, resolve } from 'node:path'
import { GateError, messageOf } from '../shared/errors.js'
import { isInside } from '../shared/fs-safe.js'
import type { ActionInputs } from './inputs.js'

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
  return { input, given, path }
}
