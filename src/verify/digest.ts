/**
 * SHA-256 of a regular file in constant memory (artifacts are not size-bounded): one reused
 * buffer, positional reads on this thread. A read stream allocates per chunk and runs at a third
 * of the speed; reading on libuv's thread pool while this thread hashes the other of two buffers
 * (what this did before) cost a thread hop per buffer and about 40% more CPU, and on this 2-core
 * machine, with another process busy, 1.6 to 1.7x the wall time of these synchronous reads on a
 * 1 GiB artifact (farm-bench pairs; bench/digest.mjs and ../shared/checks/digest measure the
 * throughput against openssl).
 */
import { createHash } from 'node:crypto'
import { GateError, messageOf } from '../shared/errors.js'
import { openRegularFile } from '../shared/fs-safe.js'

/**
 * 256 KiB: a buffer that stays in the CPU cache between the read that fills it and the hash that
 * reads it. With 4 MiB buffers the CLI on a 1 GiB artifact took 2.2x the wall time it takes with 256 KiB
 * (farm-bench, 7 interleaved pairs).
 */
export const DIGEST_BUFFER_BYTES = 256 * 1024

/**
 * Every this many buffers (64 MiB) the loop lets the event loop run: a signal (a cancelled job's
 * SIGINT or SIGTERM) or a timer is handled within a few tens of milliseconds, not after the
 * whole artifact.
 */
const BUFFERS_PER_TURN = 256

export async function sha256File(
  realPath: string,
  where: { file?: string; field?: string } = { file: realPath }
): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256')
  let size = 0
  // A FIFO, socket or device is refused before it is opened: none can block or stream forever.
  const handle = openRegularFile(realPath, where)
  try {
    const buffer = Buffer.allocUnsafe(DIGEST_BUFFER_BYTES)
    for (let read = 1; ; read++) {
      const bytesRead = handle.read(buffer, 0, DIGEST_BUFFER_BYTES, size)
      if (bytesRead === 0) break
      size += bytesRead
      hash.update(buffer.subarray(0, bytesRead))
      if (read % BUFFERS_PER_TURN === 0) await new Promise(resolve => setImmediate(resolve))
    }
  } catch (error) {
    throw new GateError('FILE_UNREADABLE', `cannot read: ${messageOf(error)}`, where)
  } finally {
    handle.close()
  }
  return { size, sha256: hash.digest('hex') }
}
