/**
 * Safe file access inside a root directory (security invariant 3): every path is relative to the
 * root, `..` and absolute paths are refused, and a symlink whose real path leaves the root is
 * refused. Documents are read with a size bound (invariant 4); artifacts are read in buffers by verify.
 *
 * Writes (the authoring commands') go to a new temporary file beside the target, then replace it
 * by a rename: no symlink on the way is followed, and no partial file is left (writeInside).
 *
 * Synchronous: a thread hop costs more than reading a small local file, so files are read with
 * node:fs's *Sync calls (no file can block them: see OPEN_FLAGS); an artifact's digest too, in
 * buffers, letting the event loop run between them (src/verify/digest.ts).
 */
import { createHash, randomBytes } from 'node:crypto'
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  type Stats
} from 'node:fs'
import path from 'node:path'
import { clip, GateError } from './errors.js'
import { close, copyFile, open, writeFile } from './fs-async.js'

export const DEFAULT_MAX_DOCUMENT_BYTES = 32 * 1024 * 1024

export interface Where {
  file?: string
  field?: string
}

const errnoCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined

/** Checks a package-relative path and returns it normalised to `/` separators. */
export function checkRelativePath(rel: string, where: Where): string {
  const outside = (why: string) =>
    new GateError(
      'PATH_OUTSIDE_ROOT',
      `path '${clip(rel, 200)}' ${why}; paths are relative to the root`,
      where
    )
  if (rel.includes('\0')) throw outside('contains a NUL byte')
  if (path.posix.isAbsolute(rel) || path.win32.isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) {
    throw outside('is absolute')
  }
  // `trust:keys/a.pub`, `data:x.yaml`, `report:r.json` name the inputs from outside a package in a
  // report's inputDigests (and `name:` is the shape of a URL): a file named so could stand in
  // for one of them there.
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(rel)) {
    throw outside('starts with a `name:` prefix, as reports name inputs from outside a package')
  }
  const segments = rel.split(/[\\/]+/).filter(s => s !== '' && s !== '.')
  if (segments.includes('..')) throw outside("contains '..'")
  if (segments.length === 0) throw outside('names no file')
  return segments.join('/')
}

/** Real path of a root directory; FILE_NOT_FOUND when it does not exist. */
export function realRoot(dir: string, where: Where = { file: dir }): string {
  try {
    return realpathSync.native(dir)
  } catch (error) {
    if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') {
      throw new GateError('FILE_NOT_FOUND', `directory '${dir}' does not exist`, where)
    }
    throw new GateError('FILE_UNREADABLE', `cannot read '${dir}': ${String(error)}`, where)
  }
}

export const isInside = (root: string, real: string): boolean =>
  real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep)

/**
 * Resolves `rel` inside `root` (a real path). Returns the real path, or null when nothing exists
 * there (a dangling symlink counts as missing). PATH_OUTSIDE_ROOT when it leaves the root.
 */
export function resolveInside(root: string, rel: string, where: Where): string | null {
  const clean = checkRelativePath(rel, where)
  const joined = path.join(root, ...clean.split('/'))
  let real: string
  try {
    real = realpathSync.native(joined)
  } catch (error) {
    const code = errnoCode(error)
    // Missing, or a dangling symlink: nothing is read either way.
    if (code === 'ENOENT' || code === 'ENOTDIR') return null
    if (code === 'ELOOP') {
      throw new GateError('FILE_UNREADABLE', `path '${clip(rel, 200)}' is a symlink loop`, where)
    }
    throw new GateError(
      'FILE_UNREADABLE',
      `cannot resolve '${clip(rel, 200)}': ${String(error)}`,
      where
    )
  }
  if (!isInside(root, real)) {
    throw new GateError(
      'PATH_OUTSIDE_ROOT',
      `path '${clip(rel, 200)}' resolves (through a symlink) outside the root`,
      where
    )
  }
  return real
}

export interface ReadResult {
  /** Normalised relative path. */
  path: string
  bytes: Buffer
  sha256: string
}

/** What a file that is not a regular file is, for the error that refuses it. */
function notRegular(info: Stats): string | null {
  if (info.isFile()) return null
  if (info.isFIFO()) return 'a FIFO (named pipe)'
  if (info.isSocket()) return 'a socket'
  if (info.isCharacterDevice()) return 'a character device'
  if (info.isBlockDevice()) return 'a block device'
  if (info.isDirectory()) return 'a directory'
  if (info.isSymbolicLink()) return 'a symbolic link'
  return 'a special file'
}

const refuse = (what: string, where: Where) =>
  new GateError(
    'FILE_UNREADABLE',
    `is ${what}, not a regular file; only regular files are read`,
    where
  )

// Non-blocking, so that even a FIFO swapped in after the check cannot block the open; no link
// following for the same reason. (Neither flag exists on Windows, where FIFOs are no files.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0)

