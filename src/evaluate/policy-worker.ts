/**
 * Worker-thread entry (dist/policy-worker.mjs) that evaluates a custom policy, so the gate can
 * stop it: the host terminates the thread when an evaluation outlives its time limit, and the
 * thread runs under V8 resource limits beside the wasm memory maximum. It receives the module
 * compiled once by the host, instantiates and checks it (wasm-policy.ts, as in process), and
 * says so (`id: -1`) before the first evaluation.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { isGateError, messageOf } from '../shared/errors.js'
import {
  evaluatePolicy,
  instantiatePolicy,
  memoryFor,
  needsNewInstance,
  type CheckedPolicy
} from './wasm-policy.js'

export interface WorkerSetup {
  module: WebAssembly.Module
  name: string
}

export interface WorkerRequest {
  id: number
  /** The data document as UTF-8 JSON; null when unchanged since the last request. */
  data: ArrayBuffer | null
  /** The input document as UTF-8 JSON text (parsed by the policy's own JSON parser). */
  input: ArrayBuffer
}

/** The answer to one request (`id` >= 0). */
export type EvaluationReply =
  | { id: number; ok: true; resultSet: unknown; contributions: unknown }
  | { id: number; ok: false; message: string }
/** The worker's first message (`id` -1): the module checked, or why it cannot run. */
export type ReadyReply =
  { id: -1; ok: true; imports: string[] } | { id: -1; ok: false; message: string; code: string }
export type WorkerReply = EvaluationReply | ReadyReply

const port = parentPort
if (port) {
  const setup = workerData as WorkerSetup
  let checked: CheckedPolicy | undefined
  let data: ArrayBuffer | undefined
  try {
    checked = instantiatePolicy(setup.module, setup.name)
    port.postMessage({ id: -1, ok: true, imports: checked.imports } satisfies WorkerReply)
  } catch (error) {
    const code = isGateError(error) ? error.code : 'POLICY_LOAD'
    port.postMessage({ id: -1, ok: false, message: messageOf(error), code } satisfies WorkerReply)
  }
  port.on('message', (request: WorkerRequest) => {
    if (!checked) return
    let reply: EvaluationReply
    try {
      if (request.data) {
        data = request.data
        checked.instance.setData(data)
      }
      // The wasm memory is sized to the input: a larger input gets a new instance with larger memory.
      const memory = memoryFor(request.input.byteLength)
      if (needsNewInstance(checked, memory)) {
        checked = instantiatePolicy(setup.module, setup.name, memory)
        if (data) checked.instance.setData(data)
      }
      const { resultSet, contributions } = evaluatePolicy(checked, new Uint8Array(request.input))
      reply = { id: request.id, ok: true, resultSet, contributions }
    } catch (error) {
      reply = { id: request.id, ok: false, message: messageOf(error) }
    }
    port.postMessage(reply)
  })
}
