/**
 * JSON Schema validation (ajv, draft 2020-12, strict; a rejected value gets every error, allErrors
 * and verbose, from the validators' report stage: scripts/build-validators.mjs) with errors turned
 * into one GateError naming the file, the field path (`evidence[3].time`) and what was expected.
 */
import type { ErrorObject, ValidateFunction } from 'ajv'
import generated from '../generated/schema-validators.cjs'
import { excerpt, GateError } from './errors.js'
import { fieldPath } from './parse.js'
import { isZonelessDateTime, ZONE_EXPECTED } from './time.js'

/**
 * Validators compiled at build time from schemas/ (scripts/build-validators.mjs), by the name of
 * their export: each is set up the first time it is read, so a run pays only for the ones it uses.
 */
const VALIDATORS = {
  'update-evidence': 'updateEvidence',
  trust: 'trust',
  'policy-input': 'policyInput',
  'policy-trust-data': 'policyTrustData',
  'policy-output': 'policyOutput',
  'custom-finding': 'customFinding',
  'custom-violation': 'customViolation',
  'custom-condition': 'customCondition',
  'custom-exclusion': 'customExclusion',
  'custom-question': 'customQuestion',
  'dsse-envelope': 'dsseEnvelope',
  'verification-summary': 'verificationSummary',
  'signing-event': 'signingEvent',
  'release-approval': 'releaseApproval',
  'rollback-recovery-tests': 'rollbackRecoveryTests',
  'affected-versions': 'affectedVersions',
  'customer-notification': 'customerNotification',
  'deployment-records': 'deploymentRecords',
  'update-manifest': 'updateManifest',
  'risk-acceptance': 'riskAcceptance',
  'test-result': 'testResult',
  report: 'report',
  'requirements-override': 'requirementsOverride'
} as const satisfies Record<string, keyof typeof generated>
export type SchemaName = keyof typeof VALIDATORS
type ValidatorOf<N extends SchemaName> = (typeof generated)[(typeof VALIDATORS)[N]]
/** The TypeScript type generated from a schema (src/generated/types). */
export type SchemaType<N extends SchemaName> =
  ValidatorOf<N> extends ValidateFunction<infer T> ? T : never

export const validator = <N extends SchemaName>(schema: N): ValidatorOf<N> =>
  generated[VALIDATORS[schema]] as ValidatorOf<N>

const pointerToSegments = (pointer: string): (string | number)[] =>
  pointer
    .split('/')
    .slice(1)
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(s => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s))

const valueAt = (data: unknown, segments: (string | number)[]): unknown => {
  let v: unknown = data
  for (const s of segments) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<string | number, unknown>)[s]
  }
  return v
}

interface Described {
  field: string
  message: string
  zoneless: boolean
}

