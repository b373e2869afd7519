/** File helpers of the authoring commands (they write into a team's or a supplier's folder). */
import { stat } from '../shared/fs-async.js'

/** Whether anything exists at `path` (the commands never overwrite). */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}
