/**
 * The Sigstore public-good trusted root shipped with the gate (dist/sigstore/, from
 * sigstore/trusted_root.public-good.json; origin in sigstore/README.md). Read from disk, never
 * fetched: the default run needs no network.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { GateError } from '../shared/errors.js'
import { sha256Hex } from '../shared/fs-safe.js'

export const PUBLIC_GOOD_ROOT_FILE = 'trusted_root.public-good.json'
export const PUBLIC_GOOD_ROOT_LABEL = `sigstore public-good root (built in: ${PUBLIC_GOOD_ROOT_FILE})`

/** dist/sigstore/ beside the bundled entry points; from sources, the nearest one up the tree. */
function rootFile(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  const candidates = [join(here, 'sigstore', PUBLIC_GOOD_ROOT_FILE)]
  for (let dir = here; dirname(dir) !== dir; dir = dirname(dir)) {
    candidates.push(join(dir, 'dist', 'sigstore', PUBLIC_GOOD_ROOT_FILE))
    candidates.push(join(dir, 'sigstore', PUBLIC_GOOD_ROOT_FILE))
  }
  const found = candidates.find(f => existsSync(f))
  if (!found) {
    throw new GateError(
      'FILE_NOT_FOUND',
      `the built-in Sigstore trusted root is missing (no ${PUBLIC_GOOD_ROOT_FILE} in ${here}/sigstore or any dist/sigstore above it); run npm run build, or name one as sigstore.trustedRoot in the trust configuration`
    )
  }
  return found
}

export interface BuiltInRoot {
  label: string
  json: unknown
  sha256: string
}

let cached: BuiltInRoot | null = null

/** The parsed built-in roots (the object loadPublicGoodRoot returned), told apart by identity. */
const builtIn = new WeakSet<object>()

/**
 * True for the parsed built-in public-good root: the file shipped in dist/, every part of which
 * test/sigstore.test.ts converts to trust material, so a run may convert only the parts a bundle
 * needs. A root named in the trust configuration is not this object.
 */
export const isBuiltInRoot = (json: unknown): boolean =>
  typeof json === 'object' && json !== null && builtIn.has(json)

/**
 * The built-in root, read once per process. Synchronously, as the package's documents are
 * (src/shared/fs-safe.ts): a thread hop costs more than reading a 7 KB file.
 */
export function loadPublicGoodRoot(): BuiltInRoot {
  if (cached) return cached
  const bytes = readFileSync(rootFile())
  // The shipped file, not untrusted input: plain JSON.parse (no duplicate-key scan).
  const json = JSON.parse(bytes.toString('utf8')) as unknown
  if (typeof json === 'object' && json !== null) builtIn.add(json)
  cached = { label: PUBLIC_GOOD_ROOT_LABEL, json, sha256: sha256Hex(bytes) }
  return cached
}
