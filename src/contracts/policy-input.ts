/**
 * The policy input document: the facts the verify stage computed from one evidence package.
 * A public, versioned contract whose single source is schemas/policy-input.schema.json: the
 * types are generated from it (src/generated/types, `npm run build:validators`); this file only
 * names their parts. Policies read it as `input`; the trust configuration is `data.trust`
 * (TrustData). TypeScript never decides: every field is a fact, never a verdict.
 */
import type {
  EvidenceFact,
  PackageFacts,
  PolicyInput,
  RollbackRecoveryTests,
  SignatureFact,
  TrustData,
  VexDocument
} from '../generated/types/policy-input.js'

export type {
  AffectedVersions as AffectedVersionsRecord,
  CustomerNotification as CustomerNotificationRecord,
  DeploymentRecords as DeploymentRecordsRecord,
  EvidenceFact,
  ManifestArtifact,
  ManifestVerification,
  PackageFacts,
  Party,
  PolicyInput,
  ProvenanceVerification,
  ReleaseApproval as ReleaseApprovalRecord,
  RiskAcceptance as RiskAcceptanceRecord,
  AttestationFact,
  RollbackRecoveryTests as RollbackRecoveryTestsRecord,
  Sha256,
  SignatureFact,
  SigningEvent as SigningEventRecord,
  Timestamp,
  TrustData,
  VexDocument as VexDocumentRecord
} from '../generated/types/policy-input.js'

export const POLICY_INPUT_VERSION: PolicyInput['apiVersion'] = 'update-gate.dev/policy-input/v1'

export type EvidenceKind = EvidenceFact['kind']
/** A parsed, schema-valid, normalised YAML record (kinds with a record schema). */
export type EvidenceRecord = NonNullable<EvidenceFact['record']>
/** What the change under review (a pull request) touches. */
export type ChangeContext = NonNullable<PolicyInput['change']>
/** On a release: the release and every one of its assets, as downloaded. */
export type ReleaseContext = NonNullable<PolicyInput['release']>
/** In the Action: the approvals GitHub authenticates (PR reviews, deployment approvals). */
export type GitHubContext = NonNullable<PolicyInput['github']>
export type ReviewFact = GitHubContext['reviews'][number]
export type DeploymentApprovalFact = GitHubContext['deploymentApprovals'][number]
/** On a pull request: who moved its head branch (GitHub's activity log). */
export type PushFacts = NonNullable<GitHubContext['pushes']>
export type ExceptionRecord = PackageFacts['exceptions'][number]
export type TestOutcome = RollbackRecoveryTests['results'][number]['outcome']
/** What a verified Fulcio certificate says about the signer (Sigstore signatures). */
export type CertificateIdentityFact = NonNullable<SignatureFact['identity']>
/** One transparency-log entry of a Sigstore bundle. */
export type TlogEntryFact = NonNullable<SignatureFact['tlogEntries']>[number]
/** A trusted certificate identity (`identities:` in the trust configuration). */
export type TrustedIdentity = NonNullable<TrustData['identities']>[number]
/** A statement of a supplier document about this product and a vulnerability in scope. */
export type VexStatementFact = VexDocument['statements'][number]
export type VexStatus = VexStatementFact['status']
/** One of purl, cpe, csafProductId, name (with vendor / ecosystem), as the index gives it. */
export type ProductIdentifier = NonNullable<PackageFacts['scope']['identifiers']>[number]
