/**
 * The policy output: what the decision entrypoint `update_gate/decision/result` returns.
 * A public, versioned contract whose single source is schemas/policy-output.schema.json (types
 * generated into src/generated/types); the evaluate stage rejects any output that does not meet
 * it, so a broken policy is an error, never an approval.
 */
import type { PolicyOutput } from '../generated/types/policy-output.js'

export type { Level, PolicyOutput } from '../generated/types/policy-output.js'

export const POLICY_OUTPUT_VERSION: PolicyOutput['apiVersion'] = 'update-gate.dev/policy-output/v1'
/**
 * A team name, the last segment of its package path (update_gate.custom.<team>), and the name of
 * a control of a team's own (update_gate.controls.<name>).
 */
export const TEAM_NAME = /^[a-z][a-z0-9_]*$/

export const DECISION_ENTRYPOINT = 'update_gate/decision/result'
/**
 * What team packages contribute (team -> findings/violations/conditions/exclusions -> entries),
 * validated by the host against the schema's `customFinding` ... $defs. A replacement or a bare
 * module may have neither this nor EVALUATION_ENTRYPOINT (then nothing is checked). A policy
 * built by an earlier version to extend the built-in one has it beside the decision's.
 */
export const CONTRIBUTIONS_ENTRYPOINT = 'update_gate/contract/contributions'
/**
 * `{contributions, result}`: the contributions and the decision from one evaluation, what the
 * host reads of a policy that extends the built-in one (and of the built-in one) when it has it.
 */
export const EVALUATION_ENTRYPOINT = 'update_gate/contract/evaluation'

export type Decision = PolicyOutput['decision']
/**
 * `violation`: the control fails (for the update, or for one configuration when `configuration`
 * is set). `gap`: evidence the control needs is missing; treated as a failure of a required
 * control. `warning` and `info` never change the decision.
 */
export type Finding = PolicyOutput['findings'][number]
export type Severity = Finding['severity']
export type QuestionId = PolicyOutput['questions'][number]['id']
