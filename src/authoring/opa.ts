/**
 * The opa subprocess, for the authoring tools only (`policy build`, `policy test`, a Rego
 * directory given as `--policy`): how it is run, and its failures turned into GateErrors once.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { DECISION_ENTRYPOINT } from '../contracts/policy-output.js'
import { builtInPolicyDir } from '../evaluate/built-in.js'
import { GateError } from '../shared/errors.js'

const OPA_TIMEOUT_MS = 120_000

export const INSTALL_OPA =
  'install opa v1.22.3 (in a workflow: open-policy-agent/setup-opa; elsewhere: go install github.com/open-policy-agent/opa@v1.22.3)'
export const OPA_INSTALL_HINT = `${INSTALL_OPA}, or prebuild the policy with \`update-gate policy build <dir>\` and pass the bundle.tar.gz`

export interface OpaRun {
  stdout: string
  stderr: string
  /** opa's exit code: 0, or one of the `accept`ed failure codes. */
  code: number
}

export interface OpaOptions {
  /** What the error names: the policy directory or directories. */
  file: string
  timeoutMs?: number
  /** Exit codes that are an answer rather than a failure (`opa test`: 2, tests failed). */
  accept?: number[]
  /** Why opa is needed, and what to do, for the error when it is missing. */
  purpose?: string
  hint?: string
}

function execOpa(args: string[], timeout: number): Promise<OpaRun> {
  return new Promise((resolvePromise, reject) => {
    // env: this realm's process.env (a test runner may give the module its own copy).
    const options = { timeout, maxBuffer: 16 * 1024 * 1024, env: process.env }
    execFile('opa', args, options, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stdout, stderr }))
      else resolvePromise({ stdout, stderr, code: 0 })
    })
  })
}

/** Runs opa, turning a missing binary, a time-out or a refusal into a POLICY_BUILD GateError. */
export async function runOpa(args: string[], options: OpaOptions): Promise<OpaRun> {
  const timeout = options.timeoutMs ?? OPA_TIMEOUT_MS
  try {
    return await execOpa(args, timeout)
  } catch (error) {
    const failure = error as Omit<NodeJS.ErrnoException, 'code'> & {
      stdout?: string
      stderr?: string
      code?: number | string
      killed?: boolean
    }
    const where = { file: options.file }
    if (failure.code === 'ENOENT') {
      throw new GateError(
        'POLICY_BUILD',
        `opa is not on PATH, so ${options.purpose ?? 'the Rego directory cannot be compiled'}: ${options.hint ?? OPA_INSTALL_HINT}`,
        where
      )
    }
    if (failure.killed) {
      throw new GateError(
        'POLICY_BUILD',
        `opa ${args[0]} did not finish within ${timeout / 1000} s`,
        where
      )
    }
    const stdout = failure.stdout ?? ''
    const stderr = failure.stderr ?? ''
    if (typeof failure.code === 'number' && options.accept?.includes(failure.code)) {
      return { stdout, stderr, code: failure.code }
    }
    const detail = [stderr, stdout]
      .filter(Boolean)
      .join('\n')
      .trim()
      .split('\n')
      .slice(0, 40)
      .join('\n')
    const err = new GateError(
      'POLICY_BUILD',
      `opa ${args[0]} refused the policy:\n${detail || failure.message}`,
      where
    )
    throw Object.assign(err, { stdout, stderr })
  }
}

/** The capabilities file the gate builds and tests against: what this host can run. */
export function capabilitiesFile(): string {
  return join(builtInPolicyDir(), 'capabilities.json')
}

/** The opa build the gate uses: wasm target, the decision entrypoint, the host's capabilities. */
export function opaBuildArgs(output: string, files: string[]): string[] {
  return [
    'build',
    '--target',
    'wasm',
    '--entrypoint',
    DECISION_ENTRYPOINT,
    '--capabilities',
    capabilitiesFile(),
    '--output',
    output,
    ...files
  ]
}
