/**
 * The policy input document: the facts the verify stage computed from one evidence package.
 * This is a public, versioned contract (schemas/policy-input.schema.json). Policies read it as
 * `input`; the trust configuration is `data.trust` (see TrustData). TypeScript never decides:
 * every field here is a fact (a parsed value, a digest, whether a signature verifies and with
 * which key), never a verdict.
 */

export const POLICY_INPUT_VERSION = 'update-gate.dev/policy-input/v1'

/** RFC 3339 timestamp, normalised to UTC with a `Z` suffix by the load stage. */
export type Timestamp = string
/** Lower-case hex SHA-256. */
export type Sha256 = string

export type EvidenceKind =
  | 'assertion'
  | 'process-document'
  | 'update-manifest'
  | 'build-provenance'
  | 'signing-event'
  | 'release-approval'
  | 'rollback-recovery-tests'
  | 'recovery-procedure'
  | 'affected-versions'
  | 'customer-notification'
  | 'deployment-records'

export interface PolicyInput {
  apiVersion: typeof POLICY_INPUT_VERSION
  /** The time the decision is made for; policies never read a clock. */
  evaluationTime: Timestamp
  package: PackageFacts
  evidence: EvidenceFact[]
  /** Set when the gate judges a change (a pull request): what the change touches. */
  change?: ChangeContext
}

export interface ChangeContext {
  /** The GitHub event, e.g. `pull_request`. */
  event: string
  /**
   * Gate configuration files (trust configuration, policy, data files) the change modifies.
   * Such a change needs its own review: the configuration that judges it comes from the base.
   */
  gateConfigurationChanged: string[]
}

/** Everything the index (update-evidence.yaml) records, normalised. */
export interface PackageFacts {
  /** Index path relative to the package root, always `update-evidence.yaml`. */
  index: string
  /** sha256 of the index file bytes. */
  indexSha256: Sha256
  decisionSupported: string
  threats: string[]
  controls: string[]
  scope: {
    product: string
    fromVersion: string
    toVersion: string
    cohort: string
    configurations: { id: string; name: string; hardware: string }[]
    vulnerabilities: string[]
    /**
     * The product's version scheme, from the trust configuration (`products[].versionScheme`,
     * default `semver`); versions in scope, records, documents and keys compare in it.
     */
    versionScheme: 'semver' | 'generic'
    /** How supplier documents name this product (empty when the index gives none). */
    identifiers: ProductIdentifier[]
  }
  producers: Party[]
  consumers: Party[]
  verificationMethod: string[]
  knownGaps: { id: string; description: string; configurations: string[] }[]
  exceptions: ExceptionRecord[]
  retention: { owners: string[]; locations: string[] } | null
}

/** One of purl, cpe, csafProductId, name (with vendor / ecosystem), as the index gives it. */
export interface ProductIdentifier {
  purl?: string
  cpe?: string
  csafProductId?: string
  /** With csafProductId: the version it stands for when the product tree does not say. */
  version?: string
  name?: string
  vendor?: string
  ecosystem?: string
}

export interface Party {
  id: string
  name: string
  role: string
}

export interface ExceptionRecord {
  id: string
  configuration: string
  reason: string
  mitigation: string
  /** The version the excluded configuration stays on. */
  remainOn: string
  followUpBy: Timestamp
  acceptedBy: string
  acceptedAt: Timestamp
}

/** One evidence item of the index, with what the verify stage learnt about its file. */
export interface EvidenceFact {
  id: string
  kind: EvidenceKind
  /** Path relative to the package root; null for an assertion, which has no file. */
  file: string | null
  producer: string
  time: Timestamp | null
  /** Control ids this item supports (from the index; required for process documents). */
  controls: string[]
  /** The file exists inside the package root and was read. */
  present: boolean
  sha256: Sha256 | null
  /** The statement of an assertion. */
  statement: string | null
  /** Parsed, schema-valid and normalised YAML record (kinds with a record schema), else null. */
  record: EvidenceRecord | null
  /** Cryptographic facts for update-manifest and build-provenance items, else null. */
  verification: ManifestVerification | ProvenanceVerification | null
}

export type EvidenceRecord =
  | SigningEventRecord
  | ReleaseApprovalRecord
  | RollbackRecoveryTestsRecord
  | AffectedVersionsRecord
  | VexDocumentRecord
  | CustomerNotificationRecord
  | DeploymentRecordsRecord

/** A signature and the trusted key that verified it, if any. */
export interface SignatureFact {
  /** Path of the signature file, or `envelope#<index>` for a DSSE signature. */
  source: string
  /** A trusted key (any key in the trust configuration, revoked or not) verified it. */
  verified: boolean
  /** Trust-configuration id of the verifying key; null when no trusted key verifies. */
  keyId: string | null
  /** `sha256:<hex>` of the verifying key's DER SubjectPublicKeyInfo; null when unverified. */
  keyFingerprint: string | null
  /** `ecdsa-p256-sha256` | `ed25519` | … ; null when unverified. */
  algorithm: string | null
  /** Why it did not verify (unverified only), e.g. "no trusted key verifies this signature". */
  reason: string | null
}

export interface ManifestArtifact {
  name: string
  size: number
  sha256: Sha256
}

export interface ManifestVerification {
  type: 'update-manifest'
  /** The manifest document as signed (parsed after the signature was checked on its bytes). */
  manifest: { product: string; version: string; artifacts: ManifestArtifact[] }
  signatures: SignatureFact[]
  /** One entry per manifest artifact, computed from the file under `artifacts/`. */
  artifacts: {
    name: string
    file: string
    present: boolean
    size: number | null
    sha256: Sha256 | null
    /** Computed size and digest equal the signed ones. */
    matches: boolean
  }[]
}