function describe(error: ErrorObject, data: unknown, base: string): Described | null {
  const segments = pointerToSegments(error.instancePath)
  const field = (extra: (string | number)[] = []) =>
    fieldPath([...segments, ...extra], base) || '(document)'
  const p = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'if':
    case 'anyOf':
      return null // the branch errors say more
    case 'required':
      return { field: field([String(p.missingProperty)]), message: 'is required', zoneless: false }
    case 'additionalProperties':
      return {
        field: field([String(p.additionalProperty)]),
        message: 'is not an allowed field here',
        zoneless: false
      }
    case 'false schema':
      return { field: field(), message: 'is not allowed for this evidence kind', zoneless: false }
    case 'format': {
      const value = valueAt(data, segments)
      if (p.format === 'date-time') {
        return {
          field: field(),
          message: `${ZONE_EXPECTED}, got ${excerpt(value)}`,
          zoneless: isZonelessDateTime(value)
        }
      }
      return { field: field(), message: `must be a valid ${String(p.format)}`, zoneless: false }
    }
    case 'pattern': {
      const value = excerpt(valueAt(data, segments))
      const pattern = String(p.pattern)
      if (pattern.includes('[0-9a-f]{64}')) {
        return {
          field: field(),
          message: `must be a lower-case hex SHA-256 (64 characters), got ${value}`,
          zoneless: false
        }
      }
      if (pattern.startsWith('^(0|[1-9]')) {
        return {
          field: field(),
          message: `must be a version MAJOR.MINOR.PATCH (e.g. 5.4.3), got ${value}`,
          zoneless: false
        }
      }
      return { field: field(), message: `must match ${pattern}, got ${value}`, zoneless: false }
    }
    case 'const':
      return {
        field: field(),
        message: `must be ${excerpt(p.allowedValue)}`,
        zoneless: false
      }
    case 'enum':
      return {
        field: field(),
        message: `must be one of ${(p.allowedValues as unknown[]).map(v => excerpt(v)).join(', ')}`,
        zoneless: false
      }
    case 'type': {
      const parent = (error.parentSchema ?? {}) as { pattern?: string; format?: string }
      const got = excerpt(valueAt(data, segments))
      if (parent.pattern?.startsWith('^(0|[1-9]')) {
        return {
          field: field(),
          message: `must be a version MAJOR.MINOR.PATCH (e.g. 5.4.3), got ${got}`,
          zoneless: false
        }
      }
      if (parent.format === 'date-time') {
        return { field: field(), message: `${ZONE_EXPECTED}, got ${got}`, zoneless: false }
      }
      return { field: field(), message: `must be ${String(p.type)}, got ${got}`, zoneless: false }
    }
    case 'oneOf':
      return {
        field: field(),
        message: 'must match exactly one alternative (e.g. publicKey or publicKeyFile, not both)',
        zoneless: false
      }
    default:
      return { field: field(), message: error.message ?? `fails ${error.keyword}`, zoneless: false }
  }
}

/**
 * Every problem of `data` against a schema, each with the field path (under `base`) and what was
 * expected; empty when it is valid.
 */
export function schemaProblems(
  schema: SchemaName,
  data: unknown,
  base = ''
): { field: string; message: string }[] {
  const validate: ValidateFunction = validator(schema)
  if (validate(data)) return []
  const all = (validate.errors ?? [])
    .map(e => describe(e, data, base))
    .filter((d): d is Described => d !== null)
  const specific = all.filter(d => !d.message.startsWith('must be null'))
  const list = specific.length > 0 ? specific : all
  const unique = new Map(list.map(d => [`${d.field} ${d.message}`, d]))
  return unique.size > 0
    ? [...unique.values()].map(({ field, message }) => ({ field, message }))
    : [{ field: base || '(document)', message: 'does not match the schema' }]
}

/**
 * Validates `data` and throws SCHEMA_VIOLATION (INVALID_TIME for a time without a zone) naming
 * `file`, the first offending field and what was expected, plus a count of further problems.
 */
export function validateOrThrow<N extends SchemaName>(
  schema: N,
  data: unknown,
  file: string,
  base = ''
): asserts data is SchemaType<N> {
  const validate: ValidateFunction = validator(schema)
  if (validate(data)) return
  const all = (validate.errors ?? [])
    .map(e => describe(e, data, base))
    .filter((d): d is Described => d !== null)
  // Prefer specific errors over `must be null` from the null branch of `x | null`.
  const specific = all.filter(d => !d.message.startsWith('must be null'))
  const list = specific.length > 0 ? specific : all
  const zoneless = list.find(d => d.zoneless)
  const first = zoneless ??
    list[0] ?? {
      field: base || '(document)',
      message: 'does not match the schema',
      zoneless: false
    }
  const others = list.filter(d => d !== first)
  const more = others.length
    ? ` (and ${others.length} more: ${others
        .slice(0, 3)
        .map(d => `${d.field} ${d.message}`)
        .join('; ')}${others.length > 3 ? '; …' : ''})`
    : ''
  throw new GateError(zoneless ? 'INVALID_TIME' : 'SCHEMA_VIOLATION', `${first.message}${more}`, {
    file,
    field: first.field
  })
}
