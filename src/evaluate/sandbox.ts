/**
 * Evaluates a custom policy in a worker thread (dist/policy-worker.js) with a time limit and
 * memory limits, so a runaway policy ends as an error instead of hanging or exhausting the run.
 * The built-in policy is evaluated in process; only policies a team supplies come here.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { GateError } from '../shared/errors.js'
import type { WorkerReply, WorkerRequest } from './policy-worker.js'

/** Default time limit of one evaluation of a custom policy. */
export const DEFAULT_POLICY_TIMEOUT_MS = 10_000

/** V8 limits of the worker (the wasm memory maximum bounds the policy's own heap). */
const RESOURCE_LIMITS = {
  maxOldGenerationSizeMb: 256,
  maxYoungGenerationSizeMb: 32,
  stackSizeMb: 4
}

/** dist/policy-worker.js beside the bundled entry points, or in the repository's dist/. */
export function policyWorkerFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  const candidates = [join(dir, 'policy-worker.js')]
  for (let parent = dirname(dir); parent !== dir; dir = parent, parent = dirname(dir)) {
    candidates.push(join(parent, 'dist', 'policy-worker.js'))
  }
  const found = candidates.find(file => existsSync(file))
  if (!found) {
    throw new GateError(
      'POLICY_LOAD',
      'the policy worker (dist/policy-worker.js) is missing; run npm run build'
    )
  }
  return found
}

export interface SandboxOptions {
  wasm: Uint8Array
  memory: { initial: number; maximum: number }
  name: string
  timeoutMs?: number
}

export class PolicySandbox {
  private worker: Worker | undefined
  private nextId = 0
  /** The data document the worker holds, as JSON text: unchanged data is not sent again. */
  private workerData: string | undefined
  private readonly timeoutMs: number

  constructor(private readonly options: SandboxOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_POLICY_TIMEOUT_MS
  }

  private start(): Worker {
    const worker = new Worker(policyWorkerFile(), {
      workerData: { wasm: this.options.wasm, memory: this.options.memory },
      resourceLimits: RESOURCE_LIMITS
    })
    worker.unref()
    this.workerData = undefined
    // A late error (after a time-out) must not become an uncaught 'error' event.
    worker.on('error', () => undefined)
    this.worker = worker
    return worker
  }

  /** Evaluates the decision entrypoint; resolves to opa-wasm's result set. */
  evaluate(data: Record<string, unknown>, input: unknown): Promise<unknown> {
    const worker = this.worker ?? this.start()
    const id = this.nextId++
    const file = this.options.name
    return new Promise((resolve, reject) => {
      const finish = (error: GateError | undefined, value?: unknown): void => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        if (error) reject(error)
        else resolve(value)
      }
      const stop = (): void => {
        if (this.worker === worker) this.worker = undefined
        void worker.terminate()
      }
      const outOfMemory = (): string =>
        `the policy ran out of memory (limits: ${(this.options.memory.maximum * 64) / 1024} MiB wasm memory, ${RESOURCE_LIMITS.maxOldGenerationSizeMb} MiB heap) and was stopped`
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
        if (!reply.ok && reply.id === -1) {
          stop()
          finish(
            new GateError('POLICY_LOAD', `not a loadable OPA wasm policy: ${reply.message}`, {
              file
            })
          )
        } else if (reply.id === id) {
          if (reply.ok) finish(undefined, reply.resultSet)
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
