/**
 * OSV 1.x: affected packages with SEMVER ranges, ECOSYSTEM ranges of ecosystems whose versions
 * order as SemVer, and listed versions. GIT ranges (they need the repository's commit graph)
 * and ECOSYSTEM ranges of other ecosystems (they need that ecosystem's own ordering) are
 * reported as unsupported, never guessed: an entry holding one and no list of versions makes
 * no statement.
 */
import { clip, GateError } from '../../shared/errors.js'
import { normaliseTimestamp } from '../../shared/time.js'
import { compareVersions, isValidVersion, MAX_VERS_CONSTRAINTS } from '../../shared/versions.js'
import { MAX_STATEMENTS, ptr } from './document.js'
import { parsePurl } from './products.js'
import type { VersionSet, VexCaveat, VexDocument, VexStatement } from './types.js'

/* eslint-disable @typescript-eslint/no-explicit-any -- input is schema-validated before this runs */
type Raw = any

/** Ecosystems whose versions are SemVer 2.0.0 (OSV schema, "Affected ranges"). */
export const SEMVER_ECOSYSTEMS: readonly string[] = ['Go', 'npm', 'crates.io', 'Hex', 'Pub']

type Range = Extract<VersionSet, { type: 'osv' }>['ranges'][number]

/** Event kinds in the order the spec's evaluation takes them at one version. */
const EVENT_KINDS = ['introduced', 'fixed', 'last_affected'] as const

/**
 * The affected intervals of a SEMVER-ordered range by the spec's evaluation (OSV schema,
 * "Evaluation"): a version is affected when the last of the events, sorted by version, that it
 * reaches is an `introduced` (`introduced` and `fixed` reach the versions from theirs on,
 * `last_affected` those after it; at one version `introduced` comes first). Events are not
 * paired in the order written: [introduced 5.0.0, fixed 5.4.3-alpha, introduced 5.4.3-rc.1,
 * fixed 5.4.3-beta] leaves 5.4.3 affected. A `limit` (other than `*`) or an event version that
 * is not SemVer makes the range unsupported; the reason is returned.
 */
function readEvents(events: Raw[]): Range[] | string {
  if (events.some(e => e.limit !== undefined && e.limit !== '*'))
    return 'limit events are not evaluated (the OSV schema defines them for GIT ranges and advises against them on ordered versions)'
  const read: { kind: (typeof EVENT_KINDS)[number]; version: string }[] = []
  for (const e of events) {
    const kind = EVENT_KINDS.find(k => e[k] !== undefined)
    if (kind === undefined) continue
    const version = String(e[kind])
    if (!(kind === 'introduced' && version === '0') && !isValidVersion('semver', version))
      return `${kind} ${JSON.stringify(clip(version, 100))} is not a SemVer version`
    read.push({ kind, version })
  }
  const cmp = (a: string, b: string) =>
    a === b ? 0 : a === '0' ? -1 : b === '0' ? 1 : compareVersions('semver', a, b)
  read.sort(
    (a, b) => cmp(a.version, b.version) || EVENT_KINDS.indexOf(a.kind) - EVENT_KINDS.indexOf(b.kind)
  )
  const ranges: Range[] = []
  let open: string | null = null
  for (const { kind, version } of read) {
    if (kind === 'introduced') open ??= version
    else if (open !== null) {
      ranges.push({
        introduced: open,
        fixed: kind === 'fixed' ? version : null,
        lastAffected: kind === 'last_affected' ? version : null
      })
      open = null
    }
  }
  if (open !== null) ranges.push({ introduced: open, fixed: null, lastAffected: null })
  return ranges
}

