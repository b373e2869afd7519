/**
 * Builtins that OPA's wasm target does not implement, supplied by this host under OPA's own
 * names so that `opa test` runs the same policies natively. Each must behave as OPA does;
 * test/host-builtins.test.ts holds them to OPA's documented results.
 */
import { SemVer } from 'semver'

/** SemVer 2.0.0 as semver.org gives it (no leading zeros), plus the optional `v` that OPA accepts. */
const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/

/** RFC 3339 date-time as OPA (Go's time.RFC3339) parses it: upper-case T and Z, zone mandatory. */
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/

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
  return new SemVer(value)
}

/** `semver.compare(a, b)`: -1, 0 or 1 by SemVer precedence (build metadata ignored). */
export function semverCompare(a: unknown, b: unknown): number {
  return parseSemver('semver.compare', a).compare(parseSemver('semver.compare', b))
}

/** `semver.is_valid(x)`: whether x is a SemVer string; false for any other value. */
export function semverIsValid(value: unknown): boolean {
  return typeof value === 'string' && SEMVER.test(value)
}

/**
 * Nanoseconds since the Unix epoch of an RFC 3339 time, exact as a BigInt. OPA's own
 * `time.parse_rfc3339_ns` returns the same integer.
 */
export function rfc3339ToEpochNs(value: string): bigint {
  const match = RFC3339.exec(value)
  if (!match)
    throw new HostBuiltinError(
      'time.parse_rfc3339_ns',
      `${JSON.stringify(value)} is not an RFC 3339 time with a zone`
    )
  const [, year, month, day, hour, minute, second, fraction = '', zone = 'Z'] = match
  const fields = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number
  ]
  const [y, mo, d, h, mi, s] = fields
  const epochMs = Date.UTC(y, mo - 1, d, h, mi, s)
  const roundTrip = new Date(epochMs)
  // Date.UTC rolls 2026-02-30 over to March: a calendar check catches it.
  if (
    Number.isNaN(epochMs) ||
    roundTrip.getUTCFullYear() !== y ||
    roundTrip.getUTCMonth() !== mo - 1 ||
    roundTrip.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  ) {
    throw new HostBuiltinError(
      'time.parse_rfc3339_ns',
      `${JSON.stringify(value)} is not a valid calendar time`
    )
  }
  let offsetMinutes = 0
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1
    const [oh, om] = zone.slice(1).split(':').map(Number) as [number, number]
    if (oh > 23 || om > 59)
      throw new HostBuiltinError(
        'time.parse_rfc3339_ns',
        `${JSON.stringify(value)} has an invalid zone offset`
      )
    offsetMinutes = sign * (oh * 60 + om)
  }
  const nanos = BigInt(fraction.padEnd(9, '0') || '0')
  return (BigInt(epochMs) - BigInt(offsetMinutes) * 60_000n) * 1_000_000n + nanos
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
