/**
 * The run-time side of policies: one interface, two runners. The built-in policy runs in
 * process; any other policy (a team's bundle, wasm or Rego directory) runs in a bounded worker
 * (time limit, memory limits). Authoring tools (opa, bundles) are in src/authoring, not here.
 */
import { createHash } from 'node:crypto'
import type { PolicyInput, TrustData } from '../contracts/policy-input.js'
import type { PolicyOutput } from '../contracts/policy-output.js'
import { GateError, messageOf } from '../shared/errors.js'
import type { PolicyBundle } from './built-in.js'
import { checkContributions } from './contributions.js'
import { checkOutput } from './output.js'
import {
  compileModule,
  evaluatePolicy,
  instantiatePolicy,
  memoryFor,
  needsNewInstance,
  type CheckedPolicy,
  type PolicyAnswer
} from './wasm-policy.js'

/** The data document of one evaluation: `data.trust` and the run's data files. */
export interface PolicyData {
  trust: TrustData
  [key: string]: unknown
}

export interface PolicyRunner {
  /** `built-in` or the policy's path, for the report. */
  readonly name: string
  /** sha256 of the wasm module. */
  readonly sha256: string
  /** Builtins the module imports from the host. */
  readonly imports: string[]
  /**
   * Evaluates the decision entrypoint with the bundle's own data under `data`, and holds the
   * answer to the output contract.
   */
  evaluate(data: PolicyData, input: PolicyInput): Promise<PolicyOutput>
  /** Frees what the runner holds (a worker never keeps the process alive, even unclosed). */
  close(): Promise<void>
}

/** The longest time limit a timer holds (setTimeout's 2^31 - 1 ms, about 24.8 days). */
export const MAX_POLICY_TIMEOUT_MS = 2 ** 31 - 1

export interface RunnerOptions {
  /**
   * Time limit of one evaluation of a policy other than the built-in one (default 10 s; at most
   * MAX_POLICY_TIMEOUT_MS).
   */
  timeoutMs?: number
}

/** The built-in policy, evaluated in process. */
export class InProcessRunner implements PolicyRunner {
  readonly imports: string[]
  private checked: CheckedPolicy
  private data: Record<string, unknown> | undefined

  constructor(
    private readonly bundle: PolicyBundle,
    readonly sha256: string,
    checked: CheckedPolicy,
    private readonly module?: WebAssembly.Module
  ) {
    this.checked = checked
    this.imports = checked.imports
  }

  private get policy(): CheckedPolicy['instance'] {
    return this.checked.instance
  }

  get name(): string {
    return this.bundle.name
  }

  /** Sets the data document: the bundle's own data with the run's data over it. */
  setData(data: PolicyData): void {
    this.data = { ...this.bundle.data, ...data }
    this.policy.setData(this.data)
  }

  /**
   * Evaluates with the data last set (what `evaluate` does after setting it). The wasm memory
   * is sized to the input (memoryFor): an input larger than the instance's bound or initial
   * memory gets a new instance of the compiled module with larger ones.
   */
  decide(input: PolicyInput): PolicyOutput {
    const bytes = new TextEncoder().encode(JSON.stringify(input))
    const memory = memoryFor(bytes.byteLength)
    if (this.module && needsNewInstance(this.checked, memory)) {
      this.checked = instantiatePolicy(this.module, this.name, memory)
      if (this.data) this.policy.setData(this.data)
    }
    let answer: PolicyAnswer
    try {
      answer = evaluatePolicy(this.checked, bytes)
    } catch (error) {
      throw new GateError('POLICY_EVAL', `policy evaluation failed: ${messageOf(error)}`, {
        file: this.name
      })
    }
    checkContributions(this, answer.contributions)
    return checkOutput(this, answer.resultSet)
  }

  async evaluate(data: PolicyData, input: PolicyInput): Promise<PolicyOutput> {
    this.setData(data)
    return this.decide(input)
  }

  async close(): Promise<void> {}
}

/**
 * Compiles the policy once and opens its runner: in process for the built-in policy, in a
 * worker (which receives the compiled module and checks it) for any other.
 */
export async function openRunner(
  bundle: PolicyBundle,
  options: RunnerOptions = {}
): Promise<PolicyRunner> {
  const sha256 = createHash('sha256').update(bundle.wasm).digest('hex')
  const module = await compileModule(bundle.wasm, bundle.name)
  if (bundle.builtIn)
    return new InProcessRunner(bundle, sha256, instantiatePolicy(module, bundle.name), module)
  const { WorkerRunner } = await import('./worker-runner.js')
  return WorkerRunner.open(bundle, sha256, module, options)
}
