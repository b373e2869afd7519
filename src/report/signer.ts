/** How the report names who made a signature. */
import type { SignatureSummary } from '../contracts/report.js'

/**
 * What a certificate says besides SAN and issuer, as the policy compares it: the source repository
 * (for a reusable workflow, its caller), ref and commit, the build signer when it is not the SAN,
 * and the runner environment.
 */
function extensionsText(s: SignatureSummary): string {
  const parts = [
    s.sourceRepository ? `source repository ${s.sourceRepository}` : null,
    s.sourceRef ? `ref ${s.sourceRef}` : null,
    s.sourceCommit ? `commit ${s.sourceCommit}` : null,
    s.buildSignerUri && s.buildSignerUri !== s.subject ? `build signer ${s.buildSignerUri}` : null,
    s.runnerEnvironment ? `runner ${s.runnerEnvironment}` : null
  ].filter(p => p !== null)
  return parts.length ? `; ${parts.join(', ')}` : ''
}

/**
 * `key <id>` or `<SAN> (issuer <issuer>; <extensions>)`, the log indexes, the signing time and the
 * origin.
 */
export function signerText(s: SignatureSummary): string {
  const who =
    (s.subject ?? null) !== null || (s.issuer ?? null) !== null
      ? `identity ${s.subject ?? '(no SAN)'} (issuer ${s.issuer ?? '(none)'}${extensionsText(s)})`
      : s.keyId !== null
        ? `key ${s.keyId}`
        : (s.reason ?? 'no trusted signer')
  const log = s.logIndexes?.length ? `, Rekor log index ${s.logIndexes.join(', ')}` : ''
  const at = s.signedAt ? `, signed at ${s.signedAt}` : ''
  const from = s.origin && s.origin !== 'package' ? `, from ${s.origin}` : ''
  return `${who}${log}${at}${from}`
}
