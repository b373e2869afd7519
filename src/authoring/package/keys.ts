/**
 * Signing keys for `update-gate package sign`: PEM private keys (PKCS#8 `PRIVATE KEY`, SEC1
 * `EC PRIVATE KEY`, or `ENCRYPTED PRIVATE KEY` with UPDATE_GATE_KEY_PASSWORD), ECDSA P-256 or
 * Ed25519. The private key never leaves this process; only signatures and the public half are
 * written.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import { GateError, messageOf } from '../../shared/errors.js'
import { readGivenFile } from '../../shared/fs-safe.js'
import { decodeUtf8 } from '../../shared/parse.js'
import { keyFingerprint } from '../../load/trust.js'

export type SigningAlgorithm = 'ecdsa-p256-sha256' | 'ed25519'

export interface SigningKey {
  privateKey: KeyObject
  publicKey: KeyObject
  algorithm: SigningAlgorithm
  /** `sha256:` fingerprint of the DER SubjectPublicKeyInfo (what the gate's report shows). */
  fingerprint: string
  publicKeyPem: string
}

export const KEY_PASSWORD_ENV = 'UPDATE_GATE_KEY_PASSWORD'

/** Parses a PEM private key; INVALID_KEY naming the file and what is accepted otherwise. */
export function parsePrivateKey(pem: string, file: string): SigningKey {
  const where = { file }
  if (/SIGSTORE PRIVATE KEY|COSIGN PRIVATE KEY/.test(pem)) {
    throw new GateError(
      'INVALID_KEY',
      `a cosign-encrypted key is not read here; give a PEM private key (PKCS#8), e.g. ` +
        '`openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out release.key`, ' +
        'or sign with cosign itself (docs/supplier-guide.md#signing-with-cosign-or-openssl)',
      where
    )
  }
  if (/-----BEGIN PUBLIC KEY-----/.test(pem) && !/PRIVATE KEY-----/.test(pem)) {
    throw new GateError(
      'INVALID_KEY',
      'this is a public key; signing needs the private key (-----BEGIN PRIVATE KEY-----)',
      where
    )
  }
  if (!/-----BEGIN (ENCRYPTED |EC )?PRIVATE KEY-----/.test(pem)) {
    throw new GateError(
      'INVALID_KEY',
      'not a PEM private key: expected -----BEGIN PRIVATE KEY----- (PKCS#8) or -----BEGIN EC PRIVATE KEY-----',
      where
    )
  }
  const encrypted = /-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(pem)
  const passphrase = process.env[KEY_PASSWORD_ENV]
  if (encrypted && !passphrase) {
    throw new GateError(
      'INVALID_KEY',
      `the private key is encrypted; set ${KEY_PASSWORD_ENV} to its password`,
      where
    )
  }
  let privateKey: KeyObject
  try {
    privateKey = createPrivateKey(
      encrypted ? { key: pem, format: 'pem', passphrase } : { key: pem, format: 'pem' }
    )
  } catch (error) {
    throw new GateError(
      'INVALID_KEY',
      `not a valid PEM private key${encrypted ? ` (or ${KEY_PASSWORD_ENV} is wrong)` : ''}: ${messageOf(error)}`,
      where
    )
  }
  const type = privateKey.asymmetricKeyType
  const curve = privateKey.asymmetricKeyDetails?.namedCurve
  let algorithm: SigningAlgorithm
  if (type === 'ed25519') algorithm = 'ed25519'
  else if (type === 'ec' && curve === 'prime256v1') algorithm = 'ecdsa-p256-sha256'
  else {
    throw new GateError(
      'INVALID_KEY',
      `unsupported key type ${type}${curve ? ` (curve ${curve})` : ''}; use ECDSA P-256 or Ed25519`,
      where
    )
  }
  const publicKey = createPublicKey(privateKey)
  return {
    privateKey,
    publicKey,
    algorithm,
    fingerprint: keyFingerprint(publicKey),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString()
  }
}

/** Most bytes of a PEM key file (a 4096-bit RSA private key is about 3.3 KB). */
export const MAX_KEY_BYTES = 64 * 1024

/**
 * Reads a PEM key file a user names, bounded and only a regular file (a FIFO or a device is
 * refused naming the option, never waited on). `option` is the command-line option that named
 * it, `what` the key it expects (for the error when nothing is there).
 */
export function readKeyFile(file: string, option: string, what: string): string {
  const where = { file, field: option }
  const bytes = readGivenFile(file, MAX_KEY_BYTES, where)
  if (bytes === null)
    throw new GateError(
      'FILE_NOT_FOUND',
      `key file does not exist; give ${what} with ${option} <file>`,
      where
    )
  return decodeUtf8(bytes, file)
}

/** Reads a PEM private key file; `option` is the command-line option that named it. */
export async function readPrivateKey(file: string, option = '--key'): Promise<SigningKey> {
  const what = 'the PEM private key (ECDSA P-256 or Ed25519, PKCS#8)'
  return parsePrivateKey(readKeyFile(file, option, what), file)
}
