/**
 * The schema validators in two stages (scripts/build-validators.mjs): each shipped schema's
 * `accept` stage (Ajv with allErrors and verbose off) answers on every run, and its `report`
 * stage (allErrors, verbose: every error, with its schema and data) runs only on a value the
 * accept stage rejected. Held here: the two stages give the same answer on the examples, on a
 * corpus of invalid documents made from them (each field deleted, nulled, of the wrong type, an
 * unknown field beside it) and on documents fast-check mutates; and a rejected value gets every
 * error that Ajv compiling the schema with allErrors and verbose (what every run used before the
 * accept stage) gives, which src/shared/schema.ts words.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Ajv2020 } from 'ajv/dist/2020.js'
import type { ValidateFunction } from 'ajv'
import fc from 'fast-check'
import { parse as parseYaml } from 'yaml'
import generated from '../src/generated/schema-validators.cjs'
import { runGate } from '../src/gate.js'
import { loadPackage, loadTrust } from '../src/load/index.js'
import { buildVsa } from '../src/report/vsa.js'
import { schemaProblems } from '../src/shared/schema.js'
import { verifyPackage } from '../src/verify/index.js'
import { EVAL_TIME, EXAMPLES, REPO, SEED, SEED_TRUST } from './helpers.js'

type Name = keyof typeof generated
type SetUp = () => ValidateFunction

const GENERATED = path.join(REPO, 'src/generated')
const require = createRequire(import.meta.url)

/** Each validator's stages as the build wrote them: validators-<group>[-errors].cjs. */
const stages = { accept: new Map<string, SetUp>(), report: new Map<string, SetUp>() }
for (const file of readdirSync(GENERATED).filter(f => /^validators-.*\.cjs$/.test(f))) {
  const stage = file.endsWith('-errors.cjs') ? stages.report : stages.accept
  const module = require(path.join(GENERATED, file)) as Record<string, SetUp>
  for (const [name, setUp] of Object.entries(module)) stage.set(name, setUp)
}
const NAMES = Object.keys(generated).sort() as Name[]
const setUpOnce = (map: Map<string, SetUp>) => {
  const made = new Map<string, ValidateFunction>()
  return (name: string): ValidateFunction => {
    if (!made.has(name)) made.set(name, map.get(name)!())
    return made.get(name)!
  }
}
const accept = setUpOnce(stages.accept)
const report = setUpOnce(stages.report)

const readYaml = (file: string): unknown => parseYaml(readFileSync(file, 'utf8'))
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'))

/** The kinds of evidence whose files the gate validates against a schema of their own. */
const RECORD_SCHEMAS: Record<string, Name> = {
  'signing-event': 'signingEvent',
  'release-approval': 'releaseApproval',
  'rollback-recovery-tests': 'rollbackRecoveryTests',
  'affected-versions': 'affectedVersions',
  'customer-notification': 'customerNotification',
  'deployment-records': 'deploymentRecords',
  'risk-acceptance': 'riskAcceptance'
}
const PACKAGES = [
  ...EXAMPLES.map(e => path.join(SEED, e)),
  path.join(REPO, 'examples/signed-records/package'),
  path.join(REPO, 'examples/github-attestation/package'),
  path.join(REPO, 'examples/csaf-vex')
]
const TRUST_FILES = [
  SEED_TRUST,
  path.join(SEED, 'trust-fleet.yaml'),
  path.join(REPO, 'examples/signed-records/trust.yaml'),
  path.join(REPO, 'examples/github-attestation/trust.yaml'),
  path.join(REPO, 'examples/csaf-vex/trust.yaml')
]

/** Documents of each schema: the examples' files, and what the gate makes of the seed. */
const corpus = new Map<Name, unknown[]>(NAMES.map(n => [n, []]))
const add = (name: Name, doc: unknown) => corpus.get(name)!.push(doc)

