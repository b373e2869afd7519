/**
 * Evaluates a custom policy in a worker thread (dist/policy-worker.mjs) with a time limit and
 * memory limits, so a runaway policy ends as an error instead of hanging or exhausting the run.
 * The built-in policy is evaluated in process; only policies a team supplies come here. Loaded
 * only for them (runner.ts imports this module on demand).
 */
import { Worker } from 'node:worker_threads'
import type { PolicyInput } from '../contracts/policy-input.js'
import type { PolicyOutput } from '../contracts/policy-output.js'
import { distFile } from '../shared/dist-file.js'
import { GateError, type GateErrorCode } from '../shared/errors.js'
import type { PolicyBundle } from './built-in.js'
import { checkContributions } from './contributions.js'
import { checkOutput } from './output.js'
import type { ReadyReply, WorkerReply, WorkerRequest, WorkerSetup } from './policy-worker.js'

const isReady = (reply: WorkerReply): reply is ReadyReply => reply.id === -1
import type { PolicyData, PolicyRunner, RunnerOptions } from './runner.js'
import { memoryFor } from './wasm-policy.js'

/** Default time limit of one evaluation of a custom policy. */
export const DEFAULT_POLICY_TIMEOUT_MS = 10_000

/** V8 limits of the worker (the wasm memory maximum bounds the policy's own heap). */
const RESOURCE_LIMITS = {
  maxOldGenerationSizeMb: 256,
  maxYoungGenerationSizeMb: 32,
  stackSizeMb: 4
}

/** dist/policy-worker.mjs beside the bundled entry points, or in the checkout's dist/ (distFile). */
export function policyWorkerFile(): string {
  const found = distFile(import.meta.url, 'policy-worker.mjs')
  if (!found) {
    throw new GateError(
      'POLICY_LOAD',
      'the policy worker (dist/policy-worker.mjs) is missing; run npm run build'
    )
  }
  return found
}

export class WorkerRunner implements PolicyRunner {
  private worker: Worker | undefined
  private nextId = 0
  /** The data document the worker holds, as JSON text: unchanged data is not sent again. */
  private workerData: string | undefined
  private readonly timeoutMs: number

  private constructor(
    private readonly bundle: PolicyBundle,
    readonly sha256: string,
    private readonly module: WebAssembly.Module,
    readonly imports: string[],
    options: RunnerOptions
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_POLICY_TIMEOUT_MS
  }

  get name(): string {
    return this.bundle.name
  }

  /** Starts the worker on the compiled module and waits until it has checked it. */
  static async open(
    bundle: PolicyBundle,
    sha256: string,
    module: WebAssembly.Module,
    options: RunnerOptions = {}
  ): Promise<WorkerRunner> {
    const probe = new WorkerRunner(bundle, sha256, module, [], options)
    const imports = await probe.ready(probe.start())
    const runner = new WorkerRunner(bundle, sha256, module, imports, options)
    runner.worker = probe.worker
    return runner
  }

  private start(): Worker {
    const worker = new Worker(policyWorkerFile(), {
      workerData: { module: this.module, name: this.bundle.name } satisfies WorkerSetup,
      resourceLimits: RESOURCE_LIMITS
    })
    worker.unref()
    this.workerData = undefined
    // A late error (after a time-out) must not become an uncaught 'error' event.
    worker.on('error', () => undefined)
    this.worker = worker
    return worker
  }

