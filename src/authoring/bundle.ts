/** Reading an `opa build -t wasm` bundle (bundle.tar.gz): its policy.wasm and data.json. */
import { createReadStream } from 'node:fs'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { PolicyBundle } from '../evaluate/built-in.js'
import { GateError } from '../shared/errors.js'

export const MAX_WASM_BYTES = 64 * 1024 * 1024
const MAX_DATA_BYTES = 16 * 1024 * 1024

/**
 * What a bundle may decompress to: its policy.wasm, its data.json and room for the rest of what
 * opa writes (the manifest, the Rego sources), in at most so many entries. A bundle over either
 * is refused as soon as it passes it, so a small archive of gigabytes costs neither time nor
 * memory.
 */
export const BUNDLE_LIMITS = { bytes: 2 * (MAX_WASM_BYTES + MAX_DATA_BYTES), entries: 10_000 }

/** A bundle as read: its policy, and whether it holds `.rego` sources under `sourcesRoot`. */
export type ReadBundle = PolicyBundle & { holdsSources: boolean }

/**
 * Reads policy.wasm and data.json out of an `opa build -t wasm` bundle, and whether opa wrote
 * `.rego` sources into it under `sourcesRoot/` (false unless asked).
 */
export async function readWasmBundle(
  file: string,
  {
    limits = BUNDLE_LIMITS,
    sourcesRoot
  }: { limits?: typeof BUNDLE_LIMITS; sourcesRoot?: string } = {}
): Promise<ReadBundle> {
  const files = new Map<string, Buffer>()
  let holdsSources = false
  const isSource = (name: string) =>
    sourcesRoot !== undefined && name.startsWith(`${sourcesRoot}/`) && name.endsWith('.rego')
  // Only prebuilt bundles need tar and gzip: loaded here, not at start-up.
  const [{ extract }, { createGunzip }] = await Promise.all([
    import('tar-stream'),
    import('node:zlib')
  ])
  const entries = extract()
  const tooLarge = (what: string) =>
    new GateError('FILE_TOO_LARGE', `the bundle is over ${what} when decompressed`, { file })
  let total = 0
  const bounded = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      total += chunk.byteLength
      callback(total > limits.bytes ? tooLarge(`${limits.bytes} bytes`) : null, chunk)
    }
  })
  let count = 0
  const reading = (async () => {
    for await (const entry of entries) {
      if (++count > limits.entries) throw tooLarge(`${limits.entries} entries`)
      const name = entry.header.name.replace(/^\.?\/+/, '')
      const limit = name === 'policy.wasm' ? MAX_WASM_BYTES : MAX_DATA_BYTES
      if (entry.header.type === 'file' && isSource(name)) holdsSources = true
      if ((name === 'policy.wasm' || name === 'data.json') && entry.header.type === 'file') {
        if ((entry.header.size ?? 0) > limit) {
          throw new GateError('FILE_TOO_LARGE', `${name} is over ${limit} bytes`, { file })
        }
        const chunks: Buffer[] = []
        for await (const chunk of entry) chunks.push(chunk as Buffer)
        files.set(name, Buffer.concat(chunks))
      } else {
        entry.resume()
      }
    }
  })()
  const failures = (
    await Promise.allSettled([
      pipeline(createReadStream(file), createGunzip(), bounded, entries),
      reading
    ])
  ).flatMap(r => (r.status === 'rejected' ? [r.reason as Error] : []))
  // A limit or a size refused ends both the stream and the reading: its error is the one to say.
  const refused = failures.find(error => error instanceof GateError)
  if (refused) throw refused
  if (failures[0]) {
    throw new GateError('POLICY_LOAD', `not an OPA bundle (gzipped tar): ${failures[0].message}`, {
      file
    })
  }
  const wasm = files.get('policy.wasm')
  if (!wasm) {
    throw new GateError(
      'POLICY_LOAD',
      'the bundle has no policy.wasm: build it with `opa build -t wasm` (or `update-gate policy build`)',
      {
        file
      }
    )
  }
  let data: Record<string, unknown> = {}
  const dataJson = files.get('data.json')
  if (dataJson) {
    try {
      data = JSON.parse(dataJson.toString('utf8')) as Record<string, unknown>
    } catch {
      throw new GateError('PARSE_ERROR', 'data.json in the bundle is not valid JSON', { file })
    }
  }
  return { name: file, wasm, data, holdsSources }
}
