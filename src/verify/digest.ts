/**
 * SHA-256 of a regular file in constant memory (artifacts are not size-bounded). One reused buffer and
 * positional reads: a read stream allocates per chunk and runs at a third of the speed
 * (bench/digest.mjs measures it against openssl).
 */
import { createHash } from 'node:crypto'
import { GateError, messageOf } from '../shared/errors.js'
import { openRegularFile } from '../shared/fs-safe.js'

export const DIGEST_BUFFER_BYTES = 4 * 1024 * 1024

export async function sha256File(
  realPath: string,
  where: { file?: string; field?: string } = { file: realPath }
): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256')
  const buffer = Buffer.allocUnsafe(DIGEST_BUFFER_BYTES)
  let size = 0
  // A FIFO, socket or device is refused before it is opened: none can block or stream forever.
  const handle = await openRegularFile(realPath, where)
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      size += bytesRead
      hash.update(buffer.subarray(0, bytesRead))
    }
  } catch (error) {
    throw new GateError('FILE_UNREADABLE', `cannot read: ${messageOf(error)}`, where)
  } finally {
    await handle.close()
  }
  return { size, sha256: hash.digest('hex') }
}
