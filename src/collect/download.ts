/**
 * Streaming downloads from the GitHub API to disk: bytes go to the file as they arrive, a
 * SHA-256 is computed on the way, and a size bound stops hostile or runaway responses.
 */
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { GateError } from '../shared/errors.js'

export interface Downloaded {
  file: string
  size: number
  sha256: string
}

/** Writes a response body (web stream) to `file`, hashing it; fails past `maxBytes`. */
export async function streamToFile(
  body: unknown,
  file: string,
  maxBytes: number,
  label: string
): Promise<Downloaded> {
  if (!body || typeof (body as WebReadableStream).getReader !== 'function') {
    throw new GateError('GITHUB_API', `download of ${label} returned no body`)
  }
  await mkdir(dirname(file), { recursive: true })
  const hash = createHash('sha256')
  let size = 0
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length
      if (size > maxBytes) {
        done(new GateError('FILE_TOO_LARGE', `larger than ${maxBytes} bytes`, { file: label }))
        return
      }
      hash.update(chunk)
      done(null, chunk)
    }
  })
  try {
    await pipeline(Readable.fromWeb(body as WebReadableStream), meter, createWriteStream(file))
  } catch (error) {
    if (error instanceof GateError) throw error
    const name = (error as { name?: string } | null)?.name
    const reason = name === 'TimeoutError' || name === 'AbortError' ? 'timed out' : 'failed'
    throw new GateError('GITHUB_API', `download of ${label} ${reason}`)
  }
  return { file, size, sha256: hash.digest('hex') }
}
