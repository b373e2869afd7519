/**
 * The shipped schemas (schemas/, in the npm package) are what users point their editors at, and an
 * editor resolves a $ref to another file against the schema's $id (https://update-gate.dev/...,
 * which serves nothing): each schema stands alone, save the ones named here. The definitions they
 * share are written once (schemas/definitions.schema.json) and copied into each by the build
 * (scripts/shared-definitions.mjs), which refuses copies edited by hand.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { edit, REPO, tempDir } from './helpers.js'

const SCHEMAS = path.join(REPO, 'schemas')

/** Schemas with a $ref to another file, and the files each may refer to (by $id). */
const LEAVING: Record<string, string[]> = {
  // The gate's output, not a document users write: its `result` is the policy output contract.
  'report.schema.json': ['https://update-gate.dev/schemas/policy-output.schema.json'],
  // The publishers' schemas, copied verbatim (schemas/third-party/README.md).
  'third-party/csaf/csaf_json_schema.json': [
    'https://www.first.org/cvss/cvss-v2.0.json',
    'https://www.first.org/cvss/cvss-v3.0.json',
    'https://www.first.org/cvss/cvss-v3.1.json'
  ],
  ...Object.fromEntries(
    ['1.4', '1.5', '1.6'].map(v => [
      `third-party/cyclonedx/bom-${v}.SNAPSHOT.schema.json`,
      [
        'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json',
        'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json'
      ]
    ])
  )
}

const shipped = readdirSync(SCHEMAS, { recursive: true, encoding: 'utf8' })
  .filter(f => f.endsWith('.json'))
  .map(f => f.split(path.sep).join('/'))
  .sort()

type Node = { [key: string]: unknown }
const read = (file: string): Node => JSON.parse(readFileSync(path.join(SCHEMAS, file), 'utf8'))

/** The documents (absolute URLs, no fragment) that a schema's $refs name, other than itself. */
function filesReferred(file: string): string[] {
  const schema = read(file)
  const own = (schema.$id ?? schema.id ?? `file:///schemas/${file}`) as string
  const found = new Set<string>()
  const visit = (node: unknown, base: URL): void => {
    if (Array.isArray(node)) return node.forEach(n => visit(n, base))
    if (node === null || typeof node !== 'object') return
    const n = node as Node
    const here = typeof n.$id === 'string' ? new URL(n.$id, base) : base
    if (typeof n.$ref === 'string') {
      const target = new URL(n.$ref, here)
      target.hash = ''
      const self = new URL(here)
      self.hash = ''
      if (target.href !== self.href) found.add(target.href)
    }
    for (const v of Object.values(n)) visit(v, here)
  }
  visit(schema, new URL(own))
  return [...found].sort()
}

describe('shipped schemas', () => {
  it('refer to no other file, except the named ones', () => {
    expect(shipped).toContain('trust.schema.json') // the walk found the schemas
    const leaving = Object.fromEntries(
      shipped.map(f => [f, filesReferred(f)] as const).filter(([, refs]) => refs.length > 0)
    )
    expect(leaving).toEqual(LEAVING)
  })

  it('compile each on its own in a strict Ajv (an editor needs no other file)', () => {
    const own = shipped.filter(f => !f.startsWith('third-party/') && !(f in LEAVING))
    expect(own).toEqual(
      expect.arrayContaining(['update-evidence.schema.json', 'trust.schema.json'])
    )
    for (const file of own) {
      const ajv = new Ajv2020({ strict: true, strictRequired: false })
      addFormats.default(ajv)
      expect([file, typeof ajv.compile(read(file))]).toEqual([file, 'function'])
    }
  })
})

describe('shared definitions (schemas/definitions.schema.json)', () => {
  const check = (dir: string) =>
    spawnSync(
      process.execPath,
      [path.join(REPO, 'scripts/shared-definitions.mjs'), '--check', dir],
      { encoding: 'utf8' }
    )

  it('each schema holds copies of the shared definitions it uses, as the build writes them', () => {
    const definitions = read('definitions.schema.json').$defs as Record<string, Node>
    const trust = read('trust.schema.json').$defs as Record<string, Node>
    expect(trust.timestamp).toEqual({
      ...definitions.timestamp,
      description: `${definitions.timestamp!.description} (Generated from definitions.schema.json#/$defs/timestamp by the build: edit it there.)`
    })
    const r = check(SCHEMAS)
    expect([r.status, r.stderr]).toEqual([0, ''])
  })

  it('a copy edited by hand, left over, or a $ref to the definitions file is refused', () => {
    const dir = tempDir()
    cpSync(SCHEMAS, dir, { recursive: true })
    edit(path.join(dir, 'trust.schema.json'), /"maxLength": 64,/, '"maxLength": 1000,')
    // customer-notification refers to no shared definition: a copy there is left over.
    const notification = path.join(dir, 'records/customer-notification.schema.json')
    edit(notification, /\n}\n$/, ',\n  "$defs": { "sha256": { "type": "string" } }\n}\n')
    const r = check(dir)
    expect(r.status).toBe(1)
    expect(r.stderr.trim().split('\n')).toEqual([
      'schemas/trust.schema.json: its copies of the shared definitions differ from definitions.schema.json (run npm run build)',
      'schemas/records/customer-notification.schema.json: its copies of the shared definitions differ from definitions.schema.json (run npm run build)'
    ])
    edit(
      path.join(dir, 'records/signing-event.schema.json'),
      '"$ref": "#/$defs/timestamp"',
      '"$ref": "../definitions.schema.json#/$defs/timestamp"'
    )
    const cross = check(dir)
    expect(cross.status).toBe(1)
    expect(cross.stderr).toContain(
      'schemas/records/signing-event.schema.json: $ref ../definitions.schema.json#/$defs/timestamp leaves the file, which must stand alone; refer to the shared definition as "#/$defs/timestamp"'
    )
  })
})