  /**
   * The worker's first reply: the module's imports, or why it cannot run it. Loading (the
   * module's start function, its `builtins` export) runs policy code, so it has the time limit
   * of an evaluation: a worker that does not answer within it is stopped.
   */
  private ready(worker: Worker): Promise<string[]> {
    const file = this.bundle.name
    return new Promise((resolve, reject) => {
      const fail = (error: GateError): void => {
        done()
        void worker.terminate()
        this.worker = undefined
        reject(error)
      }
      const done = (): void => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('exit', onExit)
      }
      const timer = setTimeout(
        () =>
          fail(
            new GateError(
              'POLICY_LOAD',
              `the policy did not load within ${this.timeoutMs / 1000} s and was stopped (a start function or builtins export that does not return?)`,
              { file }
            )
          ),
        this.timeoutMs
      )
      const onMessage = (reply: WorkerReply): void => {
        if (!isReady(reply)) return
        if (!reply.ok)
          return fail(new GateError(reply.code as GateErrorCode, reply.message, { file }))
        done()
        resolve(reply.imports)
      }
      const onExit = (code: number): void =>
        fail(new GateError('POLICY_LOAD', `the policy worker exited (code ${code})`, { file }))
      worker.on('message', onMessage)
      worker.on('exit', onExit)
    })
  }

  async evaluate(data: PolicyData, input: PolicyInput): Promise<PolicyOutput> {
    const { resultSet, contributions } = await this.run({ ...this.bundle.data, ...data }, input)
    checkContributions(this, contributions)
    return checkOutput(this, resultSet)
  }

  /** Evaluates the contributions (when built in) and decision entrypoints: opa-wasm's result sets. */
  private run(
    data: Record<string, unknown>,
    input: unknown
  ): Promise<{ resultSet: unknown; contributions: unknown }> {
    const worker = this.worker ?? this.start()
    const id = this.nextId++
    const file = this.bundle.name
    return new Promise((resolve, reject) => {
      const finish = (
        error: GateError | undefined,
        value?: { resultSet: unknown; contributions: unknown }
      ): void => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        if (error) reject(error)
        else resolve(value ?? { resultSet: undefined, contributions: undefined })
      }
      const stop = (): void => {
        if (this.worker === worker) this.worker = undefined
        void worker.terminate()
      }
      const outOfMemory = (): string =>
        `the policy ran out of memory (limits: ${(memoryFor(inputBuffer.byteLength).maximum * 64) / 1024} MiB wasm memory for this input, ${RESOURCE_LIMITS.maxOldGenerationSizeMb} MiB heap) and was stopped`
      const timer = setTimeout(() => {
        stop()
        finish(
          new GateError(
            'POLICY_EVAL',
            `the policy did not finish within ${this.timeoutMs / 1000} s and was stopped (a runaway policy?)`,
            { file }
          )
        )
      }, this.timeoutMs)
      const onMessage = (reply: WorkerReply): void => {
        if (isReady(reply)) {
          // A restarted worker's check of the module (that passed when the runner opened).
          if (!reply.ok) {
            stop()
            finish(new GateError('POLICY_LOAD', reply.message, { file }))
          }
        } else if (reply.id === id) {
          if (reply.ok)
            finish(undefined, { resultSet: reply.resultSet, contributions: reply.contributions })
          else if (reply.message.includes('opa_malloc')) {
            // The wasm memory maximum: the module cannot grow, the evaluation is over.
            stop()
            finish(new GateError('POLICY_EVAL', `${outOfMemory()} (${reply.message})`, { file }))
          } else
            finish(
              new GateError('POLICY_EVAL', `policy evaluation failed: ${reply.message}`, { file })
            )
        }
      }
      const onError = (error: Error & { code?: string }): void => {
        stop()
        const message =
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? outOfMemory()
            : `policy evaluation failed: ${error.message}`
        finish(new GateError('POLICY_EVAL', message, { file }))
      }
      const onExit = (code: number): void => {
        if (this.worker === worker) this.worker = undefined
        finish(new GateError('POLICY_EVAL', `the policy worker exited (code ${code})`, { file }))
      }
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      const dataText = JSON.stringify(data)
      const dataBuffer = dataText === this.workerData ? null : encode(dataText)
      this.workerData = dataText
      const inputBuffer = encode(JSON.stringify(input))
      const transfer = dataBuffer ? [inputBuffer, dataBuffer] : [inputBuffer]
      worker.postMessage(
        { id, data: dataBuffer, input: inputBuffer } satisfies WorkerRequest,
        transfer
      )
    })
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    if (worker) await worker.terminate()
  }
}

/** UTF-8 bytes in a buffer of their own, so that it can be transferred to the worker. */
function encode(text: string): ArrayBuffer {
  const bytes = new TextEncoder().encode(text)
  return bytes.buffer.byteLength === bytes.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.slice().buffer as ArrayBuffer)
}
