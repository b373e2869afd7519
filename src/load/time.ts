/**
 * RFC 3339 timestamps: a zone is required; values are normalised to UTC with a `Z` suffix.
 * Sub-second digits are kept exactly (trailing zeros dropped, at most 9 digits), so the same
 * instant always gives the same string. Compare times with a time builtin, not as strings.
 */
import { GateError } from '../errors.js'
import type { Where } from './fs-safe.js'

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|z|[+-]\d{2}:\d{2})?$/

export const ZONE_EXPECTED = 'must be an RFC 3339 date-time with a zone (e.g. 2026-10-02T10:00:00Z)'

/** True when the value is a date-time in every respect except that it has no zone. */
export const isZonelessDateTime = (value: unknown): boolean => {
  if (typeof value !== 'string') return false
  const m = RFC3339.exec(value)
  return m !== null && m[8] === undefined
}

const daysIn = (year: number, month: number): number =>
  [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31
  ][month - 1] ?? 0

export function normaliseTimestamp(value: string, where: Where): string {
  const m = RFC3339.exec(value)
  if (!m) throw new GateError('INVALID_TIME', `${ZONE_EXPECTED}, got '${value}'`, where)
  const [, ys, mos, ds, hs, mis, ss, frac, zone] = m
  if (zone === undefined) {
    throw new GateError('INVALID_TIME', `${ZONE_EXPECTED}; '${value}' has no zone`, where)
  }
  const [y, mo, d, h, mi, s] = [ys, mos, ds, hs, mis, ss].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number
  ]
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59) {
    throw new GateError(
      'INVALID_TIME',
      `${ZONE_EXPECTED}; '${value}' is not a valid date-time`,
      where
    )
  }
  if (frac !== undefined && frac.length > 9) {
    throw new GateError(
      'INVALID_TIME',
      `'${value}' has more than 9 fractional-second digits`,
      where
    )
  }
  let offsetMinutes = 0
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1
    const oh = Number(zone.slice(1, 3))
    const om = Number(zone.slice(4, 6))
    if (oh > 23 || om > 59) {
      throw new GateError('INVALID_TIME', `'${value}' has an invalid zone offset`, where)
    }
    offsetMinutes = sign * (oh * 60 + om)
  }
  const date = new Date(0)
  date.setUTCFullYear(y, mo - 1, d)
  date.setUTCHours(h, mi - offsetMinutes, s, 0)
  const iso = date.toISOString() // yyyy-mm-ddThh:mm:ss.000Z (years 0..9999 after the shift)
  const trimmed = (frac ?? '').replace(/0+$/, '')
  return `${iso.slice(0, 19)}${trimmed ? `.${trimmed}` : ''}Z`
}

export const normaliseOptionalTimestamp = (
  value: string | null | undefined,
  where: Where
): string | null =>
  value === null || value === undefined ? null : normaliseTimestamp(value, where)
