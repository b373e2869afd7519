import type { Decision } from './policy-output.js'

/** `--fail-on` (CLI) and the `fail-on` input (Action): the decision from which the gate fails. */
export type FailOn = 'reject' | 'conditional' | 'never'
export const FAIL_ON: readonly FailOn[] = ['reject', 'conditional', 'never']

/**
 * Whether a decision fails the gate at the chosen threshold. `error` always fails; `none` (the
 * Action found no package to gate) never does.
 */
export function failsGate(decision: Decision | 'error' | 'none', failOn: FailOn): boolean {
  if (decision === 'error') return true
  if (failOn === 'never') return false
  if (decision === 'reject') return true
  return failOn === 'conditional' && decision === 'conditional'
}
