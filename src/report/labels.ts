import type { Decision } from '../contracts/policy-output.js'

export const DECISION_LABEL: Record<Decision, string> = {
  approve: 'APPROVE: approved for deployment',
  conditional: 'CONDITIONAL: approved for the listed configurations only',
  reject: 'REJECT: not approved for deployment'
}

export const DECISION_ICON: Record<Decision, string> = {
  approve: '✅',
  conditional: '⚠️',
  reject: '❌'
}

export const RESULT_ICON: Record<string, string> = {
  approved: '✅',
  excluded: '⏸️',
  rejected: '❌',
  pass: '✅',
  fail: '❌',
  gap: '⚠️'
}

export const LEVEL_NAME: Record<number, string> = {
  1: 'supplier assertion',
  2: 'documented process',
  3: 'produced artifact without complete verification',
  4: 'verified',
  5: 'verified and retained'
}
