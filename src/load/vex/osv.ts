/**
 * OSV 1.x: affected packages with SEMVER ranges, ECOSYSTEM ranges of ecosystems whose versions
 * order as SemVer, and listed versions. GIT ranges (they need the repository's commit graph)
 * and ECOSYSTEM ranges of other ecosystems (they need that ecosystem's own ordering) are
 * reported as unsupported, never guessed: an entry holding one and no list of versions makes
 * no statement.
 */
import { GateError } from '../../shared/errors.js'
import { MAX_VERS_CONSTRAINTS } from '../../shared/versions.js'
import { MAX_STATEMENTS, ptr } from './document.js'
import { parsePurl } from './products.js'
import type { VersionSet, VexDocument, VexStatement } from './types.js'

/* eslint-disable @typescript-eslint/no-explicit-any -- input is schema-validated before this runs */
type Raw = any

/** Ecosystems whose versions are SemVer 2.0.0 (OSV schema, "Affected ranges"). */
export const SEMVER_ECOSYSTEMS: readonly string[] = ['Go', 'npm', 'crates.io', 'Hex', 'Pub']

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
    const ranges: Extract<VersionSet, { type: 'osv' }>['ranges'] = []
    let rangeType: 'SEMVER' | 'ECOSYSTEM' = 'SEMVER'
    let events = 0
    for (const [k, r] of (a.ranges ?? []).entries()) {
      const rp = `${pointer}/ranges/${k}`
      const semverOrdered =
        r.type === 'SEMVER' || (r.type === 'ECOSYSTEM' && SEMVER_ECOSYSTEMS.includes(ecosystem))
      if (!semverOrdered) {
        unsupported.push({
          pointer: rp,
          vulnerability,
          aliases,
          status: 'affected',
          product,
          reason:
            r.type === 'GIT'
              ? 'GIT ranges need the repository commit graph, which the gate does not hold'
              : `${r.type} ranges of ecosystem ${JSON.stringify(pkg.ecosystem)} need that ecosystem's version order, which the gate does not implement`
        })
        continue
      }
      if (r.type === 'ECOSYSTEM') rangeType = 'ECOSYSTEM'
      events += (r.events ?? []).length
      if (events > MAX_VERS_CONSTRAINTS) {
        throw new GateError(
          'LIMIT_EXCEEDED',
          `has more than ${MAX_VERS_CONSTRAINTS} range events; at most ${MAX_VERS_CONSTRAINTS} are read`,
          { file, field: `${rp}/events` }
        )
      }
      // Events in order: each `introduced` opens an interval, `fixed` / `last_affected` closes it.
      let open: string | null = null
      for (const e of r.events ?? []) {
        if (e.introduced !== undefined) {
          if (open !== null) ranges.push({ introduced: open, fixed: null, lastAffected: null })
          open = String(e.introduced)
        } else if (open !== null && (e.fixed !== undefined || e.last_affected !== undefined)) {
          ranges.push({
            introduced: open,
            fixed: e.fixed !== undefined ? String(e.fixed) : null,
            lastAffected: e.last_affected !== undefined ? String(e.last_affected) : null
          })
          open = null
        }
      }
      if (open !== null) ranges.push({ introduced: open, fixed: null, lastAffected: null })
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
  return { format: 'osv', id: vulnerability, statements, unsupported }
}
