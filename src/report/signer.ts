/** How the report names who made a signature. */
import type { SignatureSummary } from '../contracts/report.js'

/** `key <id>` or `<SAN> (issuer <issuer>)`, the log indexes, the signing time and the origin. */
export function signerText(s: SignatureSummary): string {
  const who =
    (s.subject ?? null) !== null || (s.issuer ?? null) !== null
      ? `identity ${s.subject ?? '(no SAN)'} (issuer ${s.issuer ?? '(none)'})`
      : s.keyId !== null
        ? `key ${s.keyId}`
        : (s.reason ?? 'no trusted signer')
  const log = s.logIndexes?.length ? `, Rekor log index ${s.logIndexes.join(', ')}` : ''
  const at = s.signedAt ? `, signed at ${s.signedAt}` : ''
  const from = s.origin && s.origin !== 'package' ? `, from ${s.origin}` : ''
  return `${who}${log}${at}${from}`
}
