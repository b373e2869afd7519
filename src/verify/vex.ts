/**
 * From a supplier's affected-version document to facts about this update: which statements are
 * about this product (scope.identifiers), which vulnerabilities in scope they concern (by id or
 * alias), and what each says about the from-version and the to-version under the product's
 * version scheme. Facts only: whether that is good enough is the policy's decision
 * (policies/controls/affected_versions.rego).
 */
import type {
  ProductIdentifier,
  VexDocumentRecord,
  VexStatementFact,
  VexStatus
} from '../contracts/policy-input.js'
import { parseCpe23, parsePurl, unquoted } from '../load/vex/products.js'
import type {
  ProductRef,
  VersionSet,
  VexCaveat,
  VexDocument,
  VexStatement
} from '../load/vex/types.js'
import { compareTimestamps } from '../shared/time.js'
import {
  compareVersions,
  isValidVersion,
  parseVers,
  versContains,
  versOrder,
  type VersionScheme
} from '../shared/versions.js'

/** Most "not this product" entries a record lists (the count is always exact). */
export const MAX_NOT_THIS_PRODUCT = 50

const lower = (s: string | undefined) => (s ?? '').toLowerCase()

export function identifierLabel(id: ProductIdentifier): string {
  if (id.purl) return `purl ${id.purl}`
  if (id.cpe) return `cpe ${id.cpe}`
  if (id.csafProductId)
    return `CSAF product_id ${id.csafProductId}${id.version ? ` (version ${id.version})` : ''}`
  return `name ${[id.vendor, id.name].filter(Boolean).join(' / ')}${id.ecosystem ? ` (${id.ecosystem})` : ''}`
}

/** Whether a document's product entry is the product an identifier names. */
function matches(id: ProductIdentifier, p: ProductRef, file: string): boolean {
  if (id.purl) {
    if (!p.purl) return false
    const a = parsePurl(id.purl, 'update-evidence.yaml', 'scope.identifiers')
    const b = parsePurl(p.purl, file, p.label)
    return a.type === b.type && a.namespace === b.namespace && a.name === b.name
  }
  if (id.cpe) {
    if (!p.cpe || !p.cpe.startsWith('cpe:2.3:')) return false
    const a = parseCpe23(id.cpe, 'update-evidence.yaml', 'scope.identifiers')
    const b = parseCpe23(p.cpe, file, p.label)
    // Compared as values (unbound), not as written: ic22\-firmware and ic22-firmware are one name.
    const value = (f: string) => lower(unquoted(f))
    return (['part', 'vendor', 'product'] as const).every(k => value(a[k]) === value(b[k]))
  }
  if (id.csafProductId)
    return p.productId === id.csafProductId || !!p.productReferences?.includes(id.csafProductId)
  if (id.name) {
    if (p.name !== id.name) return false
    if (id.vendor && p.vendor !== id.vendor) return false
    if (id.ecosystem && p.ecosystem !== id.ecosystem) return false
    return true
  }
  return false
}

type Coverage = { covered: boolean; status: VexStatus | null } | { unsupported: string }

/** SemVer build metadata: what follows `+` (`debug` in 1.1.0+debug), else ''. */
const buildOf = (v: string) => (v.includes('+') ? v.slice(v.indexOf('+') + 1) : '')

/**
 * How a listed version `x` (valid in the scheme) stands to `v`: the same version, build metadata
 * and all; another build of it (SemVer precedence ignores build metadata, but 1.1.0+debug is not
 * the 1.1.0 that ships); or neither.
 */
function listedAs(scheme: VersionScheme, x: string, v: string): 'same' | 'other build' | null {
  if (compareVersions(scheme, x, v) !== 0) return null
  return scheme === 'semver' && buildOf(x) !== buildOf(v) ? 'other build' : 'same'
}

/**
 * The listed versions valid in the scheme, and why another is not compared (`V5.4.3` in a
 * semver product): it may be any version, so a statement it is in says nothing sure of those it
 * does not otherwise cover.
 */
function validListed(scheme: VersionScheme, listed: string[]) {
  const valid = listed.filter(x => isValidVersion(scheme, x))
  const invalid = listed.find(x => !isValidVersion(scheme, x))
  return {
    valid,
    unsupported:
      invalid === undefined ? null : `version ${JSON.stringify(invalid)} is not a ${scheme} version`
  }
}

/** Statuses that clear a version: said of another build, they say nothing of this one. */
const CLEARING: ReadonlySet<VexStatus> = new Set(['fixed', 'not_affected'])

