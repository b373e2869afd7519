/**
 * RFC 3339 date-times, shared by the load stage (which normalises evidence times) and the host
 * builtin `time.parse_rfc3339_ns` (which must accept exactly what OPA accepts).
 */

export interface Rfc3339Time {
  /** Milliseconds since the epoch of the whole second, in UTC. */
  epochSecondMs: number
  /** Fractional-second digits as written (0-9 of them). */
  fraction: string
}

export type Rfc3339Problem = 'syntax' | 'no-zone' | 'calendar' | 'fraction' | 'offset'

/** Go's time.RFC3339 as OPA parses it: upper-case T and Z, a zone, at most 9 fraction digits. */
const STRICT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/
/** RFC 3339 section 5.6 also allows lower-case t and z and, by its note, a space separator. */
const LENIENT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})?$/

const isLeapYear = (year: number): boolean =>
  year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in a month of the proleptic Gregorian calendar, as Go counts them (year 0000 is leap). */
const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!

export function parseRfc3339(
  value: string,
  mode: 'strict' | 'lenient'
): Rfc3339Time | Rfc3339Problem {
  const match = (mode === 'strict' ? STRICT : LENIENT).exec(value)
  if (!match) return 'syntax'
  const [, ys, mos, ds, hs, mis, ss, fraction = '', zone] = match
  if (zone === undefined) return 'no-zone'
  const [y, mo, d, h, mi, s] = [ys, mos, ds, hs, mis, ss].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number
  ]
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59)
    return 'calendar'
  if (fraction.length > 9) return 'fraction'
  let offsetMinutes = 0
  if (zone.toUpperCase() !== 'Z') {
    const [oh, om] = zone.slice(1).split(':').map(Number) as [number, number]
    if (oh > 23 || om > 59) return 'offset'
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om)
  }
  const date = new Date(0)
  date.setUTCFullYear(y, mo - 1, d)
  date.setUTCHours(h, mi - offsetMinutes, s, 0)
  return { epochSecondMs: date.getTime(), fraction }
}
