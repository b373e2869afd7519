/**
 * Holds a policy's answer to the output contract: a policy that returns nothing, or something
 * malformed, is an error, never a decision.
 */
import { DECISION_ENTRYPOINT, type PolicyOutput } from '../contracts/policy-output.js'
import { GateError } from '../shared/errors.js'
import { validator } from '../shared/schema.js'

const validateOutput = validator('policy-output')

/** The first result of the entrypoint, held to the output contract. */
export function checkOutput(policy: { name: string }, resultSet: unknown): PolicyOutput {
  const first = Array.isArray(resultSet)
    ? (resultSet[0] as { result?: unknown } | undefined)
    : undefined
  if (first === undefined || first.result === undefined) {
    throw new GateError(
      'POLICY_OUTPUT',
      `${DECISION_ENTRYPOINT} is undefined for this input: the policy made no decision`,
      {
        file: policy.name
      }
    )
  }
  const output = first.result
  if (!validateOutput(output)) {
    const problems = (validateOutput.errors ?? [])
      .slice(0, 5)
      .map(e => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
      .join('; ')
    throw new GateError(
      'POLICY_OUTPUT',
      `the policy output does not meet the output contract: ${problems}`,
      {
        file: policy.name,
        field: validateOutput.errors?.[0]?.instancePath || undefined
      }
    )
  }
  return output
}
