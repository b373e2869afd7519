/**
 * CycloneDX 1.4-1.6 VEX: `vulnerabilities[].analysis` (state, justification) and `affects`
 * (a bom-ref to a component, with versions or `vers:` ranges and their status).
 */
import { clip, GateError } from '../../shared/errors.js'
import { parseVers } from '../../shared/versions.js'
import { MAX_PRODUCT_NODES, MAX_STATEMENTS, ptr } from './document.js'
import { cpeVersion, parseCpe23, parsePurl } from './products.js'
import type { ProductRef, VexDocument, VexStatement, VexStatus } from './types.js'

/* eslint-disable @typescript-eslint/no-explicit-any -- input is schema-validated before this runs */
type Raw = any

const STATE: Record<string, VexStatus> = {
  exploitable: 'affected',
  in_triage: 'under_investigation',
  resolved: 'fixed',
  resolved_with_pedigree: 'fixed',
  not_affected: 'not_affected',
  false_positive: 'not_affected'
}

export function readCycloneDx(doc: Raw, file: string): VexDocument {
  const components = new Map<string, { product: ProductRef; version: string | null }>()
  const definedAt = new Map<string, string>()
  const stack: { c: Raw; pointer: string }[] = []
  if (doc.metadata?.component)
    stack.push({ c: doc.metadata.component, pointer: '/metadata/component' })
  for (const [i, c] of (doc.components ?? []).entries())
    stack.push({ c, pointer: ptr('components', i) })
  let nodes = 0
  while (stack.length > 0) {
    const { c, pointer } = stack.pop()!
    if (++nodes > MAX_PRODUCT_NODES) {
      throw new GateError(
        'LIMIT_EXCEEDED',
        `has more than ${MAX_PRODUCT_NODES} components; at most ${MAX_PRODUCT_NODES} are read`,
        { file, field: pointer }
      )
    }
    const purl = typeof c.purl === 'string' ? c.purl : undefined
    const cpe = typeof c.cpe === 'string' && c.cpe.startsWith('cpe:2.3:') ? c.cpe : undefined
    const parsedPurl = purl ? parsePurl(purl, file, `${pointer}/purl`) : null
    const parsedCpe = cpe ? parseCpe23(cpe, file, `${pointer}/cpe`) : null
    const vendor = c.supplier?.name ?? c.publisher ?? c.group
    const product: ProductRef = {
      label: `${c['bom-ref'] ?? pointer} (${c.name}${c.version ? ` ${c.version}` : ''})`,
      name: String(c.name),
      ...(vendor ? { vendor: String(vendor) } : {}),
      ...(purl ? { purl } : {}),
      ...(cpe ? { cpe } : {})
    }
    const version =
      typeof c.version === 'string'
        ? c.version
        : (parsedPurl?.version ?? (parsedCpe ? cpeVersion(parsedCpe) : null))
    if (typeof c['bom-ref'] === 'string') {
      // A bom-ref is unique in a BOM: a second component under it could be another product,
      // and which one a vulnerability's status meant would depend on order.
      const first = definedAt.get(c['bom-ref'])
      if (first !== undefined) {
        throw new GateError(
          'SCHEMA_VIOLATION',
          `bom-ref ${JSON.stringify(clip(c['bom-ref'], 100))} names two components (${first} and ${pointer}); a bom-ref is unique in a BOM`,
          { file, field: `${pointer}/bom-ref` }
        )
      }
      definedAt.set(c['bom-ref'], pointer)
      components.set(c['bom-ref'], { product, version })
    }
    for (const [i, child] of (c.components ?? []).entries())
      stack.push({ c: child, pointer: `${pointer}/components/${i}` })
  }

  // A BOM-Link (urn:cdx:<serial>/<version>#<bom-ref>, the bom-ref percent-encoded) names a
  // component of this BOM when the serial is this BOM's; one into another BOM is not followed.
  const serial = /^urn:uuid:(.+)$/i.exec(String(doc.serialNumber ?? ''))?.[1]?.toLowerCase()
  const component = (ref: string, pointer: string) => {
    const exact = components.get(ref)
    if (exact) return exact
    const link = /^urn:cdx:([^/]+)\/[1-9]\d*#(.+)$/.exec(ref)
    if (!link || serial === undefined || link[1]!.toLowerCase() !== serial) return undefined
    try {
      return components.get(decodeURIComponent(link[2]!))
    } catch {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `is a BOM-Link whose bom-ref has a broken percent-escape: ${JSON.stringify(clip(ref, 200))}`,
        { file, field: pointer }
      )
    }
  }

  const statements: VexStatement[] = []
  const add = (s: VexStatement) => {
    if (statements.length >= MAX_STATEMENTS) {
      throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_STATEMENTS} affects entries`, {
        file,
        field: s.pointer
      })
    }
    statements.push(s)
  }
  for (const [i, v] of (doc.vulnerabilities ?? []).entries()) {
    const vulnerability = String(v.id ?? `vulnerabilities[${i}]`)
    const aliases: string[] = (v.references ?? []).map((r: Raw) => String(r.id))
    const analysis = v.analysis ?? {}
    const state: VexStatus | undefined = STATE[analysis.state]
    const justification: string | null = analysis.justification ?? analysis.detail ?? null
    for (const [j, a] of (v.affects ?? []).entries()) {
      const base = ptr('vulnerabilities', i, 'affects', j)
      const ref = String(a.ref)
      const known = component(ref, `${base}/ref`)
      const product = known?.product ?? { label: ref }
      const said: VexStatement[] = []
      if (Array.isArray(a.versions) && a.versions.length > 0) {
        for (const [k, ver] of a.versions.entries()) {
          const pointer = `${base}/versions/${k}`
          if (typeof ver.range === 'string' && ver.range.startsWith('vers:'))
            parseVers(ver.range, file, `${pointer}/range`)
          const status: VexStatus =
            ver.status === 'unaffected'
              ? state === 'fixed'
                ? 'fixed'
                : 'not_affected'
              : ver.status === 'unknown'
                ? 'under_investigation'
                : state === 'under_investigation'
                  ? state
                  : 'affected'
          said.push({
            pointer,
            vulnerability,
            aliases,
            status,
            justification: status === 'not_affected' ? justification : null,
            product,
            versions:
              typeof ver.version === 'string'
                ? { type: 'list', versions: [ver.version], vers: [] }
                : { type: 'list', versions: [], vers: [String(ver.range)] }
          })
        }
      } else {
        const status: VexStatus = state ?? 'affected'
        said.push({
          pointer: base,
          vulnerability,
          aliases,
          status,
          justification: status === 'not_affected' ? justification : null,
          product,
          versions: known?.version
            ? { type: 'list', versions: [known.version], vers: [] }
            : { type: 'all' }
        })
      }
      // A status about a component this BOM does not hold cannot be matched to a product; an
      // affected or in-triage one is refused rather than dropped as not this product.
      const blocking = said.find(x => x.status === 'affected' || x.status === 'under_investigation')
      if (!known && blocking) {
        throw new GateError(
          'SCHEMA_VIOLATION',
          `says ${vulnerability} is ${blocking.status} for ${JSON.stringify(clip(ref, 200))}, which names no component of this BOM (a bom-ref, or a BOM-Link urn:cdx:<this BOM's serialNumber uuid>/<version>#<bom-ref>; a BOM-Link into another BOM is not followed): list the component in this BOM's components`,
          { file, field: `${base}/ref` }
        )
      }
      for (const x of said) add(x)
    }
  }
  const id = doc.serialNumber ? String(doc.serialNumber) : `${file} (no serialNumber)`
  return { format: 'cyclonedx-vex', id, statements, unsupported: [], caveats: [] }
}
