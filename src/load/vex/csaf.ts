/**
 * CSAF 2.0 (OASIS) VEX and security advisories: the product tree (branches with vendor,
 * product_name and product_version / product_version_range, full product names, relationships)
 * and, per vulnerability, product_status, flags (justifications) and impact threats.
 */
import { clip, GateError } from '../../shared/errors.js'
import { normaliseTimestamp } from '../../shared/time.js'
import { parseVers } from '../../shared/versions.js'
import { MAX_JUSTIFIED_PRODUCTS, MAX_PRODUCT_NODES, MAX_STATEMENTS, ptr } from './document.js'
import { cpeVersion, parseCpe23, parsePurl } from './products.js'
import type {
  ProductRef,
  VersionSet,
  VexCaveat,
  VexDocument,
  VexStatement,
  VexStatus
} from './types.js'

/* eslint-disable @typescript-eslint/no-explicit-any -- input is schema-validated before this runs */
type Raw = any

const STATUS: Record<string, VexStatus | null> = {
  first_affected: 'affected',
  known_affected: 'affected',
  last_affected: 'affected',
  first_fixed: 'fixed',
  fixed: 'fixed',
  known_not_affected: 'not_affected',
  under_investigation: 'under_investigation',
  recommended: null
}

interface Entry {
  product: ProductRef
  versions: VersionSet
}

/**
 * Refuses relationships that lead back to themselves (`refersTo`: each relationship's product id
 * to the two products it combines). One depth-first walk over all of them, each product entered
 * once (a chain of N relationships costs N steps, not N² as a walk from each one would): a
 * reference to a product still on the walk's path closes a cycle, reported at the relationship
 * it starts from, with the products it goes through.
 */
function refuseCycles(relationships: Raw[], refersTo: Map<string, string[]>, file: string): void {
  const done = new Set<string>()
  const onPath = new Map<string, number>() // product id -> its place on the path
  const indexOf = new Map<string, number>()
  for (const [i, rel] of relationships.entries())
    if (!indexOf.has(rel.full_product_name.product_id))
      indexOf.set(rel.full_product_name.product_id, i)
  for (const rel of relationships) {
    const root: string = rel.full_product_name.product_id
    if (done.has(root)) continue
    const path: string[] = [root]
    const next: number[] = [0] // per path entry, the next reference to follow
    onPath.set(root, 0)
    while (path.length > 0) {
      const id = path.at(-1)!
      const refs = refersTo.get(id) ?? []
      const k = next[next.length - 1]!
      if (k === refs.length) {
        path.pop()
        next.pop()
        onPath.delete(id)
        done.add(id)
        continue
      }
      next[next.length - 1] = k + 1
      const ref = refs[k]!
      const at = onPath.get(ref)
      if (at !== undefined) {
        const through = path.slice(at + 1)
        const named =
          through.length > 10
            ? `${through.slice(0, 10).join(', ')} and ${through.length - 10} more`
            : through.join(', ') || 'itself'
        throw new GateError(
          'SCHEMA_VIOLATION',
          `relationship ${JSON.stringify(ref)} refers back to itself through ${named} (a cycle in the product tree)`,
          { file, field: ptr('product_tree', 'relationships', indexOf.get(ref)!) }
        )
      }
      if (done.has(ref) || !refersTo.has(ref)) continue
      onPath.set(ref, path.length)
      path.push(ref)
      next.push(0)
    }
  }
}

