import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import {
  hostBuiltins,
  regexFindN,
  rfc3339ToEpochNs,
  semverCompare,
  semverIsValid,
  timeParseRfc3339Ns
} from '../src/evaluate/host-builtins.js'

const TIMES: [string, bigint][] = [
  ['1970-01-01T00:00:00Z', 0n],
  ['2026-10-01T09:00:00Z', 1790845200000000000n],
  ['2026-10-01T11:00:00+02:00', 1790845200000000000n],
  ['2026-10-01T04:30:00-04:30', 1790845200000000000n],
  ['2026-10-01T09:00:00.5Z', 1790845200500000000n],
  ['2026-10-01T09:00:00.123456789Z', 1790845200123456789n],
  ['2024-02-29T23:59:59Z', 1709251199000000000n],
  ['2000-02-29T00:00:00Z', 951782400000000000n],
  ['1969-12-31T23:59:59Z', -1000000000n]
]

const BAD_TIMES = [
  '2026-10-01T09:00:00',
  '2026-10-01',
  '2026-02-30T00:00:00Z',
  '1900-02-29T00:00:00Z',
  '2100-02-29T00:00:00Z',
  '2026-10-01T24:00:00Z',
  'yesterday',
  '2026-10-01T09:00:00+25:00',
  '2026-10-01T09:00:00z',
  '2026-10-01t09:00:00Z'
]

const COMPARISONS: [string, string, number][] = [
  ['5.4.2', '5.4.3', -1],
  ['5.4.3', '5.4.3', 0],
  ['5.10.0', '5.9.9', 1],
  ['1.0.0-alpha', '1.0.0', -1],
  ['1.0.0-alpha', '1.0.0-alpha.1', -1],
  ['1.0.0-alpha.beta', '1.0.0-beta', -1],
  ['1.0.0-beta.2', '1.0.0-beta.11', -1],
  ['1.0.0-rc.1', '1.0.0', -1],
  ['1.0.0+build.1', '1.0.0+build.2', 0],
  ['v5.4.3', '5.4.3', 0]
]

describe('time.parse_rfc3339_ns', () => {
  it.each(TIMES)('%s is %s ns after the epoch', (text, ns) => {
    expect(rfc3339ToEpochNs(text)).toBe(ns)
  })

  it('returns a number that is exact at millisecond precision', () => {
    expect(timeParseRfc3339Ns('2026-10-01T09:00:00.123Z')).toBe(1790845200123000000)
    expect(JSON.stringify(timeParseRfc3339Ns('2026-10-01T09:00:00.123Z'))).toBe(
      '1790845200123000000'
    )
  })

  it.each(BAD_TIMES)('refuses %s', text => {
    expect(() => timeParseRfc3339Ns(text)).toThrow(/time\.parse_rfc3339_ns/)
  })

  it('refuses a value that is not a string', () => {
    expect(() => timeParseRfc3339Ns(42)).toThrow(/expected a string/)
  })

  it('is undefined in the policy on an error, as OPA makes it without strict builtin errors', () => {
    expect(hostBuiltins['time.parse_rfc3339_ns']!(null)).toBeUndefined()
    expect(hostBuiltins['semver.compare']!('5.4', '5.4.3')).toBeUndefined()
  })
})

describe('semver', () => {
  it.each(COMPARISONS)('compare(%s, %s) is %d', (a, b, expected) => {
    expect(semverCompare(a, b)).toBe(expected)
    expect(semverCompare(b, a)).toBe(-expected || 0)
  })

  it.each(['5.4', 'V5.4.3', 'vv5.4.3', '05.4.3', '5.4.3-', '', '5.4.3.1'])(
    '%j is not valid SemVer',
    text => {
      expect(semverIsValid(text)).toBe(false)
      expect(() => semverCompare(text, '1.0.0')).toThrow(/not a valid SemVer/)
    }
  )

  it('is_valid is false for a non-string', () => {
    expect(semverIsValid(5)).toBe(false)
  })
})

const FINDS: [string, string, number][] = [
  ['[0-9]+|[^0-9.\\-_+~]+', '2.4', -1],
  ['[0-9]+|[^0-9.\\-_+~]+', '4.2-rc10+build.7', -1],
  ['[0-9]+|[^0-9.\\-_+~]+', '1.22.0_beta~1', -1],
  ['a*', 'baaac', -1],
  ['[a-z]+', 'ab cd ef', 2],
  ['[a-z]+', 'ab cd ef', 0],
  ['x', 'abc', -1],
  ['\\d+', 'v12 and 3', -1],
  ['é+', 'aééb', -1]
]

describe('regex.find_n', () => {
  it('segments a generic version', () => {
    expect(regexFindN('[0-9]+|[^0-9.\\-_+~]+', '4.2-rc10+build.7', -1)).toEqual([
      '4',
      '2',
      'rc',
      '10',
      'build',
      '7'
    ])
  })

  it.each(['(?P<n>a)', '(?=a)', '(a)\\1', '['])('refuses %j (undefined in the policy)', p => {
    expect(() => regexFindN(p, 'a', -1)).toThrow(/regex\.find_n/)
    expect(hostBuiltins['regex.find_n']!(p, 'a', -1)).toBeUndefined()
  })

  it('bounds its input', () => {
    expect(() => regexFindN('a', 'a'.repeat(5000), -1)).toThrow(/limited/)
  })
})

// The host must answer as OPA itself does: ask opa (on PATH from test/support/global-setup.mjs).

interface OpaEval {
  result: {
    expressions: {
      value: { times: string[]; comparisons: number[]; valid: boolean[]; finds: string[][] }
    }[]
  }[]
}

describe('agreement with OPA', () => {
  // opa is on PATH: test/support/global-setup.mjs builds it once.
  it('gives the same results as opa eval for every case above', () => {
    const dir = mkdtempSync(join(tmpdir(), 'host-builtins-'))
    const policy = join(dir, 'probe.rego')
    writeFileSync(
      policy,
      `package probe
times := [format_int(time.parse_rfc3339_ns(s), 10) | some s in input.times]
comparisons := [semver.compare(pair[0], pair[1]) | some pair in input.comparisons]
valid := [semver.is_valid(v) | some v in input.candidates]
finds := [regex.find_n(f[0], f[1], f[2]) | some f in input.finds]
`
    )
    const candidates = ['5.4.3', 'v5.4.3', '5.4', '1.0.0-rc.1+build']
    const input = JSON.stringify({
      times: TIMES.map(([text]) => text),
      comparisons: COMPARISONS.map(([a, b]) => [a, b]),
      candidates,
      finds: FINDS
    })
    const out = execFileSync(
      'opa',
      ['eval', '--format', 'json', '--stdin-input', '--data', policy, 'data.probe'],
      {
        input
      }
    ).toString()
    rmSync(dir, { recursive: true })
    const value = (JSON.parse(out) as OpaEval).result[0]!.expressions[0]!.value
    expect(value.times).toEqual(TIMES.map(([, ns]) => ns.toString()))
    expect(value.comparisons).toEqual(
      COMPARISONS.map(([a, b]) => hostBuiltins['semver.compare']!(a, b))
    )
    expect(value.valid).toEqual(candidates.map(v => hostBuiltins['semver.is_valid']!(v)))
    expect(value.finds).toEqual(FINDS.map(([p, v, n]) => hostBuiltins['regex.find_n']!(p, v, n)))
  })
})
