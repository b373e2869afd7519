// schemas/ is the single source of every contract: this compiles each shipped JSON Schema into
// (1) standalone validator code (Ajv's standalone mode), so neither the CLI nor the Action
// compiles schemas at start-up, and (2) TypeScript types (json-schema-to-typescript), so the
// types the code uses are the schemas' and never a hand-kept copy.
// Output (not committed): src/generated/schema-validators.cjs (CommonJS, as Ajv's runtime helpers
// are: an index requiring each validators-<group>.cjs, a group's accept stage, on first use, and
// validators-<group>-errors.cjs, its report stage, on the first value the accept stage rejects:
// see STAGES) with its .d.cts (each validator a type guard for its schema's type), and
// src/generated/types/*.ts; scripts/ensure-generated.mjs runs this when its inputs changed.
// The schemas compiled, and the Ajv that compiles them, are in scripts/shipped-validators.mjs.
// Run: node scripts/build-validators.mjs
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { Ajv } from 'ajv'
import standaloneCode from 'ajv/dist/standalone/index.js'
import addFormats from 'ajv-formats'
import { compile } from 'json-schema-to-typescript'
import {
  DEFINITIONS,
  sharedCopies,
  sharingSchemas,
  syncSharedDefinitions
} from './shared-definitions.mjs'
import { BASE, shippedAjv, VALIDATORS } from './shipped-validators.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// First the copies of the shared definitions (schemas/definitions.schema.json) in the schemas
// that use them (see scripts/shared-definitions.mjs): what follows compiles the written files.
await syncSharedDefinitions(path.join(root, 'schemas'), { write: true })
const definitions = JSON.parse(readFileSync(path.join(root, 'schemas', DEFINITIONS), 'utf8'))
const sharing = new Set(sharingSchemas(path.join(root, 'schemas')))

/** Schema file -> the name of its top-level TypeScript type (its $defs keep their own names). */
const TYPES = {
  'definitions.schema.json': 'SharedDefinitions',
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
  'records/update-manifest.schema.json': 'UpdateManifestDocument',
  'records/risk-acceptance.schema.json': 'RiskAcceptanceDocument',
  'attestations/test-result.schema.json': 'TestResultPredicate',
  'report.schema.json': 'GateReport'
}
/** Validators of a schema's part rather than its root: the type of that part. */
const PART_TYPES = {
  policyTrustData: ['policy-input.schema.json', 'TrustData'],
  customFinding: ['policy-output.schema.json', 'CustomFinding'],
  customViolation: ['policy-output.schema.json', 'CustomViolation'],
  customCondition: ['policy-output.schema.json', 'CustomCondition'],
  customExclusion: ['policy-output.schema.json', 'CustomExclusion'],
  customQuestion: ['policy-output.schema.json', 'CustomQuestion'],
  requirementsOverride: ['trust.schema.json', 'Requirements', 'Partial<Requirements>']
}

// Each shipped schema is compiled twice, by the same Ajv with the same formats and strictness:
// `accept` answers valid or not on every run, and `report` (allErrors, verbose: every error, each
// with its schema, parent schema and data, which src/shared/schema.ts words) runs only on a value
// `accept` rejected, to give exactly the errors it always gave. `accept` stops at the first error
// and describes none (allErrors, verbose and messages off, and see answerOnly), from the schemas
// without their annotations (withoutAnnotations): neither an error's text nor a schema's is in
// the code every run loads. The options and the annotations change what an error carries and
// when validation stops, never which values pass (test/validator-stages.test.ts holds the two
// to the same answer).
const STAGES = {
  accept: shippedAjv({ allErrors: false, verbose: false, messages: false, annotations: false }),
  report: shippedAjv({ allErrors: true, verbose: true })
}

/**
 * The accept stage's code without the error objects Ajv builds: where a validator returns false
 * it leaves a fresh `[REJECTED]` as its `errors`, and where an alternative (anyOf, oneOf, if)
 * fails it adds REJECTED to the errors it counts, rather than an object naming the path, keyword
 * and parameters. Ajv's code reads these errors only to count them (a subschema's rejection adds
 * their number to its caller's; an alternative that passes removes those it added), never their
 * fields, so validity is unchanged; what a rejection is told comes from the report stage. The
 * sites are Ajv's `validateN.errors = [{instancePath…}];` before `return false;` and
 * `const errN = {instancePath…};`; a build whose accept stage holds another error object fails,
 * rather than ship it.
 */
