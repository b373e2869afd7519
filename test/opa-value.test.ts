/**
 * The built-in policy's results read straight from wasm memory (src/evaluate/opa-value.ts) are
 * what OPA's own JSON writer gives (`opa_json_dump`, then JSON.parse, the SDK's path): the same
 * values with their keys in the same order, for values of every kind fast-check makes (parsed
 * into the policy's memory as Rego values, with sets and keys that are not strings) and for the
 * decision of every example. A value the reader does not know is an error, never a guess.
 */
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm'
import fc from 'fast-check'
import { readPolicy } from '../src/authoring/policy-source.js'
import { DECISION_ENTRYPOINT, EVALUATION_ENTRYPOINT } from '../src/contracts/policy-output.js'
import { evaluateEntrypoints, readValue } from '../src/evaluate/opa-value.js'
import {
  compileModule,
  evaluatePolicy,
  instantiatePolicy,
  type CheckedPolicy
} from '../src/evaluate/wasm-policy.js'
import { loadPackage, loadTrust } from '../src/load/index.js'
import { verifyPackage } from '../src/verify/index.js'
import { EVAL_TIME, EXAMPLES, REPO, SEED, SEED_TRUST, SIGNED_RECORDS } from './helpers.js'

interface Exports {
  opa_malloc(bytes: number): number
  opa_value_parse(addr: number, length: number): number
  opa_json_dump(addr: number): number
}

let checked: CheckedPolicy
let policy: LoadedPolicy
const opa = () => (policy.wasmInstance as unknown as { exports: Exports }).exports

beforeAll(async () => {
  const bundle = await readPolicy(undefined)
  checked = instantiatePolicy(await compileModule(bundle.wasm, 'built-in'), 'built-in')
  policy = checked.instance
})

/** A Rego value (JSON, set literals, any key) parsed into the policy's memory. */
function parsed(text: string): number {
  const bytes = new TextEncoder().encode(text)
  const at = opa().opa_malloc(bytes.byteLength)
  new Uint8Array(policy.mem.buffer).set(bytes, at)
  const value = opa().opa_value_parse(at, bytes.byteLength)
  if (value === 0) throw new Error(`OPA cannot parse ${text}`)
  return value
}

/** What the SDK gives for the value at `at`: OPA's JSON text of it, parsed. */
function dumped(at: number): unknown {
  const start = opa().opa_json_dump(at)
  const bytes = new Uint8Array(policy.mem.buffer)
  return JSON.parse(new TextDecoder().decode(bytes.subarray(start, bytes.indexOf(0, start))))
}

/** Equal values, keys in the same order. */
function expectSame(read: unknown, written: unknown): void {
  expect(read).toEqual(written)
  expect(JSON.stringify(read)).toBe(JSON.stringify(written))
}

// Rego values as text, with what OPA's parser takes: JSON, set literals (`set()` when empty),
// object keys of any kind.
const text = fc.string({ unit: 'binary', maxLength: 12 }).map(s => JSON.stringify(s))
const number = fc.oneof(
  fc.integer().map(String),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(String),
  fc.bigInt({ min: 2n ** 63n, max: 2n ** 80n }).map(String),
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .map(d => (Object.is(d, -0) ? '-0' : String(d)))
)
const { value: regoValue } = fc.letrec<{ value: string; key: string }>(tie => ({
  key: fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: tie('value') }),
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('null', 'true', 'false'),
    number,
    text,
    fc.array(tie('value'), { maxLength: 4 }).map(items => `[${items.join(',')}]`),
    fc
      .array(tie('value'), { maxLength: 4 })
      .map(items => (items.length === 0 ? 'set()' : `{${items.join(',')}}`)),
    fc
      .array(fc.tuple(tie('key'), tie('value')), { maxLength: 4 })
      .map(pairs => `{${pairs.map(([k, v]) => `${k}:${v}`).join(',')}}`)
  )
}))

describe('reading OPA values from wasm memory', () => {
  it('gives what opa_json_dump gives, for generated values of every kind', () => {
    fc.assert(
      fc.property(regoValue, value => {
        const at = parsed(value)
        expectSame(readValue(policy, at), dumped(at))
      }),
      { numRuns: 2000 }
    )
  })

  it('keeps a __proto__ key an own property, as JSON.parse does', () => {
    const at = parsed('{"__proto__": {"polluted": true}, "a": 1}')
    const read = readValue(policy, at) as Record<string, unknown>
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype)
    expect(Object.keys(read)).toEqual(['__proto__', 'a'])
    expectSame(read, dumped(at))
  })

  it('refuses a tag it does not know and a collection that is not whole', () => {
    const bytes = () => new Uint8Array(policy.mem.buffer)
    const unknown = opa().opa_malloc(16)
    bytes()[unknown] = 42
    expect(() => readValue(policy, unknown)).toThrow('opa value: unknown tag 42')
    const object = parsed('{"a": 1, "b": 2}')
    // The element count (offset 12) no longer matches the elements in the buckets.
    new DataView(policy.mem.buffer).setUint32(object + 12, 3, true)
    expect(() => readValue(policy, object)).toThrow('is not whole')
  })
})

describe('evaluating entrypoints on one parse of the input', () => {
  const packages = [
    ...EXAMPLES.map(name => ({ dir: path.join(SEED, name), trust: SEED_TRUST })),
    { dir: path.join(SIGNED_RECORDS, 'package'), trust: path.join(SIGNED_RECORDS, 'trust.yaml') },
    {
      dir: path.join(REPO, 'examples/seed/all-tested'),
      trust: path.join(SEED, 'trust-fleet.yaml')
    }
  ]

  it.each(packages)('gives the SDK path its result sets on $dir', async ({ dir, trust }) => {
    const verified = await verifyPackage(await loadPackage(dir), await loadTrust(trust), EVAL_TIME)
    policy.setData(verified.data)
    const input = new TextEncoder().encode(JSON.stringify(verified.input))
    const [evaluation, decision] = evaluateEntrypoints(policy, input, [
      EVALUATION_ENTRYPOINT,
      DECISION_ENTRYPOINT
    ])
    const buffer = input.slice().buffer
    expectSame(decision, policy.evaluate(buffer, DECISION_ENTRYPOINT))
    expectSame(evaluation, policy.evaluate(buffer, EVALUATION_ENTRYPOINT))
    // The one evaluation the host reads holds the decision entrypoint's result, and no team
    // package contributes to the built-in policy alone.
    expect(checked.reads).toEqual([EVALUATION_ENTRYPOINT])
    const answer = evaluatePolicy(checked, input)
    expectSame(answer.resultSet, decision)
    expect(answer.contributions).toEqual([{ result: {} }])
  })

  it('names an entrypoint the policy lacks and input OPA cannot parse', () => {
    const input = new TextEncoder().encode('{}')
    expect(() => evaluateEntrypoints(policy, input, ['update_gate/none'])).toThrow(
      'the policy has no entrypoint update_gate/none'
    )
    expect(() =>
      evaluateEntrypoints(policy, new TextEncoder().encode('{"a":'), [DECISION_ENTRYPOINT])
    ).toThrow('the input is not JSON OPA can parse')
  })
})
