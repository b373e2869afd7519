/**
 * Worker-thread entry (dist/policy-worker.js) that evaluates a custom policy, so the gate can
 * stop it: the host terminates the thread when an evaluation outlives its time limit, and the
 * thread runs under V8 resource limits beside the wasm memory maximum.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { loadPolicy } from '@open-policy-agent/opa-wasm'
import { messageOf } from '../shared/errors.js'
import { hostBuiltins } from './host-builtins.js'
import { DECISION_ENTRYPOINT } from '../contracts/policy-output.js'

export interface WorkerSetup {
  wasm: Uint8Array
  memory: { initial: number; maximum: number }
}

export interface WorkerRequest {
  id: number
  /** The data document as UTF-8 JSON; null when unchanged since the last request. */
  data: ArrayBuffer | null
  /** The input document as UTF-8 JSON (opa-wasm loads JSON text as is). */
  input: ArrayBuffer
}

export type WorkerReply =
  | { id: number; ok: true; resultSet: unknown }
  | { id: number; ok: false; message: string }
  | { id: -1; ok: false; message: string }

const port = parentPort
if (port) {
  const setup = workerData as WorkerSetup
  const loading = loadPolicy(setup.wasm, setup.memory, hostBuiltins)
  loading.catch((error: unknown) =>
    port.postMessage({ id: -1, ok: false, message: messageOf(error) } satisfies WorkerReply)
  )
  port.on('message', (request: WorkerRequest) => {
    void loading.then(policy => {
      let reply: WorkerReply
      try {
        if (request.data) policy.setData(request.data)
        const resultSet = policy.evaluate(request.input, DECISION_ENTRYPOINT) as unknown
        reply = { id: request.id, ok: true, resultSet }
      } catch (error) {
        reply = { id: request.id, ok: false, message: messageOf(error) }
      }
      port.postMessage(reply)
    })
  })
}
