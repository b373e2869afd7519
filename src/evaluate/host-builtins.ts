/**
 * Builtins that OPA's wasm target does not implement, supplied by this host under OPA's own
 * names so that `opa test` runs the same policies natively. Each must behave as OPA does;
 * test/host-builtins.test.ts holds them to OPA's documented results.
 */
import type SemVer from 'semver/classes/semver.js'
import semverClass from '../shared/semver-library.cjs'
import { parseRfc3339, type Rfc3339Problem } from '../shared/rfc3339.js'

/** SemVer 2.0.0 as semver.org gives it (no leading zeros), plus the optional `v` that OPA accepts. */
const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/

export class HostBuiltinError extends Error {
  constructor(builtin: string, message: string) {
    super(`${builtin}: ${message}`)
    this.name = 'HostBuiltinError'
  }
}

function parseSemver(builtin: string, value: unknown): SemVer {
  if (typeof value !== 'string' || !SEMVER.test(value)) {
    throw new HostBuiltinError(builtin, `${JSON.stringify(value)} is not a valid SemVer`)
  }
  return new (semverClass())(value)
}

/** `semver.compare(a, b)`: -1, 0 or 1 by SemVer precedence (build metadata ignored). */
export function semverCompare(a: unknown, b: unknown): number {
  return parseSemver('semver.compare', a).compare(parseSemver('semver.compare', b))
}

/** `semver.is_valid(x)`: whether x is a SemVer string; false for any other value. */
export function semverIsValid(value: unknown): boolean {
  return typeof value === 'string' && SEMVER.test(value)
}

/** Longest pattern and value `regex.find_n` takes (bounded work on policy data). */
const MAX_REGEX_INPUT = 4096

/**
 * `regex.find_n(pattern, value, number)`: the first `number` (all when -1) non-overlapping
 * matches of pattern in value, as Go's Regexp.FindAllString gives them. The pattern is compiled
 * as a JavaScript Unicode regular expression: RE2 syntax common to both (classes, alternation,
 * quantifiers, anchors, \d \w \s, \p{…}) behaves the same; RE2-only syntax (e.g. `(?P<n>`)
 * or JavaScript-only syntax (look-around, back-references) is an error, so the call is
 * undefined rather than answering differently from OPA. The policy uses it to segment generic
 * versions (lib.version_cmp).
 */
export function regexFindN(pattern: unknown, value: unknown, number: unknown): string[] {
  if (typeof pattern !== 'string' || typeof value !== 'string' || typeof number !== 'number') {
    throw new HostBuiltinError('regex.find_n', 'expected (string, string, number)')
  }
  if (pattern.length > MAX_REGEX_INPUT || value.length > MAX_REGEX_INPUT) {
    throw new HostBuiltinError(
      'regex.find_n',
      `pattern and value are limited to ${MAX_REGEX_INPUT} characters`
    )
  }
  if (/\(?P<|\(\?[=!<]|\\[1-9k]/.test(pattern)) {
    throw new HostBuiltinError(
      'regex.find_n',
      'pattern uses syntax RE2 and JavaScript read differently'
    )
  }
  let re: RegExp
  try {
    re = new RegExp(pattern, 'gu')
  } catch (error) {
    throw new HostBuiltinError(
      'regex.find_n',
      `invalid pattern: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  const out: string[] = []
  let last = -1
  for (const m of value.matchAll(re)) {
    if (number >= 0 && out.length >= number) break
    // Go ignores an empty match right after the previous match.
    if (m[0] === '' && m.index === last) continue
    out.push(m[0])
    last = m.index + m[0].length
  }
  return out
}

const RFC3339_PROBLEM: Record<Rfc3339Problem, string> = {
  syntax: 'is not an RFC 3339 time',
  'no-zone': 'has no zone',
  calendar: 'is not a valid calendar time',
  fraction: 'has more than 9 fractional-second digits',
  offset: 'has an invalid zone offset'
}

/**
 * Nanoseconds since the Unix epoch of an RFC 3339 time, exact as a BigInt. OPA's own
 * `time.parse_rfc3339_ns` returns the same integer.
 */
export function rfc3339ToEpochNs(value: string): bigint {
  const parsed = parseRfc3339(value, 'strict')
  if (typeof parsed === 'string') {
    throw new HostBuiltinError(
      'time.parse_rfc3339_ns',
      `${JSON.stringify(value)} ${RFC3339_PROBLEM[parsed]}`
    )
  }
  return BigInt(parsed.epochSecondMs) * 1_000_000n + BigInt(parsed.fraction.padEnd(9, '0'))
}

/**
 * `time.parse_rfc3339_ns(x)`. The wasm host exchanges JSON numbers, exact up to 17 significant
 * digits: times at millisecond precision (what the load stage produces) come through exactly.
 */
export function timeParseRfc3339Ns(value: unknown): number {
  if (typeof value !== 'string') {
    throw new HostBuiltinError('time.parse_rfc3339_ns', `expected a string, got ${typeof value}`)
  }
  return Number(rfc3339ToEpochNs(value))
}

/**
 * OPA (without --strict-builtin-errors) makes a builtin call that errors undefined rather than
 * aborting evaluation; opa-wasm turns an `undefined` result into exactly that.
 */
const undefinedOnError =
  (builtin: (...args: unknown[]) => unknown) =>
  (...args: unknown[]): unknown => {
    try {
      return builtin(...args)
    } catch {
      return undefined
    }
  }

/** The host builtins by OPA name, as @open-policy-agent/opa-wasm takes them. */
export const hostBuiltins: Readonly<Record<string, (...args: unknown[]) => unknown>> = {
  'semver.compare': undefinedOnError((a, b) => semverCompare(a, b)),
  'semver.is_valid': undefinedOnError(value => semverIsValid(value)),
  'regex.find_n': undefinedOnError((p, v, n) => regexFindN(p, v, n)),
  'time.parse_rfc3339_ns': undefinedOnError(value => timeParseRfc3339Ns(value))
}

/** Builtins the opa-wasm SDK itself implements in JavaScript (src/builtins of the package). */
export const SDK_BUILTINS: readonly string[] = [
  'json.is_valid',
  'regex.split',
  'sprintf',
  'yaml.is_valid',
  'yaml.marshal',
  'yaml.unmarshal'
]
