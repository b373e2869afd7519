/** The Action's inputs (action.yml), read and checked once. */
import * as core from '@actions/core'
import { splitPatterns } from '../collect/glob.js'
import { CONFIGURATION_FROM, type ConfigurationFrom } from '../collect/index.js'
import { isSafeRepoPath } from '../collect/repo-files.js'
import { FAIL_ON, type FailOn } from '../contracts/fail-on.js'
import { GateError } from '../shared/errors.js'
import { normaliseTimestamp } from '../shared/time.js'
import { checkServiceUrl } from '../report/keyless-options.js'
import { isBuiltInPolicyName } from '../evaluate/built-in.js'

/** `attest` and the Sigstore endpoints it signs with (src/action/attest.ts). */
export interface AttestInputs {
  enabled: boolean
  /** '' for the instance chosen by the repository's visibility. */
  fulcioUrl: string
  rekorUrl: string
  timestampUrl: string
}

export interface ActionInputs {
  /** Package directory or glob(s); '' lets the event decide. */
  evidence: string
  trust: string
  policy: string
  /** Data file paths (repository paths on PR and release events, workspace paths otherwise). */
  data: string[]
  failOn: FailOn
  comment: boolean
  /** On a release: fetch GitHub's attestations when the package carries no provenance. */
  fetchAttestations: boolean
  token: string
  /** Retained report paths (files or directories; same places as data). */
  approvedReports: string[]
  /** Where workspace events read the configuration (trust, policy, data, reports). */
  configurationFrom: ConfigurationFrom
  /** RFC 3339, or undefined for now. */
  at: string | undefined
  report: string
  /** SARIF 2.1.0 file to write (workspace-relative); '' for none. */
  sarifFile: string
  attest: AttestInputs
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

/** A `true`/`false` input (default true unless said). */
function booleanInput(name: string, fallback: 'true' | 'false' = 'true'): string {
  const raw = (core.getInput(name) || fallback).trim().toLowerCase()
  if (!['true', 'false'].includes(raw)) {
    throw new GateError('USAGE', `expected true or false, got "${raw}"`, {
      field: `input ${name}`
    })
  }
  return raw
}

/** A comma or newline separated list of repository paths, each checked. */
function pathList(name: string, what: string): string[] {
  return core
    .getInput(name)
    .split(/[,\n]/)
    .map(p => p.trim())
    .filter(Boolean)
    .map(p => repoPath(p, `input ${name}`, what))
}

export function readInputs(): ActionInputs {
  const failOn = (core.getInput('fail-on') || 'reject').trim() as FailOn
  if (!FAIL_ON.includes(failOn)) {
    throw new GateError('USAGE', `expected reject, conditional or never, got "${failOn}"`, {
      field: 'input fail-on'
    })
  }
  const commentRaw = booleanInput('comment')
  const fetchRaw = booleanInput('fetch-attestations')
  const attestRaw = booleanInput('attest', 'false')
  const url = (name: string) => {
    const value = core.getInput(name).trim()
    return value ? checkServiceUrl(value, `input ${name}`) : ''
  }
  const attest: AttestInputs = {
    enabled: attestRaw === 'true',
    fulcioUrl: url('fulcio-url'),
    rekorUrl: url('rekor-url'),
    timestampUrl: url('timestamp-url')
  }
  const at = core.getInput('at').trim() || undefined
  // Checked here, before anything is fetched; the gate normalises it again, the same way.
  if (at !== undefined) normaliseTimestamp(at, { field: 'input at' })
  const policyInput = core.getInput('policy').trim()
  const policy = !policyInput || isBuiltInPolicyName(policyInput) ? DEFAULT_POLICY : policyInput
  if (policy !== DEFAULT_POLICY) repoPath(policy, 'input policy', 'a path')
  const trust = core.getInput('trust').trim() || DEFAULT_TRUST
  repoPath(trust, 'input trust', 'a file path')
  const data = pathList('data', 'a file path')
  const approvedReports = pathList('approved-reports', 'a file or directory path')
  const configurationFrom = (core.getInput('configuration-from').trim() ||
    'checkout') as ConfigurationFrom
  if (!CONFIGURATION_FROM.includes(configurationFrom)) {
    throw new GateError(
      'USAGE',
      `expected ${CONFIGURATION_FROM.join(' or ')}, got "${configurationFrom}"`,
      { field: 'input configuration-from' }
    )
  }
  const evidence = core.getInput('evidence').trim()
  for (const pattern of splitPatterns(evidence)) {
    repoPath(pattern, 'input evidence', 'a directory or glob')
  }
  return {
    evidence,
    trust,
    policy,
    data,
    approvedReports,
    configurationFrom,
    failOn,
    comment: commentRaw === 'true',
    fetchAttestations: fetchRaw === 'true',
    token: core.getInput('token').trim(),
    at,
    report: core.getInput('report').trim(),
    sarifFile: core.getInput('sarif-file').trim(),
    attest
  }
}
