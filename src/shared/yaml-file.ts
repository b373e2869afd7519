/**
 * A YAML document read from a file once and handed on: the Action's collect stage reads the
 * trust configuration for its GitHub logins, and the load stage takes the same read (with the
 * same bounds) rather than reading and parsing the file again. Nothing here validates.
 */
import { DEFAULT_MAX_DOCUMENT_BYTES, readBounded, realRoot } from './fs-safe.js'
import { DEFAULT_MAX_ALIAS_COUNT, decodeUtf8, parseYaml } from './parse.js'

export interface YamlFile {
  /** The path it was read by, as given. */
  file: string
  /** How errors name it (a repository path and commit for the Action's copies). */
  label: string
  /** Its real path. */
  real: string
  bytes: Buffer
  /** The document as plain data, not validated. */
  value: unknown
  /** The bounds it was read with. */
  maxBytes: number
  maxAliasCount: number
}

/**
 * Reads and parses a YAML file, refusing it past maxBytes or maxAliasCount; errors name `label`
 * (FILE_NOT_FOUND when nothing exists at `file`).
 */
export function readYamlFile(
  file: string,
  label: string,
  bounds: { maxBytes?: number; maxAliasCount?: number } = {}
): YamlFile {
  const maxBytes = bounds.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES
  const maxAliasCount = bounds.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT
  const real = realRoot(file, { file: label })
  const bytes = readBounded(real, maxBytes, { file: label })
  const value = parseYaml(decodeUtf8(bytes, label), label, { maxAliasCount })
  return { file, label, real, bytes, value, maxBytes, maxAliasCount }
}