export interface ProvenanceVerification {
  type: 'build-provenance'
  payloadType: string
  signatures: SignatureFact[]
  statement: {
    type: string
    predicateType: string
    subjects: { name: string; sha256: Sha256 | null }[]
  }
  /** SLSA Provenance v1 fields; null when the predicate is not SLSA v1. */
  slsa: {
    buildType: string
    builderId: string
    sourceRepository: string | null
    sourceRef: string | null
    sourceCommit: string | null
    startedOn: Timestamp | null
    finishedOn: Timestamp | null
  } | null
  /** For each artifact of the package's manifest: is its computed digest among the subjects? */
  artifactsInSubjects: { name: string; sha256: Sha256 | null; inSubjects: boolean }[]
}

export interface SigningEventRecord {
  kind: 'SigningEvent'
  signer: string
  keyId: string
  time: Timestamp
  /** Evidence id of the signed item (the update manifest). */
  subject: string
}

export interface ReleaseApprovalRecord {
  kind: 'ReleaseApproval'
  product: string
  version: string
  approvedArtifacts: { name: string; sha256: Sha256 }[]
  approvals: {
    approver: string
    role: string
    decision: 'approved' | 'rejected'
    time: Timestamp
    reference: string | null
  }[]
}

export type TestOutcome = 'passed' | 'failed' | 'not-run'

export interface RollbackRecoveryTestsRecord {
  kind: 'RollbackRecoveryTests'
  product: string
  fromVersion: string
  toVersion: string
  /** When rollback is triggered and how; documented conditions. */
  rollbackConditions: string[]
  results: {
    configuration: string
    hardware: string
    test: 'rollback' | 'recovery'
    outcome: TestOutcome
    time: Timestamp | null
    reference: string | null
  }[]
}

export interface AffectedVersionsRecord {
  kind: 'AffectedVersions'
  /** `update-gate` today; the seam where `openvex`, `csaf-vex` and `osv` documents plug in. */
  format: 'update-gate'
  product: string
  vulnerabilities: {
    id: string
    record: string
    /** OSV-style ranges: affected from `introduced` (inclusive) up to `fixed` (exclusive). */
    ranges: { introduced: string; fixed: string | null }[]
    fixedIn: string | null
    remediation: string
  }[]
}

export type VexStatus = 'affected' | 'not_affected' | 'fixed' | 'under_investigation'

/**
 * A supplier's affected-version document (`format` csaf, openvex, osv or cyclonedx-vex of an
 * affected-versions item), reduced to what it says about this update: the statements about
 * this product and the vulnerabilities in scope, each with what it says about the from- and
 * to-version. Added in policy input v1 (additive: `record.kind` tells it from the YAML record).
 */
export interface VexDocumentRecord {
  kind: 'VexDocument'
  format: 'csaf' | 'openvex' | 'osv' | 'cyclonedx-vex'
  /** The document's id (CSAF tracking id, OpenVEX @id, OSV id, CycloneDX serialNumber). */
  document: string
  versionScheme: 'semver' | 'generic'
  statements: VexStatementFact[]
  /** Product entries that match no scope identifier (first 50, sorted). */
  notThisProduct: string[]
  notThisProductCount: number
  /** Ranges or statements the gate cannot evaluate (OSV GIT ranges, another scheme's range). */
  unsupported: { statement: string; vulnerability: string; product: string; reason: string }[]
}

export interface VexStatementFact {
  /** The vulnerability in scope (the document may name it by an alias). */
  vulnerability: string
  /** JSON pointer of the statement in the document. */
  statement: string
  /** The document's product entry. */
  product: string
  /** The scope identifier it matched. */
  identifier: string
  status: VexStatus
  /** Justification or impact statement of a not_affected status; null when none. */
  justification: string | null
  /** The statement covers every version of the product (it names none). */
  allVersions: boolean
  versions: string[]
  /** vers: ranges, e.g. `vers:generic/>=2.9|<=4.1`. */
  vers: string[]
  /** OSV ranges: affected from introduced (inclusive; "0" for all) to fixed (exclusive) or last_affected (inclusive). */
  ranges: { introduced: string; fixed: string | null; lastAffected: string | null }[]
  /** What the statement says about scope.fromVersion; null when it does not cover it. */
  fromVersion: VexStatus | null
  /** What the statement says about scope.toVersion; null when it does not cover it. */
  toVersion: VexStatus | null
}

export interface CustomerNotificationRecord {
  kind: 'CustomerNotification'
  status: 'draft' | 'approved' | 'sent'
  scope: {
    product: string
    cohorts: string[]
    configurations: string[]
    vulnerabilities: string[]
  }
  audience: string
  text: string
}

export interface DeploymentRecordsRecord {
  kind: 'DeploymentRecords'
  records: {
    configuration: string
    version: string
    time: Timestamp
    outcome: 'succeeded' | 'failed' | 'rolled-back'
    devices: number
    reference: string | null
  }[]
  retainedAt: string
}

/** `data.trust`: the trust configuration as the policies see it (keys without their PEM). */
export interface TrustData {
  keys: {
    id: string
    fingerprint: string
    /** Which evidence the key may sign: `update-manifest`, `build-provenance`. */
    usage: ('update-manifest' | 'build-provenance')[]
    products: string[]
    minVersion: string
    maxVersion: string
    validFrom: Timestamp
    validUntil: Timestamp
    revoked: boolean
    revokedAt: Timestamp | null
  }[]
  approvers: { id: string; name: string; roles: string[] }[]
  /** Version scheme per product (a product not listed uses semver). */
  products: { id: string; versionScheme: 'semver' | 'generic' }[]
  builders: { id: string }[]
  requirements: {
    minimumMaturity: number
    requiredControls: string[]
    requiredApprovals: number
  }
}
