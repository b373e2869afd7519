/**
 * Evaluates entrypoints of the built-in policy through OPA's wasm ABI (one parse of the input
 * for all of them) and reads each result set straight from the instance's memory into
 * JavaScript: the value `opa_json_dump` then JSON.parse would give, without serializing it in
 * wasm first.
 *
 * Why: a decision is the largest value the policy writes, and dumping it runs OPA's JSON writer
 * long enough for V8 to tier the writer up (TurboFan) in the background; a process that has
 * written its report then waits, at exit, for that compile to end. On the seed that wait and the
 * dump were about a tenth of a CLI run's wall time, for a value read here in a fraction of it.
 *
 * Only the built-in policy is read this way (src/evaluate/runner.ts): its module is built by the
 * pinned opa (scripts/install-policy-tools.sh), whose value layout on wasm32 (wasm/src/value.h)
 * the offsets below follow; any other policy runs in a worker through the SDK's own path.
 * test/opa-value.test.ts holds the reader to `opa_json_dump` on generated values of every kind
 * and on every example's decision. What the layout leaves to OPA's own formatting (a number not
 * held as a 64-bit integer, an object key that is not a string) is dumped by OPA, value by
 * value; a tag or a shape this does not know is an error (POLICY_EVAL), never a guess.
 */
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm'

/** The OPA wasm ABI exports this uses (OPA's documented ABI, 1.x). */
interface OpaExports {
  opa_heap_ptr_set(addr: number): void
  opa_malloc(bytes: number): number
  opa_json_parse(addr: number, length: number): number
  opa_json_dump(addr: number): number
  opa_eval_ctx_new(): number
  opa_eval_ctx_set_input(ctx: number, addr: number): void
  opa_eval_ctx_set_data(ctx: number, addr: number): void
  opa_eval_ctx_set_entrypoint(ctx: number, entrypoint: number): void
  opa_eval_ctx_get_result(ctx: number): number
  eval(ctx: number): number
}

/** Value tags (`opa_value.type`). */
const NULL = 1
const BOOLEAN = 2
const NUMBER = 3
const STRING = 4
const ARRAY = 5
const OBJECT = 6
const SET = 7
const STRING_INTERNED = 8
const BOOLEAN_INTERNED = 9

/** `opa_number_t.repr` of a number held as a 64-bit integer. */
const NUMBER_REPR_INT = 1

/** Deeper than any value a policy builds; a bound so that a corrupt value cannot loop. */
const MAX_DEPTH = 10_000

const utf8 = new TextDecoder()

const exportsOf = (policy: LoadedPolicy): OpaExports =>
  (policy.wasmInstance as unknown as { exports: OpaExports }).exports

/** `object[key] = value` as JSON.parse sets it: a key `__proto__` is an own property too. */
function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(object, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    })
  else object[key] = value
}

/**
 * OPA's own JSON text of the value at `addr` (`opa_json_dump`), whatever the module's value
 * layout. The writer allocates in wasm, so it may grow the memory.
 */
export function dumpedText(policy: LoadedPolicy, addr: number): string {
  const start = exportsOf(policy).opa_json_dump(addr)
  const bytes = new Uint8Array(policy.mem.buffer)
  const end = bytes.indexOf(0, start)
  if (end < 0) throw new Error(`opa value: no end to the text at ${start}`)
  return utf8.decode(bytes.subarray(start, end))
}

