// The validators of the shipped schemas (schemas/) and the Ajv that compiles them, for
// scripts/build-validators.mjs (which writes their standalone code) and for
// test/validator-stages.test.ts (which compiles them in process, to hold that code to them).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const BASE = 'https://update-gate.dev/schemas/'

/** Export name -> schema reference; the names are what src/shared/schema.ts validates against. */
export const VALIDATORS = {
  updateEvidence: 'update-evidence.schema.json',
  trust: 'trust.schema.json',
  policyInput: 'policy-input.schema.json',
  policyTrustData: 'policy-input.schema.json#/$defs/trustData',
  policyOutput: 'policy-output.schema.json',
  customFinding: 'policy-output.schema.json#/$defs/customFinding',
  customViolation: 'policy-output.schema.json#/$defs/customViolation',
  customCondition: 'policy-output.schema.json#/$defs/customCondition',
  customExclusion: 'policy-output.schema.json#/$defs/customExclusion',
  customQuestion: 'policy-output.schema.json#/$defs/customQuestion',
  dsseEnvelope: 'dsse-envelope.schema.json',
  verificationSummary: 'verification-summary.schema.json',
  signingEvent: 'records/signing-event.schema.json',
  releaseApproval: 'records/release-approval.schema.json',
  rollbackRecoveryTests: 'records/rollback-recovery-tests.schema.json',
  affectedVersions: 'records/affected-versions.schema.json',
  customerNotification: 'records/customer-notification.schema.json',
  deploymentRecords: 'records/deployment-records.schema.json',
  updateManifest: 'records/update-manifest.schema.json',
  riskAcceptance: 'records/risk-acceptance.schema.json',
  testResult: 'attestations/test-result.schema.json',
  report: 'report.schema.json',
  requirementsOverride: 'derived/requirements-override.schema.json'
}

/**
 * Schemas derived from a shipped one, so that a bound is written once: what a data file may set
 * under `update_gate.requirements` is trust.schema.json's `requirements`, every key optional.
 * (Read when called: the build first writes the shared definitions' copies into schemas/.)
 */
export const derivedSchemas = () => {
  const trust = JSON.parse(readFileSync(path.join(root, 'schemas/trust.schema.json'), 'utf8'))
  const requirements = { ...trust.properties.requirements }
  delete requirements.required
  return {
    'derived/requirements-override.schema.json': {
      ...requirements,
      $schema: trust.$schema,
      description:
        'trust.schema.json#/properties/requirements with every key optional: what a data file may override, key by key.'
    }
  }
}

/** Keywords whose value is a schema, a list of schemas, or a map of names to schemas. */
const SUBSCHEMA = [
  'additionalProperties',
  'propertyNames',
  'items',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'unevaluatedProperties',
  'unevaluatedItems'
]
const SUBSCHEMA_LISTS = ['prefixItems', 'allOf', 'anyOf', 'oneOf']
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas']
/** Annotations: what a schema says about a value for people and editors, never whether it is valid. */
const ANNOTATIONS = new Set(['title', 'description', '$comment', 'examples'])

/**
 * `schema` without its annotations, at every place a schema can be (the keywords above): what
 * compiles to the same validity, without the text that would otherwise be copied into the code
 * wherever the code refers to a part of the schema (the properties an object may have, say).
 * Values (`const`, `enum`, `default`) and keywords not listed are kept as they are.
 */
export const withoutAnnotations = schema => {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema
  const out = {}
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue
    out[keyword] = SUBSCHEMA.includes(keyword)
      ? withoutAnnotations(value)
      : SUBSCHEMA_LISTS.includes(keyword) && Array.isArray(value)
        ? value.map(withoutAnnotations)
        : SUBSCHEMA_MAPS.includes(keyword) && value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutAnnotations(v)]))
          : value
  }
  return out
}

/**
 * An Ajv (draft 2020-12, strict, ajv-formats) holding every schema VALIDATORS refers to, with
 * `options` on top (allErrors, verbose, messages: what an error carries and when validation
 * stops, never which values pass), and the schemas without their annotations when `annotations`
 * is false (withoutAnnotations: the same validity).
 */
export const shippedAjv = ({ annotations = true, ...options }) => {
  const derived = derivedSchemas()
  const ajv = new Ajv2020({
    strict: true,
    strictRequired: false,
    code: { source: true, lines: true },
    ...options
  })
  addFormats.default(ajv)
  for (const file of new Set(Object.values(VALIDATORS).map(ref => ref.split('#')[0]))) {
    const read = derived[file] ?? JSON.parse(readFileSync(path.join(root, 'schemas', file), 'utf8'))
    const schema = derived[file] ? { ...read, $id: BASE + file } : read
    ajv.addSchema(annotations ? schema : withoutAnnotations(schema))
  }
  return ajv
}
