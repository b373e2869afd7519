// schemas/ is the single source of every contract: this compiles each shipped JSON Schema into
// (1) standalone validator code (Ajv's standalone mode), so neither the CLI nor the Action
// compiles schemas at start-up, and (2) TypeScript types (json-schema-to-typescript), so the
// types the code uses are the schemas' and never a hand-kept copy.
// Output, committed: src/generated/schema-validators.cjs (CommonJS, as Ajv's runtime helpers
// are) with its .d.cts (each validator a type guard for its schema's type), and
// src/generated/types/*.ts. CI rebuilds them and fails when they differ.
// Run: node scripts/build-validators.mjs
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'
import standaloneCode from 'ajv/dist/standalone/index.js'
import addFormats from 'ajv-formats'
import { compile } from 'json-schema-to-typescript'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const BASE = 'https://update-gate.dev/schemas/'

/** Export name -> schema reference; the names are what src/shared/schema.ts validates against. */
const VALIDATORS = {
  updateEvidence: 'update-evidence.schema.json',
  trust: 'trust.schema.json',
  policyInput: 'policy-input.schema.json',
  policyTrustData: 'policy-input.schema.json#/$defs/trustData',
  policyOutput: 'policy-output.schema.json',
  customFinding: 'policy-output.schema.json#/$defs/customFinding',
  customViolation: 'policy-output.schema.json#/$defs/customViolation',
  customCondition: 'policy-output.schema.json#/$defs/customCondition',
  customExclusion: 'policy-output.schema.json#/$defs/customExclusion',
  dsseEnvelope: 'dsse-envelope.schema.json',
  verificationSummary: 'verification-summary.schema.json',
  signingEvent: 'records/signing-event.schema.json',
  releaseApproval: 'records/release-approval.schema.json',
  rollbackRecoveryTests: 'records/rollback-recovery-tests.schema.json',
  affectedVersions: 'records/affected-versions.schema.json',
  customerNotification: 'records/customer-notification.schema.json',
  deploymentRecords: 'records/deployment-records.schema.json',
  updateManifest: 'records/update-manifest.schema.json',
  requirementsOverride: 'derived/requirements-override.schema.json'
}

/**
 * Schemas derived from a shipped one, so that a bound is written once: what a data file may set
 * under `update_gate.requirements` is trust.schema.json's `requirements`, every key optional.
 */
const trustSchema = JSON.parse(readFileSync(path.join(root, 'schemas/trust.schema.json'), 'utf8'))
const requirements = { ...trustSchema.properties.requirements }
delete requirements.required
const DERIVED = {
  'derived/requirements-override.schema.json': {
    ...requirements,
    $schema: trustSchema.$schema,
    description:
      'trust.schema.json#/properties/requirements with every key optional: what a data file may override, key by key.'
  }
}

/** Schema file -> the name of its top-level TypeScript type (its $defs keep their own names). */
const TYPES = {
  'update-evidence.schema.json': 'UpdateEvidenceIndex',
  'trust.schema.json': 'TrustConfiguration',
  'policy-input.schema.json': 'PolicyInput',
  'policy-output.schema.json': 'PolicyOutput',
  'dsse-envelope.schema.json': 'DsseEnvelope',
  'verification-summary.schema.json': 'VerificationSummaryStatement',
  'records/signing-event.schema.json': 'SigningEventDocument',
  'records/release-approval.schema.json': 'ReleaseApprovalDocument',
  'records/rollback-recovery-tests.schema.json': 'RollbackRecoveryTestsDocument',
  'records/affected-versions.schema.json': 'AffectedVersionsDocument',
  'records/customer-notification.schema.json': 'CustomerNotificationDocument',
  'records/deployment-records.schema.json': 'DeploymentRecordsDocument',
  'records/update-manifest.schema.json': 'UpdateManifestDocument'
}
/** Validators of a schema's part rather than its root: the type of that part. */
const PART_TYPES = {
  policyTrustData: ['policy-input.schema.json', 'TrustData'],
  customFinding: ['policy-output.schema.json', 'CustomFinding'],
  customViolation: ['policy-output.schema.json', 'CustomViolation'],
  customCondition: ['policy-output.schema.json', 'CustomCondition'],
  customExclusion: ['policy-output.schema.json', 'CustomExclusion'],
  requirementsOverride: ['trust.schema.json', 'Requirements', 'Partial<Requirements>']
}

const ajv = new Ajv2020({
  allErrors: true,
  strict: true,
  strictRequired: false,
  verbose: true,
  code: { source: true, lines: true }
})
addFormats.default(ajv)
const files = [...new Set(Object.values(VALIDATORS).map(ref => ref.split('#')[0]))]
for (const file of files) {
  const schema = DERIVED[file] ?? JSON.parse(readFileSync(path.join(root, 'schemas', file), 'utf8'))
  ajv.addSchema(DERIVED[file] ? { ...schema, $id: BASE + file } : schema)
}

const refs = Object.fromEntries(Object.entries(VALIDATORS).map(([name, ref]) => [name, BASE + ref]))
const header = '// Generated by scripts/build-validators.mjs from schemas/: do not edit.\n'

const typesDir = path.join(root, 'src/generated/types')
rmSync(typesDir, { recursive: true, force: true })
const typeModule = file => `./types/${file.replace(/\.schema\.json$/, '.js')}`
for (const [file, name] of Object.entries(TYPES)) {
  const schema = JSON.parse(readFileSync(path.join(root, 'schemas', file), 'utf8'))
  const ts = await compile({ ...schema, title: name }, name, {
    bannerComment: header.trim(),
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    maxItems: -1,
    format: false
  })
  const target = path.join(typesDir, file.replace(/\.schema\.json$/, '.ts'))
  mkdirSync(path.dirname(target), { recursive: true })
  writeFileSync(target, ts)
}

const typeOf = name => {
  const [file, type, expression = type] = PART_TYPES[name] ?? [
    VALIDATORS[name],
    TYPES[VALIDATORS[name]]
  ]
  return { file, type, expression }
}
const imports = [
  ...new Set(
    Object.keys(VALIDATORS).map(n => JSON.stringify({ file: typeOf(n).file, type: typeOf(n).type }))
  )
]
  .map(j => JSON.parse(j))
  .map(({ file, type }) => `import type { ${type} } from '${typeModule(file)}'\n`)
  .join('')
const out = path.join(root, 'src/generated/schema-validators')
writeFileSync(`${out}.cjs`, `${header}${standaloneCode(ajv, refs)}`)
writeFileSync(
  `${out}.d.cts`,
  `${header}import type { ValidateFunction } from 'ajv'\n${imports}\n` +
    Object.keys(VALIDATORS)
      .map(name => `export declare const ${name}: ValidateFunction<${typeOf(name).expression}>\n`)
      .join('')
)
console.log(
  `build-validators: ${Object.keys(VALIDATORS).length} validators -> ${path.relative(root, out)}.cjs, ` +
    `${Object.keys(TYPES).length} schema types -> ${path.relative(root, typesDir)}/`
)