/** Reads the value at `addr` (an `opa_value *`) of `policy`'s memory. */
export function readValue(policy: LoadedPolicy, addr: number): unknown {
  // OPA's writer (`dumped`) may grow the memory, which detaches the views: taken anew then.
  let bytes = new Uint8Array(policy.mem.buffer)
  let view = new DataView(policy.mem.buffer)
  const u32 = (at: number) => view.getUint32(at, true)
  const dumped = (at: number): string => {
    const text = dumpedText(policy, at)
    bytes = new Uint8Array(policy.mem.buffer)
    view = new DataView(policy.mem.buffer)
    return text
  }
  const string = (at: number) => {
    const start = u32(at + 8)
    return utf8.decode(bytes.subarray(start, start + u32(at + 4)))
  }
  // Elements of a hash table's buckets (an object's or a set's), in bucket order: the order
  // opa_value_iter, and so OPA's JSON writer, visits them in.
  const elements = (at: number, next: number, visit: (elem: number) => void) => {
    const buckets = u32(at + 4)
    const count = u32(at + 8)
    let seen = 0
    for (let i = 0; i < count; i++) {
      for (let elem = u32(buckets + i * 4); elem !== 0; elem = u32(elem + next)) {
        visit(elem)
        seen++
      }
    }
    if (seen !== u32(at + 12)) throw new Error(`opa value: a collection at ${at} is not whole`)
  }
  const read = (at: number, depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new Error('opa value: nested too deeply')
    const tag = view.getUint8(at)
    switch (tag) {
      case NULL:
        return null
      case BOOLEAN:
      case BOOLEAN_INTERNED:
        return view.getUint8(at + 1) !== 0
      case NUMBER:
        return view.getUint8(at + 1) === NUMBER_REPR_INT
          ? Number(view.getBigInt64(at + 8, true))
          : JSON.parse(dumped(at))
      case STRING:
      case STRING_INTERNED:
        return string(at)
      case ARRAY: {
        const elems = u32(at + 4)
        const out: unknown[] = new Array(u32(at + 8))
        for (let i = 0; i < out.length; i++) out[i] = read(u32(elems + i * 8 + 4), depth + 1)
        return out
      }
      case OBJECT: {
        const out: Record<string, unknown> = {}
        elements(at, 8, elem => {
          const key = u32(elem)
          // A key that is not a string is written as its own JSON text, as OPA's writer does.
          const name = view.getUint8(key) === STRING || view.getUint8(key) === STRING_INTERNED
          setOwn(out, name ? string(key) : dumped(key), read(u32(elem + 4), depth + 1))
        })
        return out
      }
      case SET: {
        const out: unknown[] = []
        elements(at, 4, elem => out.push(read(u32(elem), depth + 1)))
        return out
      }
      default:
        throw new Error(`opa value: unknown tag ${tag} at ${at}`)
    }
  }
  return read(addr, 0)
}

/**
 * Evaluates each entrypoint (by name) with `input` (JSON text) and the data last set, and reads
 * each result set. The input is parsed once, on the heap above the data, which is reset first
 * (as the SDK's evaluate does), so that evaluations do not pile up in memory.
 */
export function evaluateEntrypoints(
  policy: LoadedPolicy,
  input: Uint8Array,
  entrypoints: readonly string[]
): unknown[] {
  const opa = exportsOf(policy)
  const ids = policy.entrypoints as Record<string, number>
  opa.opa_heap_ptr_set(policy.dataHeapPtr as number)
  const text = opa.opa_malloc(input.byteLength)
  new Uint8Array(policy.mem.buffer).set(input, text)
  const parsed = opa.opa_json_parse(text, input.byteLength)
  if (parsed === 0) throw new Error('the input is not JSON OPA can parse')
  return entrypoints.map(name => {
    const id = ids[name]
    if (id === undefined) throw new Error(`the policy has no entrypoint ${name}`)
    const ctx = opa.opa_eval_ctx_new()
    opa.opa_eval_ctx_set_input(ctx, parsed)
    opa.opa_eval_ctx_set_data(ctx, policy.dataAddr)
    opa.opa_eval_ctx_set_entrypoint(ctx, id)
    const code = opa.eval(ctx)
    if (code !== 0) throw new Error(`evaluating ${name} failed (OPA error code ${code})`)
    return readValue(policy, opa.opa_eval_ctx_get_result(ctx))
  })
}
