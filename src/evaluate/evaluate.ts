/**
 * Runs the decision entrypoint and holds its output to the output contract: a policy that
 * returns nothing, or something malformed, is an error, never a decision.
 */
import { GateError, messageOf } from '../shared/errors.js'
import { validator } from '../shared/schema.js'
import type { PolicyInput, TrustData } from '../contracts/policy-input.js'
import type { CompiledPolicy } from './policy.js'
import { DECISION_ENTRYPOINT, type PolicyOutput } from '../contracts/policy-output.js'

const validateOutput = validator('policy-output')

export interface PolicyData {
  trust: TrustData
  [key: string]: unknown
}

/** Sets the data document: the bundle's own data with the run's data (trust, data files) over it. */
export function setPolicyData(policy: CompiledPolicy, data: PolicyData): void {
  policy.instance.setData({ ...policy.data, ...data })
}

export function evaluateDecision(policy: CompiledPolicy, input: PolicyInput): PolicyOutput {
  let resultSet: unknown
  try {
    resultSet = policy.instance.evaluate(input, DECISION_ENTRYPOINT)
  } catch (error) {
    throw new GateError('POLICY_EVAL', `policy evaluation failed: ${messageOf(error)}`, {
      file: policy.name
    })
  }
  return checkOutput(policy, resultSet)
}

/**
 * Sets the data and evaluates: in process for the built-in policy, in a bounded worker for any
 * other (time limit, memory limits), held to the output contract either way.
 */
export async function evaluatePolicy(
  policy: CompiledPolicy,
  data: PolicyData,
  input: PolicyInput
): Promise<PolicyOutput> {
  if (!policy.sandbox) {
    setPolicyData(policy, data)
    return evaluateDecision(policy, input)
  }
  const resultSet = await policy.sandbox.evaluate({ ...policy.data, ...data }, input)
  return checkOutput(policy, resultSet)
}

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
  const output = first.result as PolicyOutput
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
