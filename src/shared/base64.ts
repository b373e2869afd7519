/** Strict base64 (standard or URL-safe) decoding, shared by the load and verify stages. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/

/** Decodes standard or URL-safe base64 strictly (whitespace ignored); null when it is neither. */
export function decodeBase64(text: string): Buffer | null {
  const compact = text.replace(/\s+/g, '')
  if (!BASE64.test(compact) && !BASE64URL.test(compact)) return null
  const unpadded = compact.replace(/=+$/, '')
  if (unpadded.length % 4 === 1) return null
  return Buffer.from(unpadded.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
}
