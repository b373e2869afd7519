/**
 * JSON Schema validation (ajv, draft 2020-12, allErrors, strict) with errors turned into one
 * GateError naming the file, the field path (`evidence[3].time`) and what was expected.
 */
import Ajv2020Module, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { GateError } from '../errors.js'
import affectedVersions from '../../schemas/records/affected-versions.schema.json' with { type: 'json' }
import customerNotification from '../../schemas/records/customer-notification.schema.json' with { type: 'json' }
import deploymentRecords from '../../schemas/records/deployment-records.schema.json' with { type: 'json' }
import releaseApproval from '../../schemas/records/release-approval.schema.json' with { type: 'json' }
import rollbackRecoveryTests from '../../schemas/records/rollback-recovery-tests.schema.json' with { type: 'json' }
import signingEvent from '../../schemas/records/signing-event.schema.json' with { type: 'json' }
import updateManifest from '../../schemas/records/update-manifest.schema.json' with { type: 'json' }
import trust from '../../schemas/trust.schema.json' with { type: 'json' }
import updateEvidence from '../../schemas/update-evidence.schema.json' with { type: 'json' }
import policyInput from '../../schemas/policy-input.schema.json' with { type: 'json' }
import { fieldPath } from './parse.js'
import { isZonelessDateTime, ZONE_EXPECTED } from './time.js'

// ajv and ajv-formats are CommonJS; their default export differs between bundlers and Node ESM.
type AjvClass = typeof Ajv2020Module.default
const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvClass }).default ??
  Ajv2020Module) as AjvClass
type AddFormats = typeof addFormatsModule.default
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as AddFormats

export const SCHEMAS = {
  'update-evidence': updateEvidence,
  trust,
  'policy-input': policyInput,
  'signing-event': signingEvent,
  'release-approval': releaseApproval,
  'rollback-recovery-tests': rollbackRecoveryTests,
  'affected-versions': affectedVersions,
  'customer-notification': customerNotification,
  'deployment-records': deploymentRecords,
  'update-manifest': updateManifest
} as const
export type SchemaName = keyof typeof SCHEMAS

let ajv: InstanceType<AjvClass> | undefined
const compiled = new Map<string, ValidateFunction>()

function getAjv(): InstanceType<AjvClass> {
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, verbose: true })
    addFormats(ajv)
  }
  return ajv
}

/** A compiled validator for one of the shipped schemas, or for an inline schema object. */
export function validator(schema: SchemaName | object): ValidateFunction {
  const key = typeof schema === 'string' ? schema : JSON.stringify(schema)
  let fn = compiled.get(key)
  if (!fn) {
    fn = getAjv().compile(typeof schema === 'string' ? SCHEMAS[schema] : schema)
    compiled.set(key, fn)
  }
  return fn
}

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
          message: `${ZONE_EXPECTED}, got ${JSON.stringify(value)}`,
          zoneless: isZonelessDateTime(value)
        }
      }
      return { field: field(), message: `must be a valid ${String(p.format)}`, zoneless: false }
    }
    case 'pattern': {
      const value = JSON.stringify(valueAt(data, segments))
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
        message: `must be ${JSON.stringify(p.allowedValue)}`,
        zoneless: false
      }
    case 'enum':
      return {
        field: field(),
        message: `must be one of ${(p.allowedValues as unknown[]).map(v => JSON.stringify(v)).join(', ')}`,
        zoneless: false
      }
    case 'type': {
      const parent = (error.parentSchema ?? {}) as { pattern?: string; format?: string }
      const got = JSON.stringify(valueAt(data, segments))
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
 * Validates `data` and throws SCHEMA_VIOLATION (INVALID_TIME for a time without a zone) naming
 * `file`, the first offending field and what was expected, plus a count of further problems.
 */
export function validateOrThrow(
  schema: SchemaName | object,
  data: unknown,
  file: string,
  base = ''
): void {
  const validate = validator(schema)
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
