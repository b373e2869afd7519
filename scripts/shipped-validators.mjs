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

/**
 * An Ajv (draft 2020-12, strict, ajv-formats) holding every schema VALIDATORS refers to, with
 * `options` on top (allErrors, verbose, messages: what an error carries and when validation
 * stops, never which values pass).
 */
export const shippedAjv = options => {
  const derived = derivedSchemas()
  const ajv = new Ajv2020({
    strict: true,
    strictRequired: false,
    code: { source: true, lines: true },
    ...options
  })
  addFormats.default(ajv)
  for (const file of new Set(Object.values(VALIDATORS).map(ref => ref.split('#')[0]))) {
    const schema =
      derived[file] ?? JSON.parse(readFileSync(path.join(root, 'schemas', file), 'utf8'))
    ajv.addSchema(derived[file] ? { ...schema, $id: BASE + file } : schema)
  }
  return ajv
}
