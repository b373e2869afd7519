/** Reading an `opa build -t wasm` bundle (bundle.tar.gz): its policy.wasm and data.json. */
import { createReadStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import type { PolicyBundle } from '../evaluate/built-in.js'
import { GateError } from '../shared/errors.js'

export const MAX_WASM_BYTES = 64 * 1024 * 1024
const MAX_DATA_BYTES = 16 * 1024 * 1024

/** Reads policy.wasm and data.json out of an `opa build -t wasm` bundle. */
export async function readWasmBundle(file: string): Promise<PolicyBundle> {
  const files = new Map<string, Buffer>()
  // Only prebuilt bundles need tar and gzip: loaded here, not at start-up.
  const [{ extract }, { createGunzip }] = await Promise.all([
    import('tar-stream'),
    import('node:zlib')
  ])
  const entries = extract()
  const reading = (async () => {
    for await (const entry of entries) {
      const name = entry.header.name.replace(/^\.?\/+/, '')
      const limit = name === 'policy.wasm' ? MAX_WASM_BYTES : MAX_DATA_BYTES
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
  try {
    await Promise.all([pipeline(createReadStream(file), createGunzip(), entries), reading])
  } catch (error) {
    if (error instanceof GateError) throw error
    throw new GateError(
      'POLICY_LOAD',
      `not an OPA bundle (gzipped tar): ${(error as Error).message}`,
      { file }
    )
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
  return { name: file, wasm, data }
}
