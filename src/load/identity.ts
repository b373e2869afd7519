/**
 * Canonical identities: the names people type for approvers, signers, builders, risk acceptors
 * and producers, in evidence records, the index and the trust configuration. The load stage
 * canonicalises every one of them, so the policy compares canonical ids only and a spelling
 * variant (`Carol@supplier.example`, a trailing space, a decomposed `é`) names the same person.
 *
 * Canonical form: trimmed (Unicode white space at both ends), Unicode NFC, and an e-mail address
 * lower-cased whole (every major mail provider treats the local part case-insensitively; the
 * domain is case-insensitive anyway). Invisible and control characters (zero-width joiners and
 * spaces, bidirectional controls, soft hyphens, BOMs, control characters, white space other than
 * U+0020 inside the name, unpaired surrogates) cannot be canonicalised away honestly: they are
 * input errors naming the file and field. Certificate SANs and issuers, and values compared
 * exactly as they were signed (such as a SLSA builder id in signed provenance), are not names
 * that people type and are not changed.
 */
import { GateError } from '../shared/errors.js'
import type { Where } from '../shared/fs-safe.js'

/**
 * The Unicode patterns, made on first use: V8 resolves a property escape's tables when a regular
 * expression is created, about 1.5 ms of start-up for these three when they were module constants.
 */
const unicodePatterns = () =>
  (patterns ??= {
    /** White space at either end, removed (U+FEFF is no white space: it is refused below). */
    EDGE_SPACE: /^\p{White_Space}+|\p{White_Space}+$/gu,
    /** Characters a name may not contain: invisible, control, or white space other than U+0020. */
    HIDDEN:
      /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]|(?! )\p{White_Space}/u,
    /** `local@domain` with a host-name domain: no spaces, slashes or colons (a URL is no e-mail). */
    EMAIL:
      /^[^\s@/:]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*$/u
  })
let patterns: { EDGE_SPACE: RegExp; HIDDEN: RegExp; EMAIL: RegExp } | undefined

/**
 * Names of printable ASCII only (U+0020 to U+007E), as most are: their canonical form needs none
 * of the Unicode patterns above (compiling those is a few ms of a run that uses them).
 * Such a name holds no HIDDEN character, its only white space is U+0020, NFC leaves it as it is,
 * and EMAIL matches it as ASCII_EMAIL does (\p{L} and \p{N} in ASCII are letters and digits).
 */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
const ASCII_EDGE_SPACE = /^ +| +$/g
const ASCII_EMAIL =
  /^[^\s@/:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/

const codePoint = (c: string): string =>
  `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

/** True when the canonical form of a name is an e-mail address (and so lower-cased). */
export const isEmailAddress = (name: string): boolean =>
  PRINTABLE_ASCII.test(name) ? ASCII_EMAIL.test(name) : unicodePatterns().EMAIL.test(name)

/**
 * The canonical form of a name (see above); SCHEMA_VIOLATION naming `where` for a name that
 * holds an invisible or control character, or is empty once trimmed.
 */
export function canonicalIdentity(value: string, where: Where): string {
  if (PRINTABLE_ASCII.test(value)) {
    const trimmed = value.replace(ASCII_EDGE_SPACE, '')
    if (trimmed === '') throw new GateError('SCHEMA_VIOLATION', 'is empty once trimmed', where)
    return ASCII_EMAIL.test(trimmed) ? trimmed.toLowerCase() : trimmed
  }
  return canonicalUnicodeIdentity(value, where)
}

/** canonicalIdentity without the shortcut for printable ASCII, which gives what this gives. */
export function canonicalUnicodeIdentity(value: string, where: Where): string {
  const { EDGE_SPACE, HIDDEN } = unicodePatterns()
  const trimmed = value.replace(EDGE_SPACE, '')
  const hidden = HIDDEN.exec(trimmed)
  if (hidden) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      `contains an invisible or control character (${codePoint(hidden[0])} at position ${hidden.index}); ` +
        'a name must be visible text, as it is compared with other names',
      where
    )
  }
  if (trimmed === '') throw new GateError('SCHEMA_VIOLATION', 'is empty once trimmed', where)
  const nfc = trimmed.normalize('NFC')
  return isEmailAddress(nfc) ? nfc.toLowerCase().normalize('NFC') : nfc
}
