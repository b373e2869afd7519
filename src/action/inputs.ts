/** The Action's inputs (action.yml), read and checked once. */
import * as core from '@actions/core'
import { splitPatterns } from '../collect/glob.js'
import { isSafeRepoPath } from '../collect/repo-files.js'
import { GateError } from '../errors.js'

export type FailOn = 'reject' | 'conditional' | 'never'

export interface ActionInputs {
  /** Package directory or glob(s); '' lets the event decide. */
  evidence: string
  trust: string
  policy: string
  /** Data file paths (repository paths on PR and release events, workspace paths otherwise). */
  data: string[]
  failOn: FailOn
  comment: boolean
  token: string
  /** RFC 3339, or undefined for now. */
  at: string | undefined
  report: string
}

export const DEFAULT_TRUST = '.github/update-gate/trust.yaml'
export const DEFAULT_POLICY = 'builtin'

/**
 * Every path input names a place in the repository (read through the API, or in the checkout on
 * workspace events): the same check on every event, before anything is read.
 */
function repoPath(value: string, field: string, what: string): string {
  const clean = value.replace(/^(\.\/)+/, '').replace(/\/+$/, '')
  if (clean === '' || clean === '.' ? field !== 'input evidence' : !isSafeRepoPath(clean)) {
    throw new GateError(
      'PATH_OUTSIDE_ROOT',
      `expected ${what} relative to the repository root, without "..", "." or "//" segments`,
      { file: value, field }
    )
  }
  return clean === '.' ? '' : clean
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

export function readInputs(): ActionInputs {
  const failOn = (core.getInput('fail-on') || 'reject').trim()
  if (failOn !== 'reject' && failOn !== 'conditional' && failOn !== 'never') {
    throw new GateError('USAGE', `expected reject, conditional or never, got "${failOn}"`, {
      field: 'input fail-on'
    })
  }
  const commentRaw = (core.getInput('comment') || 'true').trim().toLowerCase()
  if (!['true', 'false'].includes(commentRaw)) {
    throw new GateError('USAGE', `expected true or false, got "${commentRaw}"`, {
      field: 'input comment'
    })
  }
  const at = core.getInput('at').trim() || undefined
  if (at !== undefined && (!RFC3339.test(at) || Number.isNaN(Date.parse(at)))) {
    throw new GateError('INVALID_TIME', `expected an RFC 3339 time with a zone, got "${at}"`, {
      field: 'input at'
    })
  }
  const policyInput = core.getInput('policy').trim()
  // `built-in` is the CLI's spelling of the same thing.
  const policy = !policyInput || policyInput === 'built-in' ? DEFAULT_POLICY : policyInput
  if (policy !== DEFAULT_POLICY) repoPath(policy, 'input policy', 'a path')
  const trust = core.getInput('trust').trim() || DEFAULT_TRUST
  repoPath(trust, 'input trust', 'a file path')
  const data = core
    .getInput('data')
    .split(/[,\n]/)
    .map(p => p.trim())
    .filter(Boolean)
  for (const path of data) repoPath(path, 'input data', 'a file path')
  const evidence = core.getInput('evidence').trim()
  for (const pattern of splitPatterns(evidence)) {
    repoPath(pattern, 'input evidence', 'a directory or glob')
  }
  return {
    evidence,
    trust,
    policy,
    data,
    failOn,
    comment: commentRaw === 'true',
    token: core.getInput('token').trim(),
    at,
    report: core.getInput('report').trim()
  }
}
