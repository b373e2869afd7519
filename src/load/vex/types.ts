/**
 * A supplier's affected-version document (CSAF VEX, OpenVEX, OSV, CycloneDX VEX) as the load
 * stage reads it: schema-valid, bounded, and flattened into statements about product entries.
 * Nothing is matched or compared here: which entries are this product and what a statement says
 * about the from- and to-version is computed by the verify stage (src/verify/vex.ts).
 */

export type VexFormat = 'csaf' | 'openvex' | 'osv' | 'cyclonedx-vex'

export type VexStatus = 'affected' | 'not_affected' | 'fixed' | 'under_investigation'

/** How a document names a product entry; every field optional, as formats differ. */
export interface ProductRef {
  /** How the report names the entry, e.g. `CSAFPID-0002 (Example Company ABC 2.4)`. */
  label: string
  purl?: string
  cpe?: string
  /** CSAF product_id. */
  productId?: string
  /**
   * CSAF relationship (`5.4.3 installed_on HW-B`): the product ids its product_reference chain
   * leads through, nearest first. The relationship is that product, so an identifier naming
   * one of them names it too.
   */
  productReferences?: string[]
  /** Product name (CSAF product_name branch, CycloneDX component name, OSV package name). */
  name?: string
  /** Vendor (CSAF vendor branch, CycloneDX supplier/publisher). */
  vendor?: string
  /** OSV ecosystem. */
  ecosystem?: string
}

/** The versions a statement covers. */
export type VersionSet =
  /** No version given: the statement covers every version of the product. */
  | { type: 'all' }
  /** Versions and `vers:` ranges (CSAF product_version(_range), CycloneDX, OpenVEX purls). */
  | { type: 'list'; versions: string[]; vers: string[] }
  /** OSV SEMVER / ECOSYSTEM ranges (events) and listed versions. */
  | {
      type: 'osv'
      rangeType: 'SEMVER' | 'ECOSYSTEM'
      ranges: { introduced: string; fixed: string | null; lastAffected: string | null }[]
      versions: string[]
    }

export interface VexStatement {
  /** JSON pointer of the statement in the document, e.g. `/vulnerabilities/0/product_status/known_affected/2`. */
  pointer: string
  vulnerability: string
  aliases: string[]
  status: VexStatus
  /** Why not affected (a justification label or impact statement); null when none. */
  justification: string | null
  product: ProductRef
  versions: VersionSet
}

/**
 * What keeps a document from counting as final evidence at some evaluation times. The load
 * stage does not know the evaluation time: the verify stage applies the caveats that hold then.
 */
export interface VexCaveat {
  /**
   * `withdrawn` (OSV `withdrawn`): the document counts for nothing, every statement set aside
   * (and reported). `provisional` (a CSAF draft, a CSAF release date after the evaluation time):
   * its `fixed` and `not_affected` statements do not count; its `affected` and
   * `under_investigation` ones do (failing closed).
   */
  effect: 'withdrawn' | 'provisional'
  /** What the report says, naming the field, e.g. `/document/tracking/status is draft`. */
  reason: string
  /** The caveat holds at and after this time (normalised); null: from the start. */
  from: string | null
  /** The caveat holds before this time (normalised); null: for ever after. */
  before: string | null
}

export interface VexDocument {
  format: VexFormat
  /** The document's own id (CSAF tracking id, OpenVEX @id, OSV id, CycloneDX serialNumber). */
  id: string
  statements: VexStatement[]
  /**
   * Ranges the gate does not evaluate (OSV GIT, ECOSYSTEM of a non-semver ecosystem), each with
   * the vulnerability's id and its aliases (a scope may name it by either), the product entry
   * (the verify stage keeps those of this product) and the status the range gives.
   */
  unsupported: {
    pointer: string
    vulnerability: string
    aliases: string[]
    status: VexStatus
    product: ProductRef
    reason: string
  }[]
  caveats: VexCaveat[]
}