beforeAll(async () => {
  for (const dir of PACKAGES) {
    const index = readYaml(path.join(dir, 'update-evidence.yaml')) as {
      evidence: { kind: string; file?: string }[]
    }
    add('updateEvidence', index)
    for (const { kind, file } of index.evidence) {
      if (file === undefined) continue
      const at = path.join(dir, file)
      if (RECORD_SCHEMAS[kind] && file.endsWith('.yaml')) add(RECORD_SCHEMAS[kind], readYaml(at))
      if (kind === 'update-manifest' && file.endsWith('.json')) add('updateManifest', readJson(at))
      if (file.endsWith('.dsse.json')) add('dsseEnvelope', readJson(at))
    }
  }
  for (const file of TRUST_FILES) {
    const trust = readYaml(file) as { requirements: unknown }
    add('trust', trust)
    add('requirementsOverride', trust.requirements)
  }
  for (const example of EXAMPLES) {
    const dir = path.join(SEED, example)
    const verified = await verifyPackage(
      await loadPackage(dir),
      await loadTrust(SEED_TRUST),
      EVAL_TIME
    )
    add('policyInput', verified.input)
    add('policyTrustData', verified.data.trust)
    const gate = await runGate({
      packageDir: dir,
      trustFile: SEED_TRUST,
      evaluationTime: EVAL_TIME
    })
    add('report', gate)
    add('policyOutput', gate.result)
    add('verificationSummary', buildVsa(gate, '0.1.0'))
  }
  // What a team package contributes (docs/policy-authoring.md), one entry of each kind.
  add('customFinding', { rule: 'ops.freeze', severity: 'gap', message: 'In the freeze window' })
  add('customFinding', {
    rule: 'ops.lab',
    severity: 'violation',
    message: 'Lab run missing',
    evidence: ['tests'],
    configuration: 'reference',
    waivable: false
  })
  add('customViolation', 'A bare message')
  add('customViolation', { rule: 'ops.two', message: 'One approver', evidence: ['approval'] })
  add('customCondition', {
    id: 'ops.watch',
    text: 'Watch the first cohort',
    configuration: 'reference',
    followUpBy: '2026-12-01T00:00:00Z'
  })
  add('customExclusion', { configuration: 'regional', reason: 'Not certified', id: 'ops.cert' })
  add('customQuestion', 'rollback-recovery-tested')
  // A test-result predicate (in-toto test-result v0.1) for rollback and recovery tests.
  add('testResult', {
    result: 'PASSED',
    configuration: [
      { name: 'ci-runner' },
      {
        name: 'update-gate:test-target',
        annotations: {
          configuration: 'reference',
          hardware: 'IC-22-REF-C',
          product: 'IC-22',
          fromVersion: '5.4.2',
          toVersion: '5.4.3',
          time: '2026-10-03T09:00:00Z',
          rollbackConditions: ['power loss during install']
        }
      }
    ],
    url: 'https://ci.supplier.example/runs/1',
    passedTests: ['rollback', 'recovery'],
    warnedTests: [],
    failedTests: []
  })
}, 120_000)

const JUNK: unknown[] = [
  null,
  0,
  -1,
  1.5,
  '',
  'x',
  'x'.repeat(300),
  true,
  [],
  {},
  ['x'],
  { x: 1 },
  '2026-10-02T10:00:00',
  '2026-10-02T10:00:00Z',
  'not a uri',
  '5.4.3',
  'a'.repeat(64)
]

type Path = (string | number)[]
/** Every path to a value in `doc` (the root first), at most `limit`, spread over the document. */
function pathsOf(doc: unknown, limit: number): Path[] {
  const all: Path[] = []
  const visit = (v: unknown, at: Path) => {
    all.push(at)
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...at, i]))
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) visit(x, [...at, k])
  }
  visit(doc, [])
  if (all.length <= limit) return all
  return Array.from({ length: limit }, (_, i) => all[Math.floor((i * all.length) / limit)]!)
}

type Op =
  { op: 'delete' } | { op: 'set'; value: unknown } | { op: 'add'; key: string; value: unknown }
/** `doc` with `op` applied at `at` (a copy; the root cannot be deleted, only replaced). */
function mutate(doc: unknown, at: Path, op: Op): unknown {
  const copy = structuredClone(doc)
  if (at.length === 0) {
    if (op.op === 'set') return structuredClone(op.value)
    if (op.op === 'add' && copy !== null && typeof copy === 'object' && !Array.isArray(copy))
      return { ...copy, [op.key]: op.value }
    return copy
  }
  let parent = copy as Record<string | number, unknown>
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const last = at[at.length - 1]!
  if (op.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1)
    else delete parent[last]
  } else if (op.op === 'set') parent[last] = structuredClone(op.value)
  else {
    const target = parent[last]
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      (target as Record<string, unknown>)[op.key] = op.value
    else if (Array.isArray(target)) target.push(op.value)
  }
  return copy
}

/** The corpus of invalid documents: each example with one field deleted, nulled, retyped, joined. */
function invalidCorpus(name: Name): unknown[] {
  const out: unknown[] = []
  for (const doc of corpus.get(name)!.slice(0, 3)) {
    for (const at of pathsOf(doc, 80)) {
      for (const op of [
        { op: 'delete' },
        { op: 'set', value: null },
        { op: 'set', value: 7 },
        { op: 'set', value: 'x' },
        { op: 'add', key: 'unexpectedField', value: 1 }
      ] as Op[])
        out.push(mutate(doc, at, op))
    }
  }
  return out
}

const verdicts = (name: Name, doc: unknown) => [accept(name)(doc), report(name)(doc)]