/**
 * A file opened for reading: positional reads (returning the bytes read), its status, and close.
 * A descriptor is a number the system reuses once closed, so close closes it once and later calls
 * do nothing (closing it again could close another file opened meanwhile).
 */
export class OpenFile {
  private closed = false
  constructor(readonly fd: number) {}
  read(buffer: Buffer, offset: number, length: number, position: number): number {
    return readSync(this.fd, buffer, offset, length, position)
  }
  stat(): Stats {
    return fstatSync(this.fd)
  }
  close(): void {
    if (this.closed) return
    this.closed = true
    closeSync(this.fd)
  }
}

/**
 * Opens a regular file by its real path for reading. The type is checked (without following a
 * link) before the open, the open is non-blocking, and the type is checked again on the handle:
 * a FIFO, socket or device is refused (FILE_UNREADABLE naming the file), never opened so that it
 * could block or stream without end.
 */
export function openRegularFile(real: string, where: Where): OpenFile {
  let before: Stats
  try {
    before = lstatSync(real)
  } catch (error) {
    throw new GateError(
      'FILE_UNREADABLE',
      `cannot read: ${errnoCode(error) ?? String(error)}`,
      where
    )
  }
  const kind = notRegular(before)
  if (kind !== null) throw refuse(kind, where)
  let handle: OpenFile
  try {
    handle = new OpenFile(openSync(real, OPEN_FLAGS))
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'ELOOP') throw refuse('a symbolic link', where)
    throw new GateError('FILE_UNREADABLE', `cannot open: ${code ?? String(error)}`, where)
  }
  try {
    const after = handle.stat()
    const changed = notRegular(after)
    if (changed !== null) throw refuse(changed, where)
    if (after.ino !== before.ino || after.dev !== before.dev) {
      throw new GateError('FILE_UNREADABLE', 'changed while it was being opened', where)
    }
    return handle
  } catch (error) {
    handle.close()
    if (error instanceof GateError) throw error
    throw new GateError(
      'FILE_UNREADABLE',
      `cannot read: ${errnoCode(error) ?? String(error)}`,
      where
    )
  }
}

/**
 * Reads a regular file by its real path, refusing it when larger than maxBytes. The size is
 * checked on the open handle and again while reading, so a growing file cannot bypass it.
 */
export function readBounded(real: string, maxBytes: number, where: Where): Buffer {
  const handle = openRegularFile(real, where)
  try {
    const info = handle.stat()
    const tooLarge = () =>
      new GateError(
        'FILE_TOO_LARGE',
        `is larger than the limit of ${maxBytes} bytes for a document`,
        where
      )
    if (info.size > maxBytes) throw tooLarge()
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size + 1, 1)))
    let total = 0
    for (;;) {
      if (total === buffer.length) {
        if (total > maxBytes) throw tooLarge()
        break
      }
      const bytesRead = handle.read(buffer, total, buffer.length - total, total)
      if (bytesRead === 0) break
      total += bytesRead
    }
    if (total > maxBytes) throw tooLarge()
    return buffer.subarray(0, total)
  } catch (error) {
    if (error instanceof GateError) throw error
    throw new GateError(
      'FILE_UNREADABLE',
      `cannot read: ${errnoCode(error) ?? String(error)}`,
      where
    )
  } finally {
    handle.close()
  }
}

/** Resolves and reads a document inside root; null when the file does not exist. */
export function readInside(
  root: string,
  rel: string,
  maxBytes: number,
  where: Where
): ReadResult | null {
  const clean = checkRelativePath(rel, where)
  const real = resolveInside(root, clean, where)
  if (real === null) return null
  const bytes = readBounded(real, maxBytes, { ...where, file: clean })
  return { path: clean, bytes, sha256: sha256Hex(bytes) }
}

export const sha256Hex = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex')

/**
 * Reads a regular file a user names by path (a key, a statement), bounded as a document is: a
 * FIFO, device or directory is refused naming it, never opened so that it could wait or stream.
 * Null when nothing exists there.
 */
export function readGivenFile(file: string, maxBytes: number, where: Where): Buffer | null {
  let real: string
  try {
    real = realRoot(file, where)
  } catch (error) {
    if (error instanceof GateError && error.code === 'FILE_NOT_FOUND') return null
    throw error
  }
  return readBounded(real, maxBytes, where)
}

/** Whether two statuses are of one file (device and inode: through any link to it). */
export const sameFile = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino

/** What writeInside writes: bytes, or a copy of a regular file (by its real path). */
export type WriteContent = string | Uint8Array | { copyOf: string }

/**
 * Where a write of `rel` inside `root` (a real path) goes, checked before anything is written:
 * every directory on the way is a directory, not a symlink, and the target is absent or a regular
 * file (a symlink there is refused, never written through) and none of `keep` (files the command
 * reads, compared by device and inode). Returns the target's path.
 */
