/** Streaming SHA-256 of a file in constant memory (artifacts are not size-bounded). */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { GateError } from '../errors.js'

export const STREAM_CHUNK_BYTES = 1024 * 1024

export async function sha256File(
  realPath: string,
  where: { file?: string; field?: string } = { file: realPath }
): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256')
  let size = 0
  try {
    for await (const chunk of createReadStream(realPath, { highWaterMark: STREAM_CHUNK_BYTES })) {
      const buf = chunk as Buffer
      size += buf.length
      hash.update(buf)
    }
  } catch (error) {
    throw new GateError(
      'FILE_UNREADABLE',
      `cannot read: ${error instanceof Error ? error.message : String(error)}`,
      where
    )
  }
  return { size, sha256: hash.digest('hex') }
}
