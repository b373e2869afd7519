/**
 * OpenPGP as the load stage reads it: public keys in the trust configuration (the key a CSAF
 * provider lists in its `public_openpgp_keys`, a vendor's release-signing key), read with
 * OpenPGP.js, loaded (a chunk of its own) only when a trust file holds such a key; and binary
 * detached signatures (`gpg --detach-sign` without `--armor`), given the armor the verify stage
 * reads.
 */
import type { PublicKey } from 'openpgp'
import { clip, GateError, messageOf } from '../shared/errors.js'

/** The armor header of an OpenPGP public key block (RFC 9580, section 6.2). */
const PUBLIC_KEY_BLOCK = '-----BEGIN PGP PUBLIC KEY BLOCK-----'

/** Whether a trust key's text is an ASCII-armored OpenPGP public key rather than a PKIX PEM. */
export const isOpenPgpKeyText = (text: string): boolean =>
  text.trimStart().startsWith(PUBLIC_KEY_BLOCK)

/**
 * Reads one OpenPGP public key (a primary key with its user IDs and subkeys). INVALID_KEY naming
 * the key id when the text is not exactly one public key, or when no part of it can sign: its
 * self-signatures are checked and a revoked primary key refused here; whether the key (or the
 * subkey that signed) was valid when it signed is judged for each signature, at its creation time.
 * The fingerprint is the primary key's (v4: 40 hex digits, v6: 64), as `gpg --fingerprint` shows it.
 */
export async function readOpenPgpKey(
  armored: string,
  keyId: string,
  where: { file?: string; field?: string }
): Promise<{ key: PublicKey; fingerprint: string }> {
  const name = `key '${clip(keyId, 100)}'`
  // OpenPGP.js reads the first armored block of a text and ignores the rest: a second one would
  // be a key nobody sees.
  const blocks = armored.split(PUBLIC_KEY_BLOCK).length - 1
  if (blocks !== 1 || !/-----END PGP PUBLIC KEY BLOCK-----\s*$/.test(armored)) {
    throw new GateError(
      'INVALID_KEY',
      blocks === 1
        ? `${name}: nothing may follow the OpenPGP public key block's END line`
        : `${name} holds ${blocks} OpenPGP public key blocks; list each key on its own`,
      where
    )
  }
  const { readKeys } = await import('openpgp')
  let keys
  try {
    keys = await readKeys({ armoredKeys: armored })
  } catch (error) {
    throw new GateError(
      'INVALID_KEY',
      `${name} is not a valid OpenPGP public key: ${messageOf(error)}`,
      where
    )
  }
  if (keys.length !== 1) {
    throw new GateError(
      'INVALID_KEY',
      `${name} holds ${keys.length} OpenPGP keys; list each key on its own`,
      where
    )
  }
  const key = keys[0]!
  if (key.isPrivate()) {
    throw new GateError('INVALID_KEY', `${name} is a private key; give the public key only`, where)
  }
  try {
    // No date: whether it can sign at all (self-signatures, key flags, algorithm and size).
    await key.getSigningKey(undefined, null)
  } catch (error) {
    throw new GateError(
      'INVALID_KEY',
      `${name} is an OpenPGP key that cannot sign: ${messageOf(error)}`,
      where
    )
  }
  return { key: key as PublicKey, fingerprint: `openpgp:${key.getFingerprint()}` }
}

/**
 * Whether a signature file is a binary OpenPGP signature: its first packet is a signature packet
 * (tag 2, in the old or the new packet format) of a known version (3 to 6). Such a file is not
 * text; anything else binary stays what it was (a raw signature, refused with the conversion to
 * cosign's base64 as its fix).
 */
export function isBinaryOpenPgpSignature(bytes: Uint8Array): boolean {
  const header = bytes[0] ?? 0
  let tag: number
  let bodyAt: number
  if ((header & 0xc0) === 0xc0) {
    tag = header & 0x3f
    const first = bytes[1] ?? 0
    bodyAt = first < 192 ? 2 : first < 224 ? 3 : first === 255 ? 6 : -1 // partial lengths: no
  } else if ((header & 0xc0) === 0x80) {
    tag = (header >> 2) & 0x0f
    bodyAt = [2, 3, 5, -1][header & 0x03]!
  } else return false
  const version = bodyAt < 0 ? 0 : (bytes[bodyAt] ?? 0)
  return tag === 2 && version >= 3 && version <= 6
}

/** A binary OpenPGP signature as armored text (RFC 9580, section 6.2; the checksum is optional). */
export function armoredSignature(bytes: Uint8Array): string {
  const lines =
    Buffer.from(bytes)
      .toString('base64')
      .match(/.{1,64}/g) ?? []
  return ['-----BEGIN PGP SIGNATURE-----', '', ...lines, '-----END PGP SIGNATURE-----', ''].join(
    '\n'
  )
}