export function readCsaf(doc: Raw, file: string): VexDocument {
  const entries = new Map<string, Entry>()
  // CSAF defines each product_id once (mandatory test 6.1.2): a second definition could name
  // another product under the same id, and which one a status meant would depend on order.
  const definedAt = new Map<string, string>()
  const define = (id: string, pointer: string, entry: Entry) => {
    const first = definedAt.get(id)
    if (first !== undefined) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `product id ${JSON.stringify(clip(id, 100))} is defined twice (${first} and ${pointer}); CSAF defines each product_id once (mandatory test 6.1.2)`,
        { file, field: `${pointer}/product_id` }
      )
    }
    definedAt.set(id, pointer)
    entries.set(id, entry)
  }
  const tree = doc.product_tree ?? {}
  let nodes = 0
  const count = (field: string) => {
    if (++nodes > MAX_PRODUCT_NODES) {
      throw new GateError(
        'LIMIT_EXCEEDED',
        `has more than ${MAX_PRODUCT_NODES} product tree nodes; at most ${MAX_PRODUCT_NODES} are read`,
        { file, field }
      )
    }
  }
  const helperRef = (fpn: Raw, pointer: string, base: Partial<ProductRef>): Entry => {
    const helper = fpn.product_identification_helper ?? {}
    const purl = typeof helper.purl === 'string' ? helper.purl : undefined
    const cpe = typeof helper.cpe === 'string' ? helper.cpe : undefined
    const parsedPurl = purl
      ? parsePurl(purl, file, `${pointer}/product_identification_helper/purl`)
      : null
    const parsedCpe =
      cpe && cpe.startsWith('cpe:2.3:')
        ? parseCpe23(cpe, file, `${pointer}/product_identification_helper/cpe`)
        : null
    const product: ProductRef = {
      label: `${fpn.product_id} (${fpn.name})`,
      productId: fpn.product_id,
      ...base,
      ...(purl ? { purl } : {}),
      ...(cpe ? { cpe } : {})
    }
    const version = parsedPurl?.version ?? (parsedCpe ? cpeVersion(parsedCpe) : null)
    return {
      product,
      versions: version ? { type: 'list', versions: [version], vers: [] } : { type: 'all' }
    }
  }
  // Branches, depth-first with an explicit stack (no recursion on document data).
  const stack: { branch: Raw; pointer: string; vendor?: string; name?: string }[] = (
    tree.branches ?? []
  ).map((b: Raw, i: number) => ({ branch: b, pointer: ptr('product_tree', 'branches', i) }))
  while (stack.length > 0) {
    const { branch, pointer, vendor, name } = stack.pop()!
    count(pointer)
    const here = {
      vendor: branch.category === 'vendor' ? branch.name : vendor,
      name: branch.category === 'product_name' ? branch.name : name
    }
    if (branch.product) {
      const base: Partial<ProductRef> = {
        ...(here.vendor ? { vendor: here.vendor } : {}),
        ...(here.name ? { name: here.name } : {})
      }
      const e = helperRef(branch.product, `${pointer}/product`, base)
      if (branch.category === 'product_version')
        e.versions = { type: 'list', versions: [branch.name], vers: [] }
      else if (branch.category === 'product_version_range') {
        // A vers range is checked here (syntax, size); any other range notation is kept and
        // reported as unsupported by the verify stage.
        if (String(branch.name).startsWith('vers:')) parseVers(branch.name, file, `${pointer}/name`)
        e.versions = { type: 'list', versions: [], vers: [branch.name] }
      }
      define(branch.product.product_id, `${pointer}/product`, e)
    }
    for (const [i, child] of (branch.branches ?? []).entries())
      stack.push({ branch: child, pointer: `${pointer}/branches/${i}`, ...here })
  }
  for (const [i, fpn] of (tree.full_product_names ?? []).entries()) {
    count(ptr('product_tree', 'full_product_names', i))
    const pointer = ptr('product_tree', 'full_product_names', i)
    define(fpn.product_id, pointer, helperRef(fpn, pointer, {}))
  }
  // Relationships name combined products; a chain that leads back to itself is refused.
  const relationships: Raw[] = tree.relationships ?? []
  const productReference = new Map<string, string>()
  const refersTo = new Map<string, string[]>()
  for (const [i, rel] of relationships.entries()) {
    const pointer = ptr('product_tree', 'relationships', i)
    count(pointer)
    const fpn = rel.full_product_name
    productReference.set(fpn.product_id, rel.product_reference)
    refersTo.set(fpn.product_id, [rel.product_reference, rel.relates_to_product_reference])
    define(
      fpn.product_id,
      `${pointer}/full_product_name`,
      helperRef(fpn, `${pointer}/full_product_name`, {})
    )
  }
  refuseCycles(relationships, refersTo, file)
  // A relationship ("5.4.3 installed_on HW-B") is its product_reference: it takes that
  // product's identity and versions, so a status given to it is a status of that product and
  // version (read as its own product, "5.4.3 installed on HW-B" would match no identifier and an
  // affected status would be dropped as not this product). Chains are followed to their end,
  // each relationship once.
  const inherited = new Set<string>()
  for (const rel of relationships) {
    const chain: string[] = []
    let id: string = rel.full_product_name.product_id
    while (productReference.has(id) && !inherited.has(id)) {
      chain.push(id)
      id = productReference.get(id)!
    }
    let base = entries.get(id)
    for (const relId of chain.reverse()) {
      const own = entries.get(relId)!
      if (base) {
        const product: ProductRef = {
          ...base.product,
          label: own.product.label,
          productId: relId,
          productReferences: [base.product.productId!, ...(base.product.productReferences ?? [])]
        }
        entries.set(relId, { product, versions: base.versions })
      }
      inherited.add(relId)
      base = entries.get(relId)
    }
  }
  const groups = new Map<string, string[]>()
  for (const g of tree.product_groups ?? []) groups.set(g.group_id, g.product_ids)
  // The justification of each product a vulnerability's flags and impact threats name, directly
  // or through a group: the first flag that names it, else the first impact threat. Computed
  // once per vulnerability (not per statement and flag: that took minutes on a 120 KB
  // document), each group expanded once (a later mention of it names no product first), and
  // bounded over the document.
  let justified = 0
  const justificationsOf = (v: Raw, i: number): Map<string, string> => {
    const byProduct = new Map<string, string>()
    const expandedGroups = new Set<string>()
    const justifying = (list: 'flags' | 'threats', k: number, source: Raw, text: unknown) => ({
      text: String(text),
      pointer: ptr('vulnerabilities', i, list, k),
      source
    })
    const sources = [
      ...(v.flags ?? []).map((f: Raw, k: number) => justifying('flags', k, f, f.label)),
      ...(v.threats ?? []).flatMap((t: Raw, k: number) =>
        t.category === 'impact' ? [justifying('threats', k, t, t.details)] : []
      )
    ]
    for (const { text, pointer, source } of sources) {
      const name = (ids: string[]) => {
        justified += ids.length
        if (justified > MAX_JUSTIFIED_PRODUCTS) {
          throw new GateError(
            'LIMIT_EXCEEDED',
            `has flags and impact threats naming more than ${MAX_JUSTIFIED_PRODUCTS} products (product groups expanded); at most ${MAX_JUSTIFIED_PRODUCTS} are read`,
            { file, field: pointer }
          )
        }
        for (const id of ids) if (!byProduct.has(id)) byProduct.set(id, text)
      }
      name(source.product_ids ?? [])
      for (const g of source.group_ids ?? []) {
        if (expandedGroups.has(g)) continue
        expandedGroups.add(g)
        name(groups.get(g) ?? [])
      }
    }
    return byProduct
  }

  const statements: VexStatement[] = []
  for (const [i, v] of (doc.vulnerabilities ?? []).entries()) {
    const ids: string[] = [
      ...(v.cve ? [v.cve] : []),
      ...(v.ids ?? []).map((x: Raw) => String(x.text))
    ]
    const vulnerability = ids[0] ?? `vulnerabilities[${i}]`
    let justifications: Map<string, string> | undefined
    const justification = (pid: string): string | null => {
      justifications ??= justificationsOf(v, i)
      return justifications.get(pid) ?? null
    }
    for (const [category, list] of Object.entries(v.product_status ?? {})) {
      const status = STATUS[category]
      if (!status) continue
      for (const [j, pid] of (list as string[]).entries()) {
        if (statements.length >= MAX_STATEMENTS) {
          throw new GateError(
            'LIMIT_EXCEEDED',
            `has more than ${MAX_STATEMENTS} product statements`,
            { file, field: ptr('vulnerabilities', i, 'product_status', category) }
          )
        }
        const e = entries.get(pid) ?? {
          product: { label: pid, productId: pid },
          versions: { type: 'all' } as VersionSet
        }
        statements.push({
          pointer: ptr('vulnerabilities', i, 'product_status', category, j),
          vulnerability,
          aliases: ids.slice(1),
          status,
          justification: status === 'not_affected' ? justification(pid) : null,
          product: e.product,
          versions: e.versions
        })
      }
    }
  }
  return {
    format: 'csaf',
    id: String(doc.document.tracking.id),
    statements,
    unsupported: [],
    caveats: caveatsOf(doc.document.tracking, file)
  }
}

/**
 * A draft, or a document released after the evaluation time, is not final evidence: its fixed
 * and not_affected statements do not count (its content may still change); its affected and
 * under_investigation ones do.
 */
function caveatsOf(tracking: Raw, file: string): VexCaveat[] {
  const caveats: VexCaveat[] = []
  if (tracking.status === 'draft') {
    caveats.push({
      effect: 'provisional',
      reason:
        '/document/tracking/status is draft: a draft is not final evidence that a version is fixed or not affected',
      from: null,
      before: null
    })
  }
  for (const field of ['initial_release_date', 'current_release_date']) {
    const pointer = `/document/tracking/${field}`
    const released = normaliseTimestamp(String(tracking[field]), { file, field: pointer })
    caveats.push({
      effect: 'provisional',
      reason: `${pointer} is ${released}, after the evaluation time: a document not yet released is not final evidence that a version is fixed or not affected`,
      from: null,
      before: released
    })
  }
  return caveats
}
