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
  signatures: {
    evidence: string
    source: string
    verified: boolean
    keyId: string | null
    reason: string | null
  }[]
}
