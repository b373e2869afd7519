/**
 * The policy output: what the decision entrypoint `update_gate/decision/result` returns.
 * A public, versioned contract (schemas/policy-output.schema.json); the evaluate stage rejects
 * any output that does not meet it, so a broken policy is an error, never an approval.
 */

export const POLICY_OUTPUT_VERSION = 'update-gate.dev/policy-output/v1'
export const DECISION_ENTRYPOINT = 'update_gate/decision/result'

export type Decision = 'approve' | 'conditional' | 'reject'
export type Level = 1 | 2 | 3 | 4 | 5

/** Built-in control ids; custom policies add findings under `custom.<team>`. */
export type ControlId =
  | 'signing'
  | 'provenance'
  | 'approval'
  | 'rollback-recovery'
  | 'affected-versions'
  | 'notification'
  | 'retention'

export type QuestionId =
  | 'approved-before-signing'
  | 'signed-by-authorized-key'
  | 'affected-versions-mapped'
  | 'rollback-recovery-tested'
  | 'decisions-retained'

/**
 * `violation`: the control fails (for the update, or for one configuration when `configuration`
 * is set). `gap`: evidence the control needs is missing; treated as a failure of a required
 * control. `warning` and `info` never change the decision.
 */
export type Severity = 'violation' | 'gap' | 'warning' | 'info'

export interface Finding {
  /** Stable rule id, e.g. `signing.key_revoked`. */
  rule: string
  /** Control id, or `custom.<team>` for a team's package. */
  control: string
  severity: Severity
  message: string
  /** Evidence ids (from update-evidence.yaml) the finding is about. */
  evidence: string[]
  /** Set when the finding applies to one configuration only. */
  configuration?: string
}

export interface PolicyOutput {
  apiVersion: typeof POLICY_OUTPUT_VERSION
  decision: Decision
  /** One sentence a reviewer reads first. */
  summary: string
  maturity: {
    /** Level of the approved scope (all configurations when none is approved). */
    level: Level
    reason: string
    controls: Record<string, { level: Level; reason: string }>
    configurations: Record<string, { level: Level; reason: string }>
  }
  controls: { id: string; result: 'pass' | 'fail' | 'gap'; level: Level; required: boolean }[]
  configurations: {
    id: string
    result: 'approved' | 'excluded' | 'rejected'
    reasons: string[]
    /** The recorded exception that turns a failing configuration into an exclusion. */
    exception: string | null
  }[]
  questions: {
    id: QuestionId
    question: string
    answer: 'pass' | 'fail' | 'gap'
    reasons: string[]
    evidence: string[]
  }[]
  conditions: {
    id: string
    configuration: string | null
    text: string
    followUpBy: string | null
  }[]
  findings: Finding[]
}
