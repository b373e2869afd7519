/** Strict base64 (standard or URL-safe) decoding, shared by the load and verify stages. */
import { clip, GateError } from './errors.js'
import { isObject } from './values.js'

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/

/** `text` without whitespace and padding when it is standard or URL-safe base64; else null. */
function unpaddedBase64(text: string): string | null {
  const compact = text.replace(/\s+/g, '')
  if (!BASE64.test(compact) && !BASE64URL.test(compact)) return null
  const unpadded = compact.replace(/=+$/, '')
  return unpadded.length % 4 === 1 ? null : unpadded
}

/** Decodes standard or URL-safe base64 strictly (whitespace ignored); null when it is neither. */
export function decodeBase64(text: string): Buffer | null {
  const unpadded = unpaddedBase64(text)
  return unpadded === null
    ? null
    : Buffer.from(unpadded.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
}

/**
 * The first string at one of `paths` (dotted, `name[]` for each entry of an array) in `json` that
 * is not base64, with the field's path (array indices written in); null when every one is.
 */
function firstNonBase64(
  json: unknown,
  paths: readonly string[]
): { field: string; value: string } | null {
  const walk = (
    value: unknown,
    steps: string[],
    at: string
  ): { field: string; value: string } | null => {
    if (steps.length === 0) {
      // Checked, not decoded: the library that reads the document decodes it.
      return typeof value === 'string' && unpaddedBase64(value) === null
        ? { field: at, value }
        : null
    }
    const [step = '', ...rest] = steps
    const each = step.endsWith('[]')
    const name = each ? step.slice(0, -2) : step
    const child = isObject(value) ? value[name] : undefined
    const field = at === '' ? name : `${at}.${name}`
    if (!each) return walk(child, rest, field)
    if (!Array.isArray(child)) return null
    for (const [i, entry] of child.entries()) {
      const found = walk(entry, rest, `${field}[${i}]`)
      if (found) return found
    }
    return null
  }
  for (const path of paths) {
    const found = walk(json, path.split('.'), '')
    if (found) return found
  }
  return null
}

/**
 * Refuses a protobuf JSON document (a Sigstore bundle, a trusted root) whose bytes fields at
 * `paths` are not base64: a SCHEMA_VIOLATION naming `file` and the field (under `prefix`, the
 * document's own place in the file). The protobuf libraries decode them with Buffer.from, which
 * skips any character outside the alphabet, where Sigstore's Go tools refuse the document; values
 * that are not strings are left to those libraries.
 */
export function requireBase64Fields(
  json: unknown,
  paths: readonly string[],
  where: { file?: string; prefix: string }
): void {
  const found = firstNonBase64(json, paths)
  if (!found) return
  throw new GateError(
    'SCHEMA_VIOLATION',
    `must be base64 (standard or URL-safe alphabet, as protobuf JSON writes bytes), got '${clip(found.value, 40)}'`,
    {
      file: where.file,
      field: where.prefix === '' ? found.field : `${where.prefix}.${found.field}`
    }
  )
}