describe('the accept and report stages of each schema validator', () => {
  it('are built for the same validators, the ones src/generated/schema-validators.cjs exports', () => {
    expect([...stages.accept.keys()].sort()).toEqual(NAMES)
    expect([...stages.report.keys()].sort()).toEqual(NAMES)
  })

  it('accept every example and what the gate makes of the seed', () => {
    for (const name of NAMES) {
      const docs = corpus.get(name)!
      expect({ name, documents: docs.length > 0 }).toEqual({ name, documents: true })
      for (const doc of docs)
        expect({ name, verdicts: verdicts(name, doc) }).toEqual({ name, verdicts: [true, true] })
    }
  })

  it('agree on every document of the invalid corpus, most of which they reject', () => {
    let rejected = 0
    let total = 0
    for (const name of NAMES) {
      for (const doc of invalidCorpus(name)) {
        const [fast, full] = verdicts(name, doc)
        if (fast !== full)
          throw new Error(`${name}: accept ${fast}, report ${full} on ${JSON.stringify(doc)}`)
        total++
        if (!fast) rejected++
      }
    }
    expect(total).toBeGreaterThan(5_000)
    expect(rejected / total).toBeGreaterThan(0.5)
  }, 180_000)

  it('agree on documents fast-check mutates (several edits at a time)', () => {
    const edit = fc.record({
      at: fc.nat(),
      op: fc.oneof(
        fc.constant<Op>({ op: 'delete' }),
        fc.constantFrom(...JUNK).map((value): Op => ({ op: 'set', value })),
        fc.anything({ maxDepth: 2 }).map((value): Op => ({ op: 'set', value })),
        fc
          .tuple(
            fc.constantFrom('id', 'time', 'unexpected', 'configuration', 'signature'),
            fc.anything({ maxDepth: 1 })
          )
          .map(([key, value]): Op => ({ op: 'add', key, value }))
      )
    })
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.nat(),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        (name, which, edits) => {
          const docs = corpus.get(name)!
          let doc = docs[which % docs.length]
          for (const { at, op } of edits) {
            const paths = pathsOf(doc, Number.MAX_SAFE_INTEGER)
            doc = mutate(doc, paths[at % paths.length]!, op)
          }
          const [fast, full] = verdicts(name, doc)
          expect({ name, fast, doc }).toEqual({ name, fast: full, doc })
        }
      ),
      { numRuns: 1_000, seed: 20261127 }
    )
  }, 180_000)
})

describe('a rejected value', () => {
  let reference: (name: Name) => ValidateFunction
  beforeAll(async () => {
    // @ts-expect-error: a build script (JavaScript), the one build-validators.mjs compiles with.
    const { BASE, shippedAjv, VALIDATORS } = await import('../scripts/shipped-validators.mjs')
    const ajv = shippedAjv({ allErrors: true, verbose: true }) as Ajv2020
    reference = name => ajv.getSchema(BASE + (VALIDATORS as Record<string, string>)[name])!
  })

  it('gets every error of Ajv compiling its schema with allErrors and verbose', () => {
    let compared = 0
    for (const name of NAMES) {
      const expected = reference(name)
      const validate = generated[name] as ValidateFunction
      for (const doc of invalidCorpus(name)) {
        const valid = validate(doc)
        expect(valid).toBe(expected(doc))
        if (valid) {
          expect(validate.errors).toBeNull()
          continue
        }
        expect({ name, errors: validate.errors }).toEqual({ name, errors: expected.errors })
        compared++
      }
    }
    expect(compared).toBeGreaterThan(5_000)
  }, 180_000)

  it('with several faults is told all of them, as before', () => {
    const seedTrust = corpus.get('trust')![0] as Record<string, unknown>
    const broken = { ...seedTrust, apiVersion: 'v0', kind: 'Trust', extra: true }
    expect(schemaProblems('trust', broken)).toEqual([
      { field: 'extra', message: 'is not an allowed field here' },
      { field: 'apiVersion', message: 'must be "update-gate.dev/v1"' },
      { field: 'kind', message: 'must be "TrustConfiguration"' }
    ])
  })
})

describe('the accept stage', () => {
  it('is compiled from the schemas without their annotations, values and field names kept', async () => {
    // @ts-expect-error: a build script (JavaScript), the one build-validators.mjs compiles with.
    const { withoutAnnotations } = await import('../scripts/shipped-validators.mjs')
    const schema = {
      title: 'T',
      description: 'D',
      type: 'object',
      properties: {
        description: { type: 'string', description: 'a field named description' },
        title: { const: { title: 'a value, not an annotation' } },
        kind: { enum: [{ description: 'kept' }], $comment: 'C' }
      },
      required: ['description', 'title'],
      $defs: { item: { anyOf: [{ title: 'x', type: 'string' }], examples: ['e'] } },
      if: { description: 'i', required: ['kind'] },
      then: { not: { title: 'n', required: ['title'] } }
    }
    expect(withoutAnnotations(schema)).toEqual({
      type: 'object',
      properties: {
        description: { type: 'string' },
        title: { const: { title: 'a value, not an annotation' } },
        kind: { enum: [{ description: 'kept' }] }
      },
      required: ['description', 'title'],
      $defs: { item: { anyOf: [{ type: 'string' }] } },
      if: { required: ['kind'] },
      then: { not: { required: ['title'] } }
    })
  })

  it('builds no error object: its code holds none, only the placeholder its callers count', () => {
    for (const file of readdirSync(GENERATED).filter(f =>
      /^validators-(?!.*-errors).*\.cjs$/.test(f)
    )) {
      const code = readFileSync(path.join(GENERATED, file), 'utf8')
      expect({ file, errorObjects: /\{instancePath\b[^\n]*\bkeyword:/.test(code) }).toEqual({
        file,
        errorObjects: false
      })
      expect(code).toContain('[REJECTED]')
    }
  })
})
