/** Who made each signature, for the report: facts from the policy input, never a verdict. */
import type { PolicyInput } from '../contracts/policy-input.js'
import type { SignatureSummary } from '../contracts/report.js'

export function signatureSummaries(input: PolicyInput): SignatureSummary[] {
  const out: SignatureSummary[] = []
  for (const e of input.evidence) {
    for (const s of e.verification?.signatures ?? []) {
      out.push({
        evidence: e.id,
        source: s.source,
        verified: s.verified,
        keyId: s.keyId,
        issuer: s.identity?.issuer ?? null,
        subject: s.identity?.subject ?? null,
        logIndexes: (s.tlogEntries ?? []).map(t => t.logIndex),
        signedAt: s.signedAt ?? null,
        origin: s.bundle?.origin ?? 'package',
        reason: s.reason
      })
    }
  }
  return out
}
