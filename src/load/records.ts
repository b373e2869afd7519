/** Normalisers from schema-valid YAML records to the policy-input record types. */
import type {
  AffectedVersionsRecord,
  CustomerNotificationRecord,
  DeploymentRecordsRecord,
  EvidenceRecord,
  ReleaseApprovalRecord,
  RollbackRecoveryTestsRecord,
  SigningEventRecord
} from '../contracts/policy-input.js'
import { normaliseOptionalTimestamp, normaliseTimestamp } from '../shared/time.js'

/* eslint-disable @typescript-eslint/no-explicit-any -- input is schema-validated before this runs */
type Raw = any

export type RecordKind =
  | 'signing-event'
  | 'release-approval'
  | 'rollback-recovery-tests'
  | 'affected-versions'
  | 'customer-notification'
  | 'deployment-records'

export const RECORD_KINDS: readonly RecordKind[] = [
  'signing-event',
  'release-approval',
  'rollback-recovery-tests',
  'affected-versions',
  'customer-notification',
  'deployment-records'
]

type Normaliser = (raw: Raw, file: string) => EvidenceRecord

const t = (value: string, file: string, field: string) => normaliseTimestamp(value, { file, field })
const tn = (value: string | null | undefined, file: string, field: string) =>
  normaliseOptionalTimestamp(value, { file, field })

export const RECORD_NORMALISERS: Record<RecordKind, Normaliser> = {
  'signing-event': (r, file): SigningEventRecord => ({
    kind: 'SigningEvent',
    signer: r.signer,
    keyId: r.keyId,
    time: t(r.time, file, 'time'),
    subject: r.subject
  }),
  'release-approval': (r, file): ReleaseApprovalRecord => ({
    kind: 'ReleaseApproval',
    product: r.product,
    version: r.version,
    approvedArtifacts: r.approvedArtifacts.map((a: Raw) => ({ name: a.name, sha256: a.sha256 })),
    approvals: r.approvals.map((a: Raw, i: number) => ({
      approver: a.approver,
      role: a.role,
      decision: a.decision,
      time: t(a.time, file, `approvals[${i}].time`),
      reference: a.reference ?? null
    }))
  }),
  'rollback-recovery-tests': (r, file): RollbackRecoveryTestsRecord => ({
    kind: 'RollbackRecoveryTests',
    product: r.product,
    fromVersion: r.fromVersion,
    toVersion: r.toVersion,
    rollbackConditions: [...r.rollbackConditions],
    results: r.results.map((x: Raw, i: number) => ({
      configuration: x.configuration,
      hardware: x.hardware,
      test: x.test,
      outcome: x.outcome,
      time: tn(x.time, file, `results[${i}].time`),
      reference: x.reference ?? null
    }))
  }),
  'affected-versions': (r): AffectedVersionsRecord => ({
    kind: 'AffectedVersions',
    format: 'update-gate',
    product: r.product,
    vulnerabilities: r.vulnerabilities.map((v: Raw) => ({
      id: v.id,
      record: v.record,
      ranges: v.ranges.map((g: Raw) => ({ introduced: g.introduced, fixed: g.fixed ?? null })),
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
    records: r.records.map((d: Raw, i: number) => ({
      configuration: d.configuration,
      version: d.version,
      time: t(d.time, file, `records[${i}].time`),
      outcome: d.outcome,
      devices: d.devices,
      reference: d.reference ?? null
    })),
    retainedAt: r.retainedAt
  })
}
