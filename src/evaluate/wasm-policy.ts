/**
 * Loads a compiled Rego policy (OPA wasm) and checks, before anything is evaluated, that the
 * host can run it: the decision entrypoint exists and every builtin it imports is provided.
 * Used alike in process (the built-in policy) and in the worker (any other policy).
 */
import * as opaWasm from '@open-policy-agent/opa-wasm'
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm'
import { DECISION_ENTRYPOINT } from '../contracts/policy-output.js'
import { GateError, messageOf } from '../shared/errors.js'
import { hostBuiltins, SDK_BUILTINS } from './host-builtins.js'

declare global {
  /** The part of WebAssembly's JS API the gate uses (TypeScript's lib has it only with DOM). */
  // eslint-disable-next-line @typescript-eslint/no-namespace -- WebAssembly is a global namespace
  namespace WebAssembly {
    class Module {
      constructor(bytes: Uint8Array)
    }
    function compile(bytes: Uint8Array): Promise<Module>
  }
}

// The package's ESM entry names only loadPolicy; loadPolicySync is on its default export.
const { loadPolicySync } = (opaWasm as unknown as { default: typeof opaWasm }).default

/** 64 KiB wasm pages: the policy may grow to 256 MiB and no further. */
export const MEMORY = { initial: 16, maximum: 4096 }

export interface CheckedPolicy {
  instance: LoadedPolicy
  /** Builtins the module imports from the host, sorted. */
  imports: string[]
}

/**
 * Compiles the module, once (a worker receives the compiled module, never the bytes). Async:
 * V8 then compiles every function on background threads while the main thread goes on (loading
 * the trust file), where a synchronous compile leaves each function to be compiled on the main
 * thread at its first call (most of a cold evaluation's time).
 */
export async function compileModule(wasm: Uint8Array, name: string): Promise<WebAssembly.Module> {
  try {
    return await WebAssembly.compile(wasm)
  } catch (error) {
    throw new GateError('POLICY_LOAD', `not a loadable OPA wasm policy: ${messageOf(error)}`, {
      file: name
    })
  }
}

/** The builtins a module imports, read through the OPA wasm ABI (`builtins`, `opa_json_dump`). */
function importedBuiltins(instance: LoadedPolicy): string[] {
  const { exports } = instance.wasmInstance as unknown as { exports: Record<string, unknown> }
  const builtins = exports.builtins as () => number
  const dump = exports.opa_json_dump as (addr: number) => number
  const bytes = new Uint8Array(instance.mem.buffer)
  const start = dump(builtins())
  let end = start
  while (bytes[end] !== 0) end++
  const names = JSON.parse(new TextDecoder().decode(bytes.subarray(start, end))) as Record<
    string,
    number
  >
  return Object.keys(names).sort()
}

/** Instantiates the module and checks that this host can run it (POLICY_LOAD if not). */
export function instantiatePolicy(module: WebAssembly.Module, name: string): CheckedPolicy {
  let instance: LoadedPolicy
  try {
    instance = loadPolicySync(module, MEMORY, hostBuiltins)
  } catch (error) {
    throw new GateError('POLICY_LOAD', `not a loadable OPA wasm policy: ${messageOf(error)}`, {
      file: name
    })
  }
  const entrypoints = Object.keys((instance.entrypoints ?? {}) as Record<string, number>)
  if (!entrypoints.includes(DECISION_ENTRYPOINT)) {
    throw new GateError(
      'POLICY_LOAD',
      `the policy has no entrypoint ${DECISION_ENTRYPOINT} (it has: ${entrypoints.join(', ') || 'none'}); build it with -e ${DECISION_ENTRYPOINT}`,
      { file: name }
    )
  }
  const imports = importedBuiltins(instance)
  const provided = new Set([...Object.keys(hostBuiltins), ...SDK_BUILTINS])
  const missing = imports.filter(builtin => !provided.has(builtin))
  if (missing.length > 0) {
    throw new GateError(
      'POLICY_LOAD',
      `the policy calls builtins this host does not provide: ${missing.join(', ')}; build it against policies/capabilities.json`,
      { file: name }
    )
  }
  return { instance, imports }
}