/** What a statement says about one version. */
function coverage(
  s: VexStatement,
  versions: VersionSet,
  v: string,
  scheme: VersionScheme
): Coverage {
  if (versions.type === 'all') return { covered: true, status: s.status }
  if (versions.type === 'list') {
    const { valid, unsupported: invalid } = validListed(scheme, versions.versions)
    const listed = valid.map(x => listedAs(scheme, x, v))
    // Another build's fix is not this build's; that it is affected (or under investigation) is.
    if (listed.includes('same') || (listed.includes('other build') && !CLEARING.has(s.status)))
      return { covered: true, status: s.status }
    let unsupported = invalid
    for (const text of versions.vers) {
      if (!text.startsWith('vers:')) {
        unsupported = `range ${JSON.stringify(text)} is not a vers: range`
        continue
      }
      const range = parseVers(text, '', '')
      if (versOrder(range.scheme) !== scheme) {
        unsupported = `range ${text} is in scheme ${range.scheme}; the product's version scheme is ${scheme}`
        continue
      }
      try {
        if (versContains(range, v, scheme)) return { covered: true, status: s.status }
      } catch (error) {
        unsupported = `range ${text}: ${error instanceof Error ? error.message : String(error)}`
      }
    }
    return unsupported ? { unsupported } : { covered: false, status: null }
  }
  // OSV: affected in a range or listed; past a fixed / last_affected event: fixed; else not affected.
  if (scheme !== 'semver') {
    return {
      unsupported: `OSV ${versions.rangeType} ranges order versions as SemVer; the product's version scheme is ${scheme}`
    }
  }
  if (!isValidVersion('semver', v)) return { unsupported: `${v} is not a SemVer version` }
  try {
    const cmp = (a: string, b: string) => compareVersions('semver', a, b)
    const { valid, unsupported } = validListed('semver', versions.versions)
    if (valid.some(x => cmp(x, v) === 0)) return { covered: true, status: 'affected' }
    let after = false
    for (const r of versions.ranges) {
      const fromOk = r.introduced === '0' || cmp(r.introduced, v) <= 0
      if (!fromOk) continue
      if (
        r.fixed !== null
          ? cmp(v, r.fixed) < 0
          : r.lastAffected !== null
            ? cmp(v, r.lastAffected) <= 0
            : true
      )
        return { covered: true, status: 'affected' }
      after = true
    }
    if (unsupported) return { unsupported }
    return { covered: true, status: after ? 'fixed' : 'not_affected' }
  } catch (error) {
    return { unsupported: error instanceof Error ? error.message : String(error) }
  }
}

const holdsAt = (c: VexCaveat, time: string): boolean =>
  (c.from === null || compareTimestamps(c.from, time) <= 0) &&
  (c.before === null || compareTimestamps(time, c.before) < 0)

export function vexRecord(
  doc: VexDocument,
  file: string,
  scope: {
    fromVersion: string
    toVersion: string
    vulnerabilities: string[]
    identifiers: ProductIdentifier[]
  },
  scheme: VersionScheme,
  evaluationTime: string
): VexDocumentRecord {
  // Vulnerability ids compare case-insensitively (CVE and GHSA ids do: vuln-2026-014 is
  // VULN-2026-014), and are named as the scope names them, so that the policy sees they are in scope.
  const inScope = new Map(scope.vulnerabilities.map(v => [lower(v), v]))
  const inScopeName = (u: { vulnerability: string; aliases: string[] }) =>
    [u.vulnerability, ...u.aliases].map(v => inScope.get(lower(v))).find(v => v !== undefined)
  // The vulnerabilities in scope the document names, whatever product it names them for.
  const named = new Set([...doc.statements, ...doc.unsupported].flatMap(x => inScopeName(x) ?? []))
  const statements: VexStatementFact[] = []
  const notThisProduct = new Set<string>()
  /** The identifier naming a document entry, else undefined (the entry is listed as not this product). */
  const identifierOf = (product: ProductRef) => {
    const id = scope.identifiers.find(i => matches(i, product, file))
    if (!id) notThisProduct.add(product.label)
    return id
  }
  const unsupported: VexDocumentRecord['unsupported'] = []
  for (const u of doc.unsupported) {
    if (!identifierOf(u.product)) continue
    unsupported.push({
      statement: u.pointer,
      vulnerability: inScopeName(u) ?? u.vulnerability,
      status: u.status,
      product: u.product.label,
      reason: u.reason
    })
  }
  for (const s of doc.statements) {
    const id = identifierOf(s.product)
    if (!id) continue
    const vulnerability = inScopeName(s)
    if (vulnerability === undefined) continue
    // A withdrawn document says nothing; a provisional one does not clear a version.
    const caveat = doc.caveats.find(
      c => holdsAt(c, evaluationTime) && (c.effect === 'withdrawn' || CLEARING.has(s.status))
    )
    if (caveat) {
      unsupported.push({
        statement: s.pointer,
        vulnerability,
        status: s.status,
        product: s.product.label,
        reason: caveat.reason
      })
      continue
    }
    // A version pin says which version a product_id the document gives no version stands for.
    // It narrows what a fixed or not_affected statement clears to that version, never what an
    // affected or under_investigation one covers: the document said it of every version.
    const versions: VersionSet =
      s.versions.type === 'all' && id.csafProductId && id.version && CLEARING.has(s.status)
        ? { type: 'list', versions: [id.version], vers: [] }
        : s.versions
    const say = (v: string): VexStatus | null => {
      const c = coverage(s, versions, v, scheme)
      if ('unsupported' in c) {
        if (!unsupported.some(u => u.statement === s.pointer && u.reason === c.unsupported))
          unsupported.push({
            statement: s.pointer,
            vulnerability,
            status: s.status,
            product: s.product.label,
            reason: c.unsupported
          })
        return null
      }
      return c.covered ? c.status : null
    }
    statements.push({
      vulnerability,
      statement: s.pointer,
      product: s.product.label,
      identifier: identifierLabel(id),
      status: s.status,
      justification: s.justification,
      allVersions: versions.type === 'all',
      versions: versions.type === 'all' ? [] : versions.versions,
      vers: versions.type === 'list' ? versions.vers : [],
      ranges: versions.type === 'osv' ? versions.ranges : [],
      fromVersion: say(scope.fromVersion),
      toVersion: say(scope.toVersion)
    })
  }
  const names = [...notThisProduct].sort()
  return {
    kind: 'VexDocument',
    format: doc.format,
    document: doc.id,
    versionScheme: scheme,
    vulnerabilities: [...named].sort(),
    statements,
    notThisProduct: names.slice(0, MAX_NOT_THIS_PRODUCT),
    notThisProductCount: names.length,
    unsupported
  }
}
