/** Normalisers from schema-valid YAML records to the policy-input record types. */
import type {
  AffectedVersionsRecord,
  CustomerNotificationRecord,
  DeploymentRecordsRecord,
  EvidenceRecord,
  ReleaseApprovalRecord,
  RiskAcceptanceRecord,
  RollbackRecoveryTestsRecord,
  SigningEventRecord
} from '../contracts/policy-input.js'
import type { SchemaType } from '../shared/schema.js'
import { normaliseOptionalTimestamp, normaliseTimestamp } from '../shared/time.js'
import { canonicalIdentity } from './identity.js'

export type RecordKind =
  | 'signing-event'
  | 'release-approval'
  | 'rollback-recovery-tests'
  | 'affected-versions'
  | 'customer-notification'
  | 'deployment-records'
  | 'risk-acceptance'

/**
 * The record kinds. Each may be signed (a detached signature over the YAML record, or the record
 * as an in-toto statement in a DSSE envelope or Sigstore bundle; affected-versions also as a
 * supplier's document with a detached signature): what `requirements.signedRecords` names, and
 * every one of them when the trust file leaves it out.
 */
export const RECORD_KINDS: readonly RecordKind[] = [
  'signing-event',
  'release-approval',
  'rollback-recovery-tests',
  'affected-versions',
  'customer-notification',
  'deployment-records',
  'risk-acceptance'
]

/** Each kind's normaliser takes the record as its schema types it (validated first). */
type Normalisers = {
  [K in RecordKind]: (raw: SchemaType<K>, file: string) => EvidenceRecord
}

/** Normalises a record of any kind; the caller has validated `raw` against `kind`'s schema. */
export const normaliseRecord = <K extends RecordKind>(
  kind: K,
  raw: SchemaType<K>,
  file: string
): EvidenceRecord => (RECORD_NORMALISERS[kind] as Normalisers[K])(raw, file)

const t = (value: string, file: string, field: string) => normaliseTimestamp(value, { file, field })
/** A name (signer, approver): canonical, see identity.ts. */
const id = (value: string, file: string, field: string) => canonicalIdentity(value, { file, field })
const tn = (value: string | null | undefined, file: string, field: string) =>
  normaliseOptionalTimestamp(value, { file, field })
/** The fields of `x` that the input takes as they are, in the contract's order. */
const pick = <T extends object, K extends keyof T>(x: T, ...keys: K[]): Pick<T, K> => {
  const out = {} as Pick<T, K>
  for (const k of keys) out[k] = x[k]
  return out
}

const RECORD_NORMALISERS: Normalisers = {
  'signing-event': (r, file): SigningEventRecord => ({
    kind: 'SigningEvent',
    ...pick(r, 'product', 'version'),
    signer: id(r.signer, file, 'signer'),
    keyId: r.keyId,
    time: t(r.time, file, 'time'),
    subject: r.subject
  }),
  'release-approval': (r, file): ReleaseApprovalRecord => ({
    kind: 'ReleaseApproval',
    product: r.product,
    version: r.version,
    approvedArtifacts: r.approvedArtifacts.map(a => ({ name: a.name, sha256: a.sha256 })),
    approvals: r.approvals.map((a, i) => ({
      approver: id(a.approver, file, `approvals[${i}].approver`),
      role: a.role,
      decision: a.decision,
      time: t(a.time, file, `approvals[${i}].time`),
      reference: a.reference ?? null
    }))
  }),
  'rollback-recovery-tests': (r, file): RollbackRecoveryTestsRecord => ({
    kind: 'RollbackRecoveryTests',
    ...pick(r, 'product', 'fromVersion', 'toVersion'),
    rollbackConditions: [...r.rollbackConditions],
    results: r.results.map((x, i) => ({
      ...pick(x, 'configuration', 'hardware', 'test', 'outcome'),
      time: tn(x.time, file, `results[${i}].time`),
      reference: x.reference ?? null
    }))
  }),
  'affected-versions': (r): AffectedVersionsRecord => ({
    kind: 'AffectedVersions',
    format: 'update-gate',
    product: r.product,
    vulnerabilities: r.vulnerabilities.map(v => ({
      id: v.id,
      record: v.record,
      ranges: v.ranges.map(g => ({ introduced: g.introduced, fixed: g.fixed ?? null })),
      fixedIn: v.fixedIn ?? null,
      remediation: v.remediation
    }))
  }),
  'customer-notification': (r): CustomerNotificationRecord => ({
    kind: 'CustomerNotification',
    status: r.status,
    scope: {
      product: r.scope.product,
      cohorts: [...r.scope.cohorts],
      configurations: [...r.scope.configurations],
      vulnerabilities: [...r.scope.vulnerabilities]
    },
    audience: r.audience,
    text: r.text
  }),
  'deployment-records': (r, file): DeploymentRecordsRecord => ({
    kind: 'DeploymentRecords',
    ...pick(r, 'product', 'cohort'),
    records: r.records.map((d, i) => ({
      configuration: d.configuration,
      version: d.version,
      time: t(d.time, file, `records[${i}].time`),
      outcome: d.outcome,
      devices: d.devices,
      reference: d.reference ?? null
    })),
    retainedAt: r.retainedAt
  }),
  'risk-acceptance': (r, file): RiskAcceptanceRecord => ({
    kind: 'RiskAcceptance',
    product: r.product,
    toVersion: r.toVersion,
    cohort: r.cohort,
    acceptedBy: id(r.acceptedBy, file, 'acceptedBy'),
    acceptedAt: t(r.acceptedAt, file, 'acceptedAt'),
    exceptions: r.exceptions.map((x, i) => ({
      ...pick(x, 'id', 'configuration', 'hardware', 'reason', 'mitigation', 'remainOn'),
      followUpBy: t(x.followUpBy, file, `exceptions[${i}].followUpBy`),
      waives: x.waives === undefined ? null : [...x.waives].sort()
    }))
  })
}
