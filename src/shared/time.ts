/**
 * RFC 3339 timestamps: a zone is required; values are normalised to UTC with a `Z` suffix.
 * Sub-second digits are kept exactly (trailing zeros dropped, at most 9 digits), so the same
 * instant always gives the same string. Compare times with a time builtin, not as strings.
 */
import { clip, GateError } from './errors.js'
import type { Where } from './fs-safe.js'
import { parseRfc3339, type Rfc3339Problem } from './rfc3339.js'

export const ZONE_EXPECTED = 'must be an RFC 3339 date-time with a zone (e.g. 2026-10-02T10:00:00Z)'

/** True when the value is a date-time in every respect except that it has no zone. */
export const isZonelessDateTime = (value: unknown): boolean =>
  typeof value === 'string' && parseRfc3339(value, 'lenient') === 'no-zone'

const PROBLEM: Record<Rfc3339Problem, (value: string) => string> = {
  syntax: value => `${ZONE_EXPECTED}, got '${value}'`,
  'no-zone': value => `${ZONE_EXPECTED}; '${value}' has no zone`,
  calendar: value => `${ZONE_EXPECTED}; '${value}' is not a valid date-time`,
  fraction: value => `'${value}' has more than 9 fractional-second digits`,
  offset: value => `'${value}' has an invalid zone offset`
}

export function normaliseTimestamp(value: string, where: Where): string {
  const parsed = parseRfc3339(value, 'lenient')
  if (typeof parsed === 'string') {
    throw new GateError('INVALID_TIME', PROBLEM[parsed](clip(value, 80)), where)
  }
  const utc = new Date(parsed.epochSecondMs)
  const year = utc.getUTCFullYear()
  if (year < 0 || year > 9999) {
    throw new GateError(
      'INVALID_TIME',
      `'${clip(value, 80)}' is outside the years 0000 to 9999 once in UTC`,
      where
    )
  }
  return writeUtc(utc, parsed.fraction)
}

/**
 * A Date's instant (years 0000 to 9999) in the form normaliseTimestamp writes, to the
 * millisecond: the times the gate reads from Date objects (a Sigstore bundle's log and
 * timestamp times, a certificate's validity) are written as the times it reads from text.
 */
export const utcTimestamp = (date: Date): string =>
  writeUtc(date, pad(date.getUTCMilliseconds(), 3))

/**
 * Instants in time order, each written as utcTimestamp writes it. (Their strings do not sort in
 * time order: `…:05Z` sorts after `…:05.5Z`.)
 */
export const utcTimestampsInOrder = (dates: readonly Date[]): string[] =>
  [...dates].sort((a, b) => a.getTime() - b.getTime()).map(utcTimestamp)

/**
 * `utc`'s date and time to the second, then `fraction` (sub-second digits) without its trailing
 * zeros. Written from the UTC getters, not toISOString: toISOString sets up V8's date formatting
 * at its first call (a cost every run would pay) and writes a year outside 0000-9999 in an
 * expanded form that is no RFC 3339 time.
 */
function writeUtc(utc: Date, fraction: string): string {
  const trimmed = fraction.replace(/0+$/, '')
  return (
    `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}` +
    `T${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}:${pad(utc.getUTCSeconds())}` +
    `${trimmed ? `.${trimmed}` : ''}Z`
  )
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** -1, 0 or 1: how two times as normaliseTimestamp writes them stand in time. */
export function compareTimestamps(a: string, b: string): number {
  // `YYYY-MM-DDTHH:MM:SS` sorts as text; the fraction, without trailing zeros, does once padded.
  const key = (t: string) => {
    const [seconds, fraction = ''] = t.slice(0, -1).split('.')
    return `${seconds}.${fraction.padEnd(9, '0')}`
  }
  const [x, y] = [key(a), key(b)]
  return x < y ? -1 : x > y ? 1 : 0
}

export const normaliseOptionalTimestamp = (
  value: string | null | undefined,
  where: Where
): string | null =>
  value === null || value === undefined ? null : normaliseTimestamp(value, where)
