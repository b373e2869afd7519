/** Public API of the load stage. */
export { loadPackage } from './package.js'
export { loadRetainedReports, type LoadedReports, type RetainedReport } from './reports.js'
export { loadTrust, keyFingerprint, parsePublicKey, trustFilesOf } from './trust.js'
export { isOpenPgpKeyText, readOpenPgpKey } from './openpgp.js'
export { EVIDENCE_READERS, type EvidenceReader, type ReaderContext } from './readers.js'
export type * from './types.js'