export function readOsv(doc: Raw, file: string): VexDocument {
  const vulnerability = String(doc.id)
  const aliases: string[] = (doc.aliases ?? []).map(String)
  const statements: VexStatement[] = []
  const unsupported: VexDocument['unsupported'] = []
  for (const [i, a] of (doc.affected ?? []).entries()) {
    const pkg = a.package ?? {}
    const pointer = ptr('affected', i)
    if (typeof pkg.purl === 'string') parsePurl(pkg.purl, file, `${pointer}/package/purl`)
    const product = {
      label: pkg.name ? `${pkg.ecosystem}/${pkg.name}` : `affected[${i}]`,
      ...(pkg.name ? { name: String(pkg.name) } : {}),
      ...(pkg.ecosystem ? { ecosystem: String(pkg.ecosystem) } : {}),
      ...(pkg.purl ? { purl: String(pkg.purl) } : {})
    }
    const ecosystem = String(pkg.ecosystem ?? '').split(':')[0]!
    const ranges: Range[] = []
    let rangeType: 'SEMVER' | 'ECOSYSTEM' = 'SEMVER'
    let events = 0
    for (const [k, r] of (a.ranges ?? []).entries()) {
      const rp = `${pointer}/ranges/${k}`
      const semverOrdered =
        r.type === 'SEMVER' || (r.type === 'ECOSYSTEM' && SEMVER_ECOSYSTEMS.includes(ecosystem))
      if (semverOrdered) {
        events += (r.events ?? []).length
        if (events > MAX_VERS_CONSTRAINTS) {
          throw new GateError(
            'LIMIT_EXCEEDED',
            `has more than ${MAX_VERS_CONSTRAINTS} range events; at most ${MAX_VERS_CONSTRAINTS} are read`,
            { file, field: `${rp}/events` }
          )
        }
      }
      const read = semverOrdered
        ? readEvents(r.events ?? [])
        : r.type === 'GIT'
          ? 'GIT ranges need the repository commit graph, which the gate does not hold'
          : `${r.type} ranges of ecosystem ${JSON.stringify(pkg.ecosystem)} need that ecosystem's version order, which the gate does not implement`
      if (typeof read === 'string') {
        unsupported.push({
          pointer: rp,
          vulnerability,
          aliases,
          status: 'affected',
          product,
          reason: read
        })
        continue
      }
      if (r.type === 'ECOSYSTEM') rangeType = 'ECOSYSTEM'
      ranges.push(...read)
    }
    const versions: string[] = (a.versions ?? []).map(String)
    if (versions.length > MAX_VERS_CONSTRAINTS) {
      throw new GateError(
        'LIMIT_EXCEEDED',
        `lists ${versions.length} versions; at most ${MAX_VERS_CONSTRAINTS} are read`,
        { file, field: `${pointer}/versions` }
      )
    }
    if (ranges.length === 0 && versions.length === 0) continue
    // A range the gate cannot evaluate may hold any version: without a list of the affected
    // versions, the entry says nothing about which are not (never guessed from the other ranges).
    if (versions.length === 0 && unsupported.some(u => u.pointer.startsWith(`${pointer}/`)))
      continue
    if (statements.length >= MAX_STATEMENTS) {
      throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_STATEMENTS} affected entries`, {
        file,
        field: '/affected'
      })
    }
    statements.push({
      pointer,
      vulnerability,
      aliases,
      status: 'affected',
      justification: null,
      product,
      versions: { type: 'osv', rangeType, ranges, versions }
    })
  }
  // A withdrawn record counts for nothing from then on (OSV schema, "withdrawn field"): its
  // statements are set aside, each reported (an `affected` one as a gap).
  const withdrawn =
    typeof doc.withdrawn === 'string'
      ? normaliseTimestamp(doc.withdrawn, { file, field: '/withdrawn' })
      : null
  const caveats: VexCaveat[] = withdrawn
    ? [
        {
          effect: 'withdrawn',
          reason: `/withdrawn is ${withdrawn}, not after the evaluation time: the record is withdrawn and counts for nothing`,
          from: withdrawn,
          before: null
        }
      ]
    : []
  return { format: 'osv', id: vulnerability, statements, unsupported, caveats }
}