let errorObjectsReplaced = 0
const answerOnly = code => {
  const returned = /\b(validate\d+)\.errors = \[\{instancePath\b[^\n]*\}\];\nreturn false;/g
  const collected = /\bconst (err\d+) = \{instancePath\b[^\n]*\};\n/g
  const replaced = code
    .replace(returned, (_, validate) => {
      errorObjectsReplaced++
      return `${validate}.errors = [REJECTED];\nreturn false;`
    })
    .replace(collected, (_, err) => {
      errorObjectsReplaced++
      return `const ${err} = REJECTED;\n`
    })
  if (/\{instancePath\b[^\n]*\bkeyword:/.test(replaced)) {
    throw new Error('build-validators: the accept stage holds error objects of another shape')
  }
  return replaced
}
/** What an accept stage's rejection leaves: one error, of no path or keyword (answerOnly). */
const REJECTED =
  "const REJECTED = Object.freeze({ instancePath: '', schemaPath: '', keyword: 'accept', params: Object.freeze({}) });\n"

const refs = Object.fromEntries(Object.entries(VALIDATORS).map(([name, ref]) => [name, BASE + ref]))
const header = '// Generated by scripts/build-validators.mjs from schemas/: do not edit.\n'

const typesDir = path.join(root, 'src/generated/types')
rmSync(typesDir, { recursive: true, force: true })
const typeModule = file => `./types/${file.replace(/\.schema\.json$/, '.js')}`
/** The name json-schema-to-typescript gives a titled definition (e.g. "SHA-256" -> SHA256). */
const typeName = title =>
  title
    .replace(/[^A-Za-z0-9]+([A-Za-z0-9])/g, (_, c) => c.toUpperCase())
    .replace(/^./, c => c.toUpperCase())
/**
 * A $ref to another schema file becomes the type generated for it there (json-schema-to-typescript's
 * `tsType`), imported, so that a definition is declared once: in the module of the schema that
 * defines it. So does a $ref to a schema's copy of a shared definition ("#/$defs/timestamp" in a
 * sharing schema): its type is the one generated for definitions.schema.json, and the copy is left
 * out of the schema the types are generated from. The validators keep the schemas as they are.
 */
const externalTypes = (file, schema) => {
  const imports = new Map() // module -> type names
  const copies = sharing.has(file) ? sharedCopies(schema, definitions) : new Set()
  const visit = node => {
    if (Array.isArray(node)) return node.map(visit)
    if (node === null || typeof node !== 'object') return node
    const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v)]))
    if (typeof node.$ref !== 'string') return out
    const copy = /^#\/\$defs\/([^/]+)$/.exec(node.$ref)?.[1]
    if (node.$ref.startsWith('#') && !copies.has(copy)) return out
    const url = copies.has(copy)
      ? new URL(`${DEFINITIONS}#/$defs/${copy}`, BASE)
      : new URL(node.$ref, BASE + file)
    const target = url.href.slice(BASE.length).replace(/#.*$/, '')
    const pointer = url.hash.replace(/^#/, '')
    const targetSchema = JSON.parse(readFileSync(path.join(root, 'schemas', target), 'utf8'))
    const defined = pointer
      .split('/')
      .slice(1)
      .reduce((s, key) => s?.[key], targetSchema)
    const name = pointer === '' ? TYPES[target] : typeName(defined?.title ?? '')
    if (!TYPES[target] || !name) throw new Error(`${file}: cannot type the $ref ${node.$ref}`)
    const from = path.posix.relative(path.posix.dirname(file), target)
    const module = (from.startsWith('.') ? from : `./${from}`).replace(/\.schema\.json$/, '.js')
    imports.set(module, new Set([...(imports.get(module) ?? []), name]))
    delete out.$ref
    return { ...out, tsType: name }
  }
  const typed = visit(schema)
  for (const name of copies) delete typed.$defs[name]
  if (typed.$defs && Object.keys(typed.$defs).length === 0) delete typed.$defs
  return { schema: typed, imports }
}
const declared = new Map() // generated module (schema file) -> its source
for (const [file, name] of Object.entries(TYPES)) {
  const original = JSON.parse(readFileSync(path.join(root, 'schemas', file), 'utf8'))
  const { schema, imports } = externalTypes(file, original)
  let ts = await compile({ ...schema, title: name }, name, {
    bannerComment: header.trim(),
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    maxItems: -1,
    format: false
  })
  const lines = []
  for (const [module, names] of imports) {
    const target = path.posix
      .join(path.posix.dirname(file), module)
      .replace(/\.js$/, '.schema.json')
    for (const n of names) {
      if (!new RegExp(`^export (type|interface) ${n}\\b`, 'm').test(declared.get(target) ?? ''))
        throw new Error(`${file}: ${n} is not declared by ${target} (generate it first)`)
      if (new RegExp(`^export (type|interface) ${n}\\b`, 'm').test(ts))
        throw new Error(`${file}: declares its own ${n}, which it also imports from ${target}`)
    }
    lines.push(`import type { ${[...names].sort().join(', ')} } from '${module}'\n`)
  }
  if (lines.length > 0) ts = ts.replace(header, `${header}${lines.join('')}`)
  declared.set(file, ts)
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
const generated = path.join(root, 'src/generated')
const out = path.join(generated, 'schema-validators')
// Each validator's standalone code in a function of its own, run the first time the validator is
// read: a run sets up only the validators it uses, and the others cost neither start-up work nor
// room in the code cache (src/boot/code-cache.ts). The functions are in modules by GROUPS
// (validators-<group>.cjs and, for the report stage, validators-<group>-errors.cjs; each other
// validator in one of its own), which the index
// (schema-validators.cjs) requires on first use; the bundles keep each module a chunk of its own
// (rollup.config.js), so that a run reads only the groups it uses: an evaluation the `package`
// group, not the policy input's, the report's or the custom contributions' validators (60% of
// the code).
const GROUPS = {
  // What evaluating an evidence package checks: its index and documents, the trust
  // configuration, the policy's output.
  package: [
    'updateEvidence',
    'trust',
    'policyOutput',
    'dsseEnvelope',
    'signingEvent',
    'releaseApproval',
    'rollbackRecoveryTests',
    'affectedVersions',
    'customerNotification',
    'deploymentRecords',
    'updateManifest',
    'riskAcceptance',
    'testResult'
  ],
  // What team policies contribute (src/evaluate/contributions.ts).
  custom: [
    'customFinding',
    'customViolation',
    'customCondition',
    'customExclusion',
    'customQuestion'
  ]
}
const kebab = name => name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)
const groupOf = name => Object.keys(GROUPS).find(g => GROUPS[g].includes(name)) ?? kebab(name)
/** A group's accept stage is validators-<group>.cjs, its report stage validators-<group>-errors.cjs. */
const fileOf = (name, stage) =>
  `validators-${groupOf(name)}${stage === 'report' ? '-errors' : ''}.cjs`