export function writablePlace(
  root: string,
  rel: string,
  where: Where,
  keep: readonly string[] = []
): string {
  const clean = checkRelativePath(rel, where)
  const segments = clean.split('/')
  const unsafe = (code: 'PATH_OUTSIDE_ROOT' | 'FILE_UNREADABLE', why: string) =>
    new GateError(code, `'${clip(clean, 200)}' ${why}; nothing is written through it`, where)
  let at = root
  for (const [i, segment] of segments.entries()) {
    at = path.join(at, segment)
    const last = i === segments.length - 1
    let info: Stats
    try {
      info = lstatSync(at)
    } catch (error) {
      if (last && errnoCode(error) === 'ENOENT') break
      throw new GateError(
        'FILE_UNREADABLE',
        `cannot write '${clip(clean, 200)}': ${errnoCode(error) === 'ENOENT' ? `directory '${path.relative(root, at)}' does not exist` : (errnoCode(error) ?? String(error))}`,
        where
      )
    }
    if (info.isSymbolicLink()) {
      throw unsafe(
        'PATH_OUTSIDE_ROOT',
        last ? 'is a symbolic link' : `lies under '${path.relative(root, at)}', a symbolic link`
      )
    }
    if (!last && !info.isDirectory()) {
      throw unsafe('FILE_UNREADABLE', `lies under '${path.relative(root, at)}', not a directory`)
    }
    if (last) {
      const kind = notRegular(info)
      if (kind !== null) throw unsafe('FILE_UNREADABLE', `is ${kind}, not a regular file`)
      const kept = keep.find(file => {
        const read = statOrNull(file)
        return read !== null && sameFile(read, info)
      })
      if (kept !== undefined) {
        throw new GateError(
          'USAGE',
          `'${clip(clean, 200)}' is ${clip(kept, 200)}, which this command reads; it is never overwritten`,
          where
        )
      }
    }
  }
  return at
}

/** Signals that stop a run from outside (Ctrl-C, kill, a closed terminal). */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * Removes `temporary` if the process is told to stop while it exists, then lets the signal take
 * its course (the listener is gone, so the signal is sent again to the default action: the run
 * ends as it would have, exit 128 + the signal's number). Returns the function that stops
 * watching, once the temporary file is renamed or removed.
 */
function removeOnStop(temporary: string): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    stop()
    try {
      unlinkSync(temporary)
    } catch {
      // not created yet, or already renamed
    }
    process.kill(process.pid, signal)
  }
  const stop = () => {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal)
  }
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal)
  return stop
}

const TEMPORARY_SUFFIX = /\.[0-9a-f]{12}\.tmp$/

/**
 * Whether `name` is a temporary file's as writeInside names them (`.<target>.<12 hex>.tmp`):
 * what a write left behind when the process was killed outright (SIGKILL, a power cut), which
 * nothing may take for a file of its own.
 */
export const isTemporaryName = (name: string): boolean =>
  name.startsWith('.') && TEMPORARY_SUFFIX.test(name)

/**
 * Writes `rel` inside `root` (a real path) where writablePlace allows it, replacing a regular
 * file there: the content goes to a new temporary file in the target's directory (created
 * exclusively, links not followed), renamed over the target once complete, so no partial file is
 * ever left at the target and a hard link to it keeps its content. The temporary file is removed
 * when the write fails, and when the process is stopped by a signal while it is written (a copy of
 * a large artifact takes a while: it runs on the thread pool, so the signal is handled at once).
 */
export async function writeInside(
  root: string,
  rel: string,
  content: WriteContent,
  where: Where,
  keep: readonly string[] = []
): Promise<void> {
  const at = writablePlace(root, rel, where, keep)
  const temporary = path.join(
    path.dirname(at),
    `.${path.basename(at)}.${randomBytes(6).toString('hex')}.tmp`
  )
  const stopWatching = removeOnStop(temporary)
  try {
    if (typeof content === 'object' && 'copyOf' in content) {
      await copyFile(content.copyOf, temporary, constants.COPYFILE_EXCL)
    } else {
      const fd = await open(
        temporary,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
        0o666
      )
      try {
        await writeFile(fd, content)
      } finally {
        await close(fd)
      }
    }
    renameSync(temporary, at)
  } catch (error) {
    try {
      unlinkSync(temporary)
    } catch {
      // not created, or already renamed
    }
    throw new GateError(
      'FILE_UNREADABLE',
      `cannot write '${clip(rel, 200)}': ${errnoCode(error) ?? String(error)}`,
      where
    )
  } finally {
    stopWatching()
  }
}

const statOrNull = (file: string): Stats | null => {
  try {
    return statSync(file)
  } catch {
    return null
  }
}
