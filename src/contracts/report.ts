/**
 * The report: what the CLI prints with `--format json` and the Action retains. A public,
 * versioned contract (`apiVersion`), built by gate.ts and rendered by report/.
 */
import type { PolicyOutput } from './policy-output.js'

export const REPORT_VERSION = 'update-gate.dev/report/v1'

/** The JSON report to retain: the policy output plus what it was computed from. */
export interface GateReport {
  apiVersion: typeof REPORT_VERSION
  evaluationTime: string
  package: {
    dir: string
    product: string
    fromVersion: string
    toVersion: string
    cohort: string
  }
  /** sha256 of every file the decision rests on (index, evidence, artifacts, trust), by path. */
  inputDigests: Record<string, string>
  policy: { name: string; sha256: string }
  /** What the verify stage found about files and signatures: facts, the policy judges them. */
  evidence: EvidenceSummary
  /**
   * The signed manifest's artifacts as the verify stage found them: the manifest's name and the
   * computed sha256 (null when the file is missing); `matches` when size and digest equal the
   * manifest's. Update-wide: configurations select hardware, not artifacts.
   */
  artifacts: { name: string; sha256: string | null; matches: boolean }[]
  result: PolicyOutput
}

export interface EvidenceSummary {
  /** Items the index lists whose file is not in the package. */
  missing: { id: string; kind: string; file: string }[]
  /** Every signature (manifest `.sig`, each DSSE signature), verified or not, and why not. */
  signatures: SignatureSummary[]
}

/**
 * One signature the verify stage checked, and who made it: the key id, or the certificate
 * identity (issuer + SAN) with its transparency-log indexes, as `gh attestation verify` and
 * `cosign verify-blob` print them. Facts, not a verdict: whether the signer is acceptable is the
 * policy's finding.
 */
export interface SignatureSummary {
  /** Evidence id and the signature's source (file, `file#line`, DSSE signature n). */
  evidence: string
  source: string
  verified: boolean
  /** Trust-configuration key id, for a signature verified by a key. */
  keyId: string | null
  /** Why it did not verify. */
  reason: string | null
  /** Certificate identity, for a signature verified through a Sigstore certificate. */
  issuer?: string | null
  subject?: string | null
  /** Transparency-log indexes of a Sigstore bundle's entries. */
  logIndexes?: string[]
  /** The trusted signing time (log integrated time or signed timestamp), when there is one. */
  signedAt?: string | null
  /** Where a Sigstore bundle came from: `package`, or the GitHub attestations API. */
  origin?: string
}