for (const name of Object.values(GROUPS).flat()) {
  if (!(name in refs)) throw new Error(`GROUPS names ${name}, which VALIDATORS lacks`)
}
for (const old of readdirSync(generated).filter(f => /^validators-.*\.cjs$/.test(f))) {
  rmSync(path.join(generated, old))
}
const setUp = (name, stage) => {
  const standalone = standaloneCode(STAGES[stage], { [name]: refs[name] }).replace(
    /^"use strict";\n?/,
    ''
  )
  const code = stage === 'accept' ? answerOnly(standalone) : standalone
  return `exports.${name} = () => {\n  const exports = {};\n${code}\n  return exports.${name};\n};\n`
}
for (const stage of Object.keys(STAGES)) {
  for (const file of new Set(Object.keys(refs).map(n => fileOf(n, stage)))) {
    const names = Object.keys(refs).filter(n => fileOf(n, stage) === file)
    const code = names.map(n => setUp(n, stage)).join('')
    const preamble = stage === 'accept' ? REJECTED : ''
    writeFileSync(path.join(generated, file), `${header}"use strict";\n${preamble}${code}`)
  }
}
if (errorObjectsReplaced === 0) {
  throw new Error("build-validators: no error object of Ajv's shape in the accept stage to replace")
}
// Each export is a validator of Ajv's shape (valid or not; `errors` after a rejection) whose
// accept stage is set up on its first call and whose report stage on its first rejection. Should
// the report stage pass a value the accept stage rejected (they are built to agree), the value is
// still rejected, with no error to word (src/shared/schema.ts: "does not match the schema"):
// never a pass.
const twoStages = `const twoStages = (setUpAccept, setUpReport) => {
  let accept, report;
  const validate = (data, context) => {
    accept ??= setUpAccept();
    if (accept(data, context)) {
      validate.errors = null;
      return true;
    }
    report ??= setUpReport();
    validate.errors = report(data, context) ? [] : report.errors;
    return false;
  };
  validate.errors = null;
  return validate;
};
`
const stageOf = (name, stage) =>
  `() => require(${JSON.stringify(`./${fileOf(name, stage)}`)}).${name}()`
