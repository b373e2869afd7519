/**
 * Loads a compiled Rego policy (OPA wasm) and checks, before anything is evaluated, that the
 * host can run it: the decision entrypoint exists and every builtin it imports is provided.
 * Used alike in process (the built-in policy) and in the worker (any other policy).
 */
import * as opaWasm from '@open-policy-agent/opa-wasm'
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm'
import {
  CONTRIBUTIONS_ENTRYPOINT,
  DECISION_ENTRYPOINT,
  EVALUATION_ENTRYPOINT
} from '../contracts/policy-output.js'
import { GateError, messageOf } from '../shared/errors.js'
import { hostBuiltins, SDK_BUILTINS } from './host-builtins.js'
import { dumpedText, evaluateEntrypoints } from './opa-value.js'
import { isObject } from '../shared/values.js'

declare global {
  /** The part of WebAssembly's JS API the gate uses (TypeScript's lib has it only with DOM). */
  // eslint-disable-next-line @typescript-eslint/no-namespace -- WebAssembly is a global namespace
  namespace WebAssembly {
    class Module {
      constructor(bytes: Uint8Array)
      static exports(module: Module): { name: string; kind: string }[]
    }
    function compile(bytes: Uint8Array): Promise<Module>
  }
}

// The package's ESM entry names only loadPolicy; loadPolicySync is on its default export.
const { loadPolicySync } = (opaWasm as unknown as { default: typeof opaWasm }).default

/** A wasm page: 64 KiB. */
const PAGE_BYTES = 64 * 1024

/** wasm32's limit: 65 536 pages, 4 GiB. */
export const MAX_PAGES = 65536

/** Memory of a policy instance in 64 KiB pages: at least 256 MiB whatever the input. */
export const MEMORY = { initial: 16, maximum: 4096 }

/**
 * Bytes of wasm memory a policy may use per byte of JSON input. The built-in policy uses about
 * 48 (the input parsed, then what the rules build; `npm run bench`'s scale packages); the
 * limit leaves room for team packages on top.
 */
export const MEMORY_PER_INPUT_BYTE = 96

/**
 * Bytes of wasm memory an instance starts with per byte of JSON input: what the built-in policy
 * uses (about 48) with a margin. OPA's allocator grows the memory one 64 KiB page at a time and
 * each grow costs V8 more the larger the memory is: at 10 000 configurations (400 MiB of heap)
 * growing took three quarters of the evaluation. Pages allocated up front and never touched
 * cost address space, not resident memory.
 */
export const INITIAL_MEMORY_PER_INPUT_BYTE = 64

const pagesFor = (bytes: number) => Math.ceil(bytes / PAGE_BYTES)

/**
 * The wasm memory for an input of this many bytes of JSON: 256 MiB, or more in proportion to
 * the input, up to wasm32's 4 GiB. The maximum is a bound, not an allocation: the memory grows
 * only as the policy allocates, from an initial size in proportion to the input.
 */
export function memoryFor(inputBytes: number): { initial: number; maximum: number } {
  const maximum = Math.min(
    MAX_PAGES,
    Math.max(MEMORY.maximum, pagesFor(inputBytes * MEMORY_PER_INPUT_BYTE))
  )
  const initial = Math.min(
    maximum,
    Math.max(MEMORY.initial, pagesFor(inputBytes * INITIAL_MEMORY_PER_INPUT_BYTE))
  )
  return { initial, maximum }
}

/**
 * Whether an input needs a new instance: its memory bound is larger than the instance's, or it
 * should start with more memory than the instance has now.
 */
export const needsNewInstance = (
  checked: CheckedPolicy,
  memory: { initial: number; maximum: number }
): boolean =>
  memory.maximum > checked.memory.maximum ||
  memory.initial > checked.instance.mem.buffer.byteLength / PAGE_BYTES

export interface CheckedPolicy {
  instance: LoadedPolicy
  /** Builtins the module imports from the host, sorted. */
  imports: string[]
  /** The instance's memory bounds, in pages. */
  memory: { initial: number; maximum: number }
  /** The entrypoints an evaluation reads, in order (hostReads). */
  reads: readonly string[]
}

