/**
 * Version schemes and `vers:` ranges (https://github.com/package-url/vers-spec).
 *
 * - `semver`: SemVer 2.0.0 precedence (the `semver` package; build metadata ignored).
 * - `generic`: the vers spec's `generic` scheme. The spec leaves its ordering open; update-gate
 *   orders a generic version by its segments, split at `.`, `-`, `_`, `+` and `~` and at every
 *   change between digits and letters: numeric segments compare as integers, other segments by
 *   code point, a numeric segment sorts after a non-numeric one, and a version that is a prefix
 *   of another sorts before it (2.4 < 2.4.1, 2.4 < 2.10). The same order is in
 *   policies/lib/lib.rego (lib.version_cmp), so key and identity version ranges in the policy
 *   agree with the ranges the readers evaluate.
 *
 * Ranges are bounded (MAX_VERS_CONSTRAINTS constraints, MAX_VERSION_LENGTH characters a
 * version); anything larger is an input error naming the file and field. A range in a scheme
 * whose order update-gate implements is validated as the vers spec requires (checkCanonical).
 */
import { GateError } from './errors.js'
import semverClass from './semver-library.cjs'

export type VersionScheme = 'semver' | 'generic'
export const VERSION_SCHEMES: readonly VersionScheme[] = ['semver', 'generic']

export const MAX_VERS_CONSTRAINTS = 1000
export const MAX_VERSION_LENGTH = 256

const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/
const GENERIC = /^[0-9A-Za-z][0-9A-Za-z.+~_-]*$/

export function isValidVersion(scheme: VersionScheme, v: string): boolean {
  if (v.length === 0 || v.length > MAX_VERSION_LENGTH) return false
  return scheme === 'semver' ? SEMVER.test(v) : GENERIC.test(v)
}

/** Segments of a generic version (see the module comment). */
export function genericSegments(v: string): string[] {
  return v.split(/[.\-_+~]/).flatMap(part => part.match(/\d+|\D+/g) ?? [])
}

function compareSegment(a: string, b: string): number {
  const an = /^\d+$/.test(a)
  const bn = /^\d+$/.test(b)
  if (an && bn) {
    const x = BigInt(a)
    const y = BigInt(b)
    return x < y ? -1 : x > y ? 1 : 0
  }
  if (an !== bn) return an ? 1 : -1
  return a < b ? -1 : a > b ? 1 : 0
}

export function compareGeneric(a: string, b: string): number {
  const sa = genericSegments(a)
  const sb = genericSegments(b)
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const c = compareSegment(sa[i]!, sb[i]!)
    if (c !== 0) return c
  }
  return Math.sign(sa.length - sb.length)
}

/** -1, 0 or 1; throws (plain Error) on a version that is not valid in the scheme. */
export function compareVersions(scheme: VersionScheme, a: string, b: string): number {
  if (!isValidVersion(scheme, a) || !isValidVersion(scheme, b)) {
    throw new Error(`not a valid ${scheme} version: ${isValidVersion(scheme, a) ? b : a}`)
  }
  if (scheme !== 'semver') return compareGeneric(a, b)
  const SemVer = semverClass()
  return new SemVer(a).compare(new SemVer(b))
}

export type VersComparator = '=' | '!=' | '<' | '<=' | '>' | '>='

export interface VersRange {
  /** The range as written. */
  text: string
  /** The scheme the range names (`generic`, `semver`, `npm`, …). */
  scheme: string
  /** `*`: every version. */
  any: boolean
  constraints: { comparator: VersComparator; version: string }[]
}

const where = (file: string, field: string) => ({ file, field })

/** Parses `vers:<scheme>/<constraint>|<constraint>…` per the vers spec. */
export function parseVers(text: string, file: string, field: string): VersRange {
  const m = /^vers:([a-z0-9.+-]+)\/(.*)$/i.exec(text.replace(/\s+/g, ''))
  if (!m) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      `must be a vers range (vers:<scheme>/<constraints>), got ${JSON.stringify(text.slice(0, 100))}`,
      where(file, field)
    )
  }
  const scheme = m[1]!.toLowerCase()
  const body = m[2]!
  if (body === '*') return { text, scheme, any: true, constraints: [] }
  const parts = body.split('|')
  if (parts.length > MAX_VERS_CONSTRAINTS) {
    throw new GateError(
      'LIMIT_EXCEEDED',
      `has ${parts.length} constraints; at most ${MAX_VERS_CONSTRAINTS} are read`,
      where(file, field)
    )
  }
  const percentDecoded = (version: string): string => {
    try {
      return decodeURIComponent(version)
    } catch {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `has a vers constraint with a broken percent-escape (a % not followed by the UTF-8 bytes of a character): ${JSON.stringify(version.slice(0, 100))}`,
        where(file, field)
      )
    }
  }
  const constraints = parts.map(part => {
    const c = /^(!=|<=|>=|<|>|=)?(.+)$/.exec(part)
    const version = c?.[2] ?? ''
    if (!c || version.length > MAX_VERSION_LENGTH || /[<>=!|*]/.test(version)) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `has an invalid vers constraint ${JSON.stringify(part.slice(0, 100))}`,
        where(file, field)
      )
    }
    return { comparator: (c[1] ?? '=') as VersComparator, version: percentDecoded(version) }
  })
  const range: VersRange = { text, scheme, any: false, constraints }
  const order = versOrder(scheme)
  if (order) checkCanonical(range, order, file, field)
  return range
}

