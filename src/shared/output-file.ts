/**
 * A file the user names for a command's output (`evaluate --output`, `policy input --output`,
 * `policy build -o`): checked before the command does its work, then written. A path that cannot
 * be written is an input error (exit 2) naming the file and the option, never an internal error;
 * so is a path that would overwrite a file the command reads.
 */
import { constants, type Stats } from 'node:fs'
import { dirname, join } from 'node:path'
import { access, close, open, readdir, stat, writeFile } from './fs-async.js'
import { GateError, messageOf } from './errors.js'
import { sameFile } from './fs-safe.js'

/** The option that names the file, and what is written there (`the report`). */
export interface OutputPlace {
  field: string
  what: string
}

function outputError(error: unknown, file: string, place: OutputPlace): GateError {
  const code = (error as NodeJS.ErrnoException).code
  const parent = dirname(file) || '.'
  const why =
    code === 'ENOENT'
      ? `directory '${parent}' does not exist; create it or give another path`
      : code === 'ENOTDIR'
        ? `'${parent}' is not a directory; give another path`
        : code === 'EISDIR'
          ? 'is a directory; give a file path'
          : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
            ? 'is not writable; give a path you can write'
            : `cannot be written: ${messageOf(error)}`
  return new GateError('FILE_UNREADABLE', `${place.what} ${why}`, { file, field: place.field })
}

/** `input` (a file, or any file under a directory) that is `target`'s file, else undefined. */
async function inputAt(input: string, target: Stats): Promise<string | undefined> {
  const info = await stat(input).catch(() => undefined)
  if (!info?.isDirectory()) return info && sameFile(info, target) ? input : undefined
  const entries = await readdir(input, { recursive: true, withFileTypes: true }).catch(() => [])
  for (const path of entries.map(e => join(e.parentPath, e.name))) {
    const entry = await stat(path).catch(() => undefined)
    if (entry && sameFile(entry, target)) return path
  }
  return undefined
}

/**
 * Before the command runs: the output can be written (its directory exists, it is not a
 * directory, it is writable), and it is none of `inputs`, the files and directories (every file
 * under one) the command reads, listed only when the output already is a file. Files are compared
 * as the system knows them (device and inode), so a symlink or a hard link to an input is refused
 * too. A full disk shows only when written.
 */
export async function checkOutput(
  file: string,
  place: OutputPlace,
  inputs: () => readonly string[] | Promise<readonly string[]> = () => []
): Promise<void> {
  let info: Stats | undefined
  try {
    info = await stat(file).catch((error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' ? undefined : Promise.reject(error)
    )
    if (info?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
    await access(info ? file : dirname(file) || '.', constants.W_OK)
  } catch (error) {
    throw outputError(error, file, place)
  }
  if (!info?.isFile()) return // nothing there yet (or a device): no input is overwritten
  for (const input of await inputs()) {
    const read = await inputAt(input, info)
    if (read !== undefined)
      throw new GateError(
        'USAGE',
        `would overwrite ${read}, which this command reads; give another path`,
        { file, field: place.field }
      )
  }
}

/**
 * Writes the output a piece at a time, as given (a large report is not joined into one string):
 * each writeFile on the descriptor writes all of its piece at the current position.
 */
export async function writeOutput(
  file: string,
  content: string | Uint8Array | readonly string[],
  place: OutputPlace
): Promise<void> {
  try {
    const fd = await open(file, 'w')
    try {
      for (const piece of Array.isArray(content) ? content : [content]) await writeFile(fd, piece)
    } finally {
      await close(fd)
    }
  } catch (error) {
    throw outputError(error, file, place)
  }
}
