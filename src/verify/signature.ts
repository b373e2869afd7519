/**
 * Signature facts: a signature is tried against EVERY trusted key (revoked and expired ones
 * too); the fact records which key verified it, never whether that key is acceptable.
 */
import { verify } from 'node:crypto'
import type { LoadedTrust, TrustedKey } from '../load/types.js'
import type { SignatureFact } from '../contracts/policy-input.js'
import { decodeBase64 } from '../shared/base64.js'

export { decodeBase64 }

function verifies(key: TrustedKey, message: Buffer, signature: Buffer): boolean {
  try {
    return verify(key.hash, message, key.publicKey, signature)
  } catch {
    return false // malformed DER, wrong length, …: not a valid signature by this key
  }
}

/** The fact of a signature that did not verify, and why. */
export const unverified = (source: string, reason: string): SignatureFact => ({
  source,
  verified: false,
  keyId: null,
  keyFingerprint: null,
  algorithm: null,
  reason
})

/** The armor header of an OpenPGP signature (RFC 9580, section 6.2). */
export const OPENPGP_SIGNATURE = '-----BEGIN PGP SIGNATURE-----'

/**
 * A detached signature over a file's exact bytes: an ASCII-armored OpenPGP signature, verified
 * against the trust configuration's OpenPGP keys as of the evaluation time (src/verify/openpgp-signature.ts,
 * loaded only then), else a cosign base64 signature against its PKIX keys (signatureFact).
 */
export async function detachedSignatureFact(
  source: string,
  message: Buffer,
  signatureText: string | null,
  trust: Pick<LoadedTrust, 'keys' | 'openpgpKeys'>,
  evaluationTime: string
): Promise<SignatureFact> {
  if (signatureText !== null && signatureText.trimStart().startsWith(OPENPGP_SIGNATURE)) {
    const { openPgpSignatureFact } = await import('./openpgp-signature.js')
    return openPgpSignatureFact(source, message, signatureText, trust.openpgpKeys, evaluationTime)
  }
  return signatureFact(source, message, signatureText, trust.keys)
}

/** Verifies a base64 signature over `message` against every key (sorted by id; first wins). */
export function signatureFact(
  source: string,
  message: Buffer,
  signatureText: string | null,
  keys: readonly TrustedKey[]
): SignatureFact {
  if (signatureText === null) return unverified(source, 'signature file not found')
  const signature = decodeBase64(signatureText)
  if (signature === null) return unverified(source, 'signature is not valid base64')
  if (signature.length === 0) return unverified(source, 'signature is empty')
  for (const key of keys) {
    if (verifies(key, message, signature)) {
      return {
        source,
        verified: true,
        keyId: key.id,
        keyFingerprint: key.fingerprint,
        algorithm: key.algorithm,
        reason: null
      }
    }
  }
  return unverified(
    source,
    keys.length === 0
      ? 'the trust configuration has no keys'
      : 'no trusted key verifies this signature'
  )
}
