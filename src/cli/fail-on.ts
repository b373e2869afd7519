import type { Decision } from '../evaluate/policy-output.js'

export type FailOn = 'reject' | 'conditional' | 'never'
export const FAIL_ON: readonly FailOn[] = ['reject', 'conditional', 'never']

/** Whether a decision fails the gate at the chosen threshold. `error` always fails. */
export function failsGate(decision: Decision | 'error', failOn: FailOn): boolean {
  if (decision === 'error') return true
  if (failOn === 'never') return false
  if (decision === 'reject') return true
  return failOn === 'conditional' && decision === 'conditional'
}
