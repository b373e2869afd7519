/** Public API of the load stage. */
export { loadPackage, INDEX_FILE } from './package.js'
export { loadTrust, keyFingerprint, parsePublicKey } from './trust.js'
export { normaliseTimestamp } from './time.js'
export { validateOrThrow, validator, type SchemaName } from './schema.js'
export { parseYaml, parseJson } from './parse.js'
export {
  DEFAULT_MAX_DOCUMENT_BYTES,
  checkRelativePath,
  resolveInside,
  readInside,
  realRoot
} from './fs-safe.js'
export { DEFAULT_MAX_ALIAS_COUNT } from './parse.js'
export { EVIDENCE_READERS, type EvidenceReader, type ReaderContext } from './readers.js'
export type * from './types.js'
export { indexPlaces, indexPlacesOf, type IndexPlaces } from './index-places.js'
