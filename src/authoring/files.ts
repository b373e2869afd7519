/** File helpers of the authoring commands (they write into a team's or a supplier's folder). */
import { stat } from '../shared/fs-async.js'
import { GateError, messageOf } from '../shared/errors.js'

/** Whether anything exists at `path` (the commands never overwrite). */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

/**
 * The directory an init command writes into (`<dir>`): one that exists or a new one. A file there,
 * or on the way there, is an input error naming it, found before anything is written.
 */
export async function checkTargetDirectory(dir: string): Promise<void> {
  const where = { file: dir, field: '<dir>' }
  let info
  try {
    info = await stat(dir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return
    throw new GateError(
      'USAGE',
      code === 'ENOTDIR'
        ? 'lies under a file; give a directory path'
        : `cannot be read: ${messageOf(error)}`,
      where
    )
  }
  if (!info.isDirectory())
    throw new GateError(
      'USAGE',
      'is a file; give a directory (a new one, or an existing one)',
      where
    )
}
