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
  }
  producers: Party[]
  consumers: Party[]
  verificationMethod: string[]
  knownGaps: { id: string; description: string; configurations: string[] }[]
  exceptions: ExceptionRecord[]
  retention: { owners: string[]; locations: string[] } | null
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
  /**
   * Sigstore bundles and certificate-carrying DSSE signatures only (absent otherwise): `key` for a
   * trusted key, `certificate` for a certificate verified through the Sigstore trusted root.
   */
  method?: 'key' | 'certificate'
  /** What the verified certificate says about the signer (null for a key or when unverified). */
  identity?: CertificateIdentityFact | null
  /** The certificate's validity window. */
  certificate?: { notBefore: Timestamp; notAfter: Timestamp } | null
  /** Transparency-log entries of the bundle (verified when the signature is verified). */
  tlogEntries?: TlogEntryFact[]
  /** RFC 3161 signed timestamps (verified against the trusted root's timestamp authorities). */
  signedTimestamps?: Timestamp[]
  /** Earliest trusted time (log integrated time or signed timestamp): the signing time. */
  signedAt?: Timestamp | null
  /** The Sigstore bundle: its media type and where it came from (`package`, or the GitHub API). */
  bundle?: { mediaType: string; origin: string }
}

/** The Fulcio certificate's identity: SAN, issuer and the GitHub workflow extensions. */
export interface CertificateIdentityFact {
  /** OIDC issuer (Fulcio extension 1.3.6.1.4.1.57264.1.8, or .1.1). */
  issuer: string | null
  /** Subject alternative name, as in the certificate (never canonicalised). */
  subject: string | null
  /** Source Repository URI (1.3.6.1.4.1.57264.1.12). */
  sourceRepository: string | null
  /** Source Repository Ref (1.3.6.1.4.1.57264.1.14). */
  sourceRef: string | null
  /** Source Repository Digest (1.3.6.1.4.1.57264.1.13). */
  sourceCommit: string | null
  /** Build Signer URI (1.3.6.1.4.1.57264.1.9). */
  buildSignerUri: string | null
  /** Build Signer URI without its `@ref`. */
  signerWorkflow: string | null
  /** Runner Environment (1.3.6.1.4.1.57264.1.11), e.g. github-hosted. */
  runnerEnvironment: string | null
}

export interface TlogEntryFact {
  /** Base64 log id (the log key's id). */
  logId: string
  logIndex: string
  /** Integrated time (from the inclusion promise); null when the entry has none (Rekor v2). */
  integratedTime: Timestamp | null
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
    subjects: {
      name: string
      sha256: Sha256 | null
      /** Digest algorithms the subject names (e.g. `sha512` only: not matchable by sha256). */
      algorithms?: string[]
    }[]
  }
  /** Evidence format: `dsse` (bare envelope) or `sigstore-bundle`. */
  format?: 'dsse' | 'sigstore-bundle'
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
  builders: { id: string }[]
  /** Trusted keyless signers (certificate identities); absent when the file names none. */
  identities?: TrustedIdentity[]
  requirements: {
    minimumMaturity: number
    requiredControls: string[]
    requiredApprovals: number
  }
}

/** A trusted certificate identity (`identities:` in the trust configuration). */
export interface TrustedIdentity {
  id: string
  /** Exact OIDC issuer. */
  issuer: string
  /** Exact SAN, or null when `subjectPattern` is used. */
  subject: string | null
  /** RE2 expression matched against the whole SAN, or null. */
  subjectPattern: string | null
  sourceRepository: string | null
  sourceRef: string | null
  signerWorkflow: string | null
  usage: ('update-manifest' | 'build-provenance')[]
  products: string[]
  minVersion: string
  maxVersion: string
}
