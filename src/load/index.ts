/** Public API of the load stage. */
export { loadPackage } from './package.js'
export { loadTrust, keyFingerprint, parsePublicKey } from './trust.js'
export { EVIDENCE_READERS, type EvidenceReader, type ReaderContext } from './readers.js'
export type * from './types.js'
