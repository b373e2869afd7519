/** OpenVEX 0.2: statements of vulnerability, products (purl @id or identifiers), status. */
import { GateError } from '../../shared/errors.js'
import { MAX_STATEMENTS, ptr } from './document.js'
import { cpeVersion, parseCpe23, parsePurl } from './products.js'
import type { ProductRef, VexDocument, VexStatement, VexStatus } from './types.js'

/* eslint-disable @typescript-eslint/no-explicit-any -- input is schema-validated before this runs */
type Raw = any

export function readOpenVex(doc: Raw, file: string): VexDocument {
  const statements: VexStatement[] = []
  for (const [i, s] of (doc.statements ?? []).entries()) {
    const vuln = s.vulnerability ?? {}
    const vulnerability = String(vuln.name ?? vuln['@id'] ?? `statements[${i}]`)
    const aliases: string[] = (vuln.aliases ?? []).map(String)
    const status = s.status as VexStatus
    for (const [j, p] of (s.products ?? []).entries()) {
      if (statements.length >= MAX_STATEMENTS) {
        throw new GateError(
          'LIMIT_EXCEEDED',
          `has more than ${MAX_STATEMENTS} product statements`,
          {
            file,
            field: ptr('statements', i, 'products')
          }
        )
      }
      const pointer = ptr('statements', i, 'products', j)
      const id: string | undefined = p['@id']
      const ids = p.identifiers ?? {}
      const purl: string | undefined = ids.purl ?? (id?.startsWith('pkg:') ? id : undefined)
      const cpe: string | undefined = ids.cpe23 ?? (id?.startsWith('cpe:2.3:') ? id : undefined)
      const parsedPurl = purl
        ? parsePurl(purl, file, ids.purl ? `${pointer}/identifiers/purl` : `${pointer}/@id`)
        : null
      const parsedCpe = cpe
        ? parseCpe23(cpe, file, ids.cpe23 ? `${pointer}/identifiers/cpe23` : `${pointer}/@id`)
        : null
      const product: ProductRef = {
        label: id ?? purl ?? cpe ?? `statements[${i}].products[${j}]`,
        ...(purl ? { purl } : {}),
        ...(cpe ? { cpe } : {})
      }
      const version = parsedPurl?.version ?? (parsedCpe ? cpeVersion(parsedCpe) : null)
      statements.push({
        pointer,
        vulnerability,
        aliases,
        status,
        justification:
          status === 'not_affected' ? (s.justification ?? s.impact_statement ?? null) : null,
        product,
        versions: version ? { type: 'list', versions: [version], vers: [] } : { type: 'all' }
      })
    }
  }
  return { format: 'openvex', id: String(doc['@id']), statements, unsupported: [], caveats: [] }
}
