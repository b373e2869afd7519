/**
 * SARIF and JUnit reports, validated against the published SARIF 2.1.0 JSON Schema (draft-04)
 * and the Apache Ant JUnit XSD (test/fixtures) with libxml2 compiled to wasm.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import AjvDraft04Module from 'ajv-draft-04'
import addFormatsModule from 'ajv-formats'
import { validateXML } from 'xmllint-wasm'
import { EXIT } from '../src/cli/program.js'
import { RULE_CATALOG } from '../src/generated/rule-catalog.js'
import { EXAMPLES, REPO, SEED } from './helpers.js'
import { validator } from '../src/shared/schema.js'
import { cli, evaluateArgs } from './support/cli.js'
import { runGate } from '../src/gate.js'
import { REPORT_FORMATS, renderReport, renderReportParts } from '../src/report/index.js'

/** The published schemas, copied into test/fixtures (origin in test/fixtures/README.md). */
const fixture = (rel: string) => path.join(REPO, 'test', 'fixtures', rel)

async function evaluate(example: string, format: string) {
  const { code, stdout, stderr } = await cli(
    evaluateArgs(example, '--format', format, '--fail-on', 'never')
  )
  expect(stderr).toBe('')
  expect(code).toBe(EXIT.pass)
  return stdout
}

async function json(example: string) {
  return JSON.parse(await evaluate(example, 'json')) as {
    result: {
      findings: {
        rule: string
        severity: string
        evidence: string[]
        configuration?: string
        control: string
      }[]
    }
  }
}

/** The 1-based line where the index item with this id starts (`- id: x` or `- {` above `id: x,`). */
function lineOfItem(example: string, id: string): number {
  const lines = readFileSync(path.join(SEED, example, 'update-evidence.yaml'), 'utf8').split('\n')
  let i = lines.findIndex(l => new RegExp(`^\\s*(- )?\\{?\\s*id: ['"]?${id}['"]?,?\\s*$`).test(l))
  if (i < 0) throw new Error(`no item ${id}`)
  while (i > 0 && !/^\s*- /.test(lines[i]!)) i--
  return i + 1
}

const sarifSchema = JSON.parse(readFileSync(fixture('sarif/sarif-schema-2.1.0.json'), 'utf8'))
// CommonJS modules: `.default` is the class / plugin both under TypeScript and at run time.
const Ajv = AjvDraft04Module.default
const addFormats = addFormatsModule.default
const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
const validateSarif = ajv.compile(sarifSchema)

interface SarifLog {
  version: string
  runs: {
    tool: {
      driver: {
        rules: {
          id: string
          shortDescription: { text: string }
          fullDescription: { text: string }
        }[]
      }
    }
    results: {
      ruleId: string
      ruleIndex: number
      level: string
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } }
      }[]
    }[]
    properties: { decision: string }
  }[]
}

describe('--format sarif', () => {
  it('validates against the SARIF 2.1.0 schema, one result per blocking finding at its evidence line', async () => {
    const text = await evaluate('better', 'sarif')
    const log = JSON.parse(text) as SarifLog
    expect(validateSarif(log)).toBe(true)
    expect(validateSarif.errors ?? []).toEqual([])
    const report = await json('better')
    const blocking = report.result.findings.filter(
      f => f.severity === 'violation' || f.severity === 'gap'
    )
    expect(blocking.length).toBeGreaterThan(0)
    const run0 = log.runs[0]!
    expect(run0.properties.decision).toBe('reject')
    const blockingResults = run0.results.filter(r => r.level === 'error' || r.level === 'warning')
    expect(blockingResults).toHaveLength(blocking.length)
    blocking.forEach((f, i) => {
      const r = blockingResults[i]!
      expect(r.ruleId).toBe(f.rule)
      expect(r.level).toBe(f.severity === 'violation' ? 'error' : 'warning')
      expect(run0.tool.driver.rules[r.ruleIndex]!.id).toBe(f.rule)
      const loc = r.locations[0]!.physicalLocation
      expect(loc.artifactLocation.uri).toMatch(/examples\/seed\/better\/update-evidence\.yaml$/)
      if (f.evidence.length > 0)
        expect(loc.region?.startLine).toBe(lineOfItem('better', f.evidence[0]!))
      else expect(loc.region).toBeUndefined()
    })
    // The schema check can fail: a result without a message is refused.
    const broken = JSON.parse(text) as { runs: { results: { message?: unknown }[] }[] }
    delete broken.runs[0]!.results[0]!.message
    expect(validateSarif(broken)).toBe(false)
    // At least one result is located (the example's findings point at index items).
    expect(blockingResults.some(r => r.locations[0]!.physicalLocation.region)).toBe(true)
  })

  it('describes each rule with the METADATA title and description of the Rego rule', async () => {
    const log = JSON.parse(await evaluate('better', 'sarif')) as SarifLog
    const rules = log.runs[0]!.tool.driver.rules
    expect(rules.length).toBeGreaterThan(0)
    const policies = [
      'signing',
      'approval',
      'affected_versions',
      'rollback_recovery',
      'notification',
      'retention',
      'provenance'
    ]
      .map(p => readFileSync(path.join(REPO, 'policies', 'controls', `${p}.rego`), 'utf8'))
      .join('\n')
    for (const rule of rules) {
      expect(RULE_CATALOG[rule.id]).toBeDefined()
      expect(policies).toContain(`# title: ${rule.shortDescription.text}`)
      expect(rule.fullDescription.text.length).toBeGreaterThan(10)
    }
  })

  it('is byte-identical for the same inputs and time', async () => {
    expect(await evaluate('strong', 'sarif')).toBe(await evaluate('strong', 'sarif'))
  })

  it('has a catalog entry for every rule id the built-in policy writes', () => {
    const sources = readdirSync(path.join(REPO, 'policies'), { recursive: true, encoding: 'utf8' })
      .filter(f => f.endsWith('.rego') && !f.endsWith('_test.rego'))
      .map(f => readFileSync(path.join(REPO, 'policies', f), 'utf8'))
    const ids = new Set(
      sources.flatMap(text =>
        [...text.matchAll(/"rule": "([a-z_]+\.[a-z0-9_]+)"/g)].map(m => m[1]!)
      )
    )
    expect(ids.size).toBeGreaterThan(90)
    expect([...ids].filter(id => RULE_CATALOG[id] === undefined)).toEqual([])
  })
})

