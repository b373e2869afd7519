/**
 * Streaming downloads from the GitHub API to disk: bytes go to the file as they arrive, a
 * SHA-256 is computed on the way, and a size bound stops hostile or runaway responses.
 */
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir } from '../shared/fs-async.js'
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

function bodyStream(body: unknown, label: string): Readable {
  if (!body || typeof (body as WebReadableStream).getReader !== 'function') {
    throw new GateError('GITHUB_API', `download of ${label} returned no body`)
  }
  return Readable.fromWeb(body as WebReadableStream)
}

/** Counts (and hashes) the bytes going through; fails past `maxBytes`. */
function meter(maxBytes: number, label: string) {
  const hash = createHash('sha256')
  let size = 0
  const stream = new Transform({
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
  return { stream, size: () => size, sha256: () => hash.digest('hex') }
}

function downloadFailed(error: unknown, label: string): GateError {
  if (error instanceof GateError) return error
  const name = (error as { name?: string } | null)?.name
  const reason = name === 'TimeoutError' || name === 'AbortError' ? 'timed out' : 'failed'
  return new GateError('GITHUB_API', `download of ${label} ${reason}`)
}

/** Writes a response body (web stream) to `file`, hashing it; fails past `maxBytes`. */
export async function streamToFile(
  body: unknown,
  file: string,
  maxBytes: number,
  label: string
): Promise<Downloaded> {
  const source = bodyStream(body, label)
  await mkdir(dirname(file), { recursive: true })
  const counted = meter(maxBytes, label)
  try {
    await pipeline(source, counted.stream, createWriteStream(file))
  } catch (error) {
    throw downloadFailed(error, label)
  }
  return { file, size: counted.size(), sha256: counted.sha256() }
}

/** Reads a response body (web stream) into memory, hashing it; fails past `maxBytes`. */
export async function streamToBuffer(
  body: unknown,
  maxBytes: number,
  label: string
): Promise<{ bytes: Buffer; sha256: string }> {
  const source = bodyStream(body, label)
  const counted = meter(maxBytes, label)
  const chunks: Buffer[] = []
  try {
    await pipeline(source, counted.stream, async (chunksIn: AsyncIterable<Buffer>) => {
      for await (const chunk of chunksIn) chunks.push(chunk)
    })
  } catch (error) {
    throw downloadFailed(error, label)
  }
  return { bytes: Buffer.concat(chunks), sha256: counted.sha256() }
}