const lazyValidator = name =>
  `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => (loaded.${name} ??= twoStages(${stageOf(name, 'accept')}, ${stageOf(name, 'report')})) });\n`
writeFileSync(
  `${out}.cjs`,
  `${header}"use strict";\n${twoStages}const loaded = {};\n${Object.keys(refs).map(lazyValidator).join('')}`
)
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

// Published schemas of the supplier documents the affected-versions readers take (copied
// verbatim into schemas/third-party/, origin and licence in schemas/third-party/README.md).
// They are validated as published, so Ajv's strict mode (which refuses their unknown keywords,
// e.g. CycloneDX's `meta:enum`) is off, and the formats ajv-formats lacks (iri, iri-reference,
// idn-email) are accepted as any string. In memory, not in the copies: CycloneDX names its SPDX
// and JSF schemas `*.SNAPSHOT.schema.json` while their $id has no SNAPSHOT, CSAF references the
// FIRST CVSS schemas without the `?date` query their $id has, and OpenVEX statements may carry
// unlisted fields (see below). CycloneDX is draft-07 and the others 2020-12, hence two files.
// They are loaded only when a package lists such a document (src/load/vex/document.ts).
const third = path.join(root, 'schemas', 'third-party')
const readThird = rel => readFileSync(path.join(third, rel), 'utf8')
const looseFormats = a => {
  addFormats.default(a)
  for (const f of ['iri', 'iri-reference', 'idn-email']) a.addFormat(f, true)
}
const options = { allErrors: false, strict: false, code: { source: true, lines: true } }

const vex2020 = new Ajv2020(options)
looseFormats(vex2020)
for (const rel of ['csaf/cvss-v2.0.json', 'csaf/cvss-v3.0.json', 'csaf/cvss-v3.1.json']) {
  const schema = JSON.parse(readThird(rel))
  schema.$id = schema.$id.replace(/\?.*$/, '')
  vex2020.addSchema(schema)
}
const vex2020Refs = {}
for (const [name, rel] of [
  ['csaf', 'csaf/csaf_json_schema.json'],
  ['openvex', 'openvex/openvex_json_schema.json'],
  ['osv', 'osv/osv-schema.json']
]) {
  const schema = JSON.parse(readThird(rel))
  // One deviation, documented in docs/evidence-format.md: OpenVEX statements may carry fields
  // the schema does not list. vexctl, the reference implementation, writes and reads them (its
  // own example sample-2vulns.openvex.json has a `statement` field the schema refuses); every
  // field the schema lists is still checked.
  if (name === 'openvex') delete schema.properties.statements.items.additionalProperties
  vex2020.addSchema(schema)
  vex2020Refs[name] = schema.$id
}

const vex07 = new Ajv(options)
looseFormats(vex07)
const vex07Refs = {}
for (const rel of ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json']) {
  vex07.addSchema(JSON.parse(readThird(`cyclonedx/${rel}`)))
}
for (const v of ['1.4', '1.5', '1.6']) {
  const text = readThird(`cyclonedx/bom-${v}.SNAPSHOT.schema.json`)
    .replaceAll('"spdx.SNAPSHOT.schema.json', '"spdx.schema.json')
    .replaceAll('"jsf-0.82.SNAPSHOT.schema.json', '"jsf-0.82.schema.json')
  const schema = JSON.parse(text)
  vex07.addSchema(schema)
  vex07Refs[`cyclonedx_${v.replace('.', '_')}`] = schema.$id
}

const thirdHeader =
  '// Generated by scripts/build-validators.mjs from schemas/third-party/: do not edit.\n'
for (const [file, ajvInstance, refs2] of [
  ['vex-validators-2020', vex2020, vex2020Refs],
  ['vex-validators-07', vex07, vex07Refs]
]) {
  const base = path.join(root, 'src/generated', file)
  writeFileSync(`${base}.cjs`, `${thirdHeader}${standaloneCode(ajvInstance, refs2)}`)
  writeFileSync(
    `${base}.d.cts`,
    `${thirdHeader}import type { ValidateFunction } from 'ajv'\n\n` +
      Object.keys(refs2)
        .map(name => `export declare const ${name}: ValidateFunction\n`)
        .join('')
  )
  console.log(
    `build-validators: ${Object.keys(refs2).length} validators -> src/generated/${file}.cjs`
  )
}
