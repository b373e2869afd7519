/** Public API of the verify stage: facts only, never verdicts. */
export { verifyPackage, type VerifiedPackage, type VerifyOptions } from './package.js'
export {
  pae,
  verifyDsse,
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_V1,
  SLSA_PROVENANCE_V1
} from './dsse.js'
export { signatureFact, decodeBase64 } from './signature.js'
export { sha256File, DIGEST_BUFFER_BYTES } from './digest.js'
