/**
 * The pipeline as one call: load -> verify -> evaluate, shared by the CLI and the Action.
 * (Collect is the caller's: the CLI takes a directory, the Action gathers files from GitHub.)
 */
import type { PolicyOutput } from './evaluate/policy-output.js'

export const REPORT_VERSION = 'update-gate.dev/report/v1'

export interface GateOptions {
  /** Evidence package directory (holds update-evidence.yaml). */
  packageDir: string
  /** Trust configuration file, owned by whoever runs the gate. */
  trustFile: string
  /** RFC 3339 evaluation time; defaults to now. */
  evaluationTime?: string
  /** Where the manifest's artifacts are; defaults to `<packageDir>/artifacts`. */
  artifactsDir?: string
}

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
  policy: { name: string; version: string; sha256: string }
  result: PolicyOutput
}

export declare function runGate(options: GateOptions): Promise<GateReport>