/**
 * What the host evaluates of a module with these entrypoints: the one evaluation of the
 * contributions and the decision (EVALUATION_ENTRYPOINT) when it has it; else, in a module built
 * by an earlier version to extend the built-in policy, the contributions and then the decision;
 * else the decision alone (a replacement or a bare module: no contributions to check).
 */
const hostReads = (entrypoints: readonly string[]): readonly string[] =>
  entrypoints.includes(EVALUATION_ENTRYPOINT)
    ? [EVALUATION_ENTRYPOINT]
    : entrypoints.includes(CONTRIBUTIONS_ENTRYPOINT)
      ? [CONTRIBUTIONS_ENTRYPOINT, DECISION_ENTRYPOINT]
      : [DECISION_ENTRYPOINT]

/** What one evaluation answers, each as a result set (`[{result}]`, or `[]` when undefined). */
export interface PolicyAnswer {
  resultSet: unknown
  /** The contributions' result set; undefined when the module has none to check. */
  contributions: unknown
}

/**
 * Evaluates the instance (its data set) on `input`, JSON text parsed once for every entrypoint
 * read: the decision's result set and the contributions' (checked by the caller before it reads
 * the decision).
 */
export function evaluatePolicy(checked: CheckedPolicy, input: Uint8Array): PolicyAnswer {
  const results = evaluateEntrypoints(checked.instance, input, checked.reads)
  if (checked.reads[0] !== EVALUATION_ENTRYPOINT) {
    return {
      resultSet: results.at(-1),
      contributions: checked.reads.length > 1 ? results[0] : undefined
    }
  }
  const [answer] = results[0] as { result?: unknown }[]
  const value = isObject(answer?.result) ? answer.result : {}
  const resultSet = (key: string) => (key in value ? [{ result: value[key] }] : [])
  return { resultSet: resultSet('result'), contributions: resultSet('contributions') }
}

/**
 * Compiles the module, once (a worker receives the compiled module, never the bytes). Async, so
 * that the main thread goes on (loading the trust file) meanwhile. With V8's default lazy wasm
 * compilation this step only decodes and validates the module: each function is compiled
 * (Liftoff) at its first call, on the thread that calls it, during the first evaluation, async
 * or not. (Eager compilation, V8's --no-wasm-lazy-compilation, compiles every function of the
 * module, also those an evaluation never calls.)
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
  const { exports } = instance.wasmInstance as unknown as { exports: { builtins(): number } }
  const names = JSON.parse(dumpedText(instance, exports.builtins())) as Record<string, number>
  return Object.keys(names).sort()
}

/**
 * What the SDK calls on every OPA wasm module (ABI 1.x). Checked before it runs one: on a module
 * without them it prints to stderr and fails with a message about its own internals.
 */
const OPA_ABI_EXPORTS = [
  'opa_wasm_abi_version',
  'opa_wasm_abi_minor_version',
  'builtins',
  'entrypoints',
  'opa_malloc',
  'opa_heap_ptr_get',
  'opa_heap_ptr_set',
  'opa_json_parse',
  'opa_json_dump',
  'opa_eval_ctx_new',
  'eval'
]

/** Instantiates the module and checks that this host can run it (POLICY_LOAD if not). */
export function instantiatePolicy(
  module: WebAssembly.Module,
  name: string,
  memory: { initial: number; maximum: number } = MEMORY
): CheckedPolicy {
  const exported = new Set(WebAssembly.Module.exports(module).map(e => e.name))
  const absent = OPA_ABI_EXPORTS.filter(e => !exported.has(e))
  if (absent.length > 0) {
    throw new GateError(
      'POLICY_LOAD',
      `not an OPA wasm policy: it does not export ${absent.join(', ')} (build it with opa build -t wasm)`,
      { file: name }
    )
  }
  let instance: LoadedPolicy
  try {
    instance = loadPolicySync(module, { ...memory }, hostBuiltins)
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
  return {
    instance,
    imports,
    memory,
    reads: hostReads(entrypoints)
  }
}