/** vers schemes whose versions are SemVer, so their ranges order as SemVer. */
const SEMVER_VERS: ReadonlySet<string> = new Set(['semver', 'npm', 'golang', 'cargo', 'hex', 'pub'])

/** The order of a vers scheme's versions where update-gate implements it (else null). */
export function versOrder(versScheme: string): VersionScheme | null {
  if (versScheme === 'generic') return 'generic'
  return SEMVER_VERS.has(versScheme) ? 'semver' : null
}

const LOWER: ReadonlySet<VersComparator> = new Set(['<', '<='])

/**
 * The vers spec's validation of a range in a scheme whose order is known: every version valid
 * in the scheme and given once (whatever its comparator); sorted by version, ignoring `!=`, an
 * `=` is followed only by `=`, `>` or `>=`; ignoring `=` and `!=` too, `<`/`<=` and `>`/`>=`
 * alternate. Anything else (`<5.4.0|<5.5.0`) is SCHEMA_VIOLATION: the spec requires tools to
 * report it, and its containment would be meaningless.
 */
function checkCanonical(range: VersRange, order: VersionScheme, file: string, field: string) {
  const invalid = (why: string): never => {
    throw new GateError(
      'SCHEMA_VIOLATION',
      `is not a valid vers range (${JSON.stringify(range.text.slice(0, 100))}): ${why}`,
      where(file, field)
    )
  }
  for (const c of range.constraints)
    if (!isValidVersion(order, c.version))
      invalid(`${JSON.stringify(c.version.slice(0, 100))} is not a ${order} version`)
  const sorted = [...range.constraints].sort((a, b) => compareVersions(order, a.version, b.version))
  for (let i = 0; i + 1 < sorted.length; i++)
    if (compareVersions(order, sorted[i]!.version, sorted[i + 1]!.version) === 0)
      invalid(`version ${sorted[i + 1]!.version} is given twice; each version occurs once`)
  const pairs = (cs: typeof sorted) => cs.slice(1).map((next, i) => [cs[i]!, next] as const)
  const bounds = sorted.filter(c => c.comparator !== '!=')
  for (const [c, next] of pairs(bounds))
    if (c.comparator === '=' && LOWER.has(next.comparator))
      invalid(`=${c.version} is followed by ${next.comparator}${next.version}`)
  for (const [c, next] of pairs(bounds.filter(b => b.comparator !== '=')))
    if (LOWER.has(c.comparator) === LOWER.has(next.comparator))
      invalid(
        `${c.comparator}${c.version} is followed by ${next.comparator}${next.version}; < and > bounds alternate`
      )
}

/**
 * Whether `version` is in the range, by the vers spec's containment algorithm: an equal `=`
 * constraint contains it, an equal `!=` excludes it; the remaining constraints, sorted by
 * version, form intervals: a first `<`/`<=`, a last `>`/`>=`, and each `>`/`>=` followed by a
 * `<`/`<=`. Throws (plain Error) on a version invalid in the scheme.
 */
export function versContains(range: VersRange, version: string, scheme: VersionScheme): boolean {
  if (range.any) return true
  const cmp = (a: string, b: string) => compareVersions(scheme, a, b)
  for (const c of range.constraints) {
    if (c.comparator === '=' && cmp(version, c.version) === 0) return true
    if (c.comparator === '!=' && cmp(version, c.version) === 0) return false
  }
  const rest = range.constraints
    .filter(c => c.comparator !== '=' && c.comparator !== '!=')
    .sort((a, b) => cmp(a.version, b.version))
  const satisfies = (c: { comparator: VersComparator; version: string }) => {
    const d = cmp(version, c.version)
    switch (c.comparator) {
      case '<':
        return d < 0
      case '<=':
        return d <= 0
      case '>':
        return d > 0
      case '>=':
        return d >= 0
      default:
        return false
    }
  }
  if (rest.length === 0) {
    // Only != constraints: every other version is in the range.
    return range.constraints.length > 0 && range.constraints.every(c => c.comparator === '!=')
  }
  const first = rest[0]!
  const last = rest[rest.length - 1]!
  if ((first.comparator === '<' || first.comparator === '<=') && satisfies(first)) return true
  if ((last.comparator === '>' || last.comparator === '>=') && satisfies(last)) return true
  for (let i = 0; i + 1 < rest.length; i++) {
    const lo = rest[i]!
    const hi = rest[i + 1]!
    if (
      (lo.comparator === '>' || lo.comparator === '>=') &&
      (hi.comparator === '<' || hi.comparator === '<=') &&
      satisfies(lo) &&
      satisfies(hi)
    )
      return true
  }
  return false
}
