/**
 * Signatures as the gate verifies them:
 * - a detached blob signature as `cosign sign-blob --key` writes it: base64 of an ECDSA
 *   P-256/SHA-256 ASN.1 DER signature (or an Ed25519 signature) over the exact file bytes;
 * - a DSSE envelope (https://github.com/secure-systems-lab/dsse/blob/master/protocol.md): the
 *   signature is over PAE(payloadType, payload), never over the payload alone.
 */
import { sign } from 'node:crypto'
import { pae, IN_TOTO_PAYLOAD_TYPE } from '../../verify/dsse.js'
import type { SigningKey } from './keys.js'

const hashOf = (key: SigningKey): 'sha256' | null => (key.algorithm === 'ed25519' ? null : 'sha256')

/** `cosign sign-blob --key` output: base64, no newline (cosign writes none either). */
export function signBlob(bytes: Uint8Array, key: SigningKey): string {
  return sign(hashOf(key), bytes, key.privateKey).toString('base64')
}

export interface DsseEnvelopeJson {
  payloadType: string
  payload: string
  signatures: { keyid: string; sig: string }[]
}

/** A DSSE envelope over `payload` (the statement's exact bytes), signed over the PAE. */
export function signDsse(
  payload: Uint8Array,
  key: SigningKey,
  keyid: string,
  payloadType: string = IN_TOTO_PAYLOAD_TYPE
): DsseEnvelopeJson {
  const sig = sign(hashOf(key), pae(payloadType, payload), key.privateKey).toString('base64')
  return {
    payloadType,
    payload: Buffer.from(payload).toString('base64'),
    signatures: [{ keyid, sig }]
  }
}