async function validJunit(xml: string) {
  const result = await validateXML({
    xml: [{ fileName: 'report.xml', contents: xml }],
    schema: [{ fileName: 'JUnit.xsd', contents: readFileSync(fixture('junit/JUnit.xsd'), 'utf8') }]
  })
  return result
}

describe('--format junit', () => {
  it('validates against the JUnit XSD; strong fails rollback-recovery and fleet (its known gap) on regional only', async () => {
    const xml = await evaluate('strong', 'junit')
    const result = await validJunit(xml)
    expect(result.errors).toEqual([])
    expect(result.valid).toBe(true)
    const suites = [...xml.matchAll(/<testsuite name="([^"]+)"[^>]*>([\s\S]*?)<\/testsuite>/g)]
    const controls = suites.map(s => s[1])
    expect(controls).toEqual(
      expect.arrayContaining(['signing', 'rollback-recovery', 'affected-versions'])
    )
    const failing = suites.flatMap(([, control, body]) =>
      [...body!.matchAll(/<testcase name="([^"]+)"[^>]*>\s*<failure/g)].map(
        m => `${control}: ${m[1]}`
      )
    )
    expect(failing).toEqual([
      'rollback-recovery: rollback-recovery on regional',
      'fleet: fleet on regional'
    ])
    const rr = suites.find(s => s[1] === 'rollback-recovery')![0]
    expect(rr).toMatch(/failures="1"/)
    expect(rr).toMatch(/<failure message="[^"]+" type="rollback_recovery\.[a-z_]+"/)
  })

  it('has one testcase per control and configuration', async () => {
    const xml = await evaluate('weak', 'junit')
    expect((await validJunit(xml)).valid).toBe(true)
    const suites = [...xml.matchAll(/<testsuite name="([^"]+)"[^>]*tests="(\d+)"/g)]
    const report = JSON.parse(await evaluate('weak', 'json')) as {
      result: { controls: unknown[]; configurations: unknown[] }
    }
    expect(suites).toHaveLength(report.result.controls.length)
    for (const s of suites) expect(Number(s[2])).toBe(report.result.configurations.length)
  })

  it('is refused by the XSD when a required attribute is missing (the validation can fail)', async () => {
    const xml = (await evaluate('strong', 'junit')).replace(/ hostname="localhost"/, '')
    expect((await validJunit(xml)).valid).toBe(false)
  })
})

describe('JSON report', () => {
  it.each(EXAMPLES)('%s: the JSON report meets schemas/report.schema.json', async example => {
    const report: unknown = JSON.parse(await evaluate(example, 'json'))
    const validate = validator('report')
    const ok = validate(report)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
    // and the schema is not vacuous: a report without its decision is refused
    const broken = structuredClone(report) as { result: { decision?: string } }
    delete broken.result.decision
    expect(validate(broken)).toBe(false)
  })
})

describe('renderReportParts', () => {
  it('gives, in parts, the text renderReport gives, for every format', async () => {
    const report = await runGate({
      packageDir: path.join(SEED, 'strong'),
      trustFile: path.join(SEED, 'trust.yaml'),
      evaluationTime: '2026-11-26T00:00:00Z'
    })
    for (const format of REPORT_FORMATS) {
      const parts = renderReportParts(report, format, { toolVersion: '1.2.3' })
      expect(parts.join('')).toBe(renderReport(report, format, { toolVersion: '1.2.3' }))
    }
    // The JSON document apart from its final newline (no copy of the document to append it).
    expect(renderReportParts(report, 'json')).toEqual([JSON.stringify(report, null, 2), '\n'])
  })
})
