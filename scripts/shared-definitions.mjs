// The definitions several schemas share (times, versions, digests) are written once, in
// schemas/definitions.schema.json. The schemas users point their editors at (the evidence index,
// the trust configuration, the records) must each stand alone: an editor resolves a relative $ref
// to another file against the schema's $id (https://update-gate.dev/schemas/..., which serves
// nothing) and reports "Problems loading reference". So such a schema refers to a shared
// definition locally, as "#/$defs/timestamp", and this writes the copy of that definition into
// the schema's own $defs: generated content in a committed file, rewritten by every build
// (scripts/build-validators.mjs, `npm run build`) and compared with the commit as dist/ is.
// The type generator imports the type of such a copy from src/generated/types/definitions.ts
// rather than declaring it again.
// Check without writing: node scripts/shared-definitions.mjs --check [schemas folder]
// (exit status 1, naming each schema whose copies differ from what the build writes).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The schema that holds the shared definitions, relative to schemas/. */
export const DEFINITIONS = 'definitions.schema.json'

/** The schemas that take copies of the shared definitions they use, relative to schemas/. */
export const sharingSchemas = dir => [
  'update-evidence.schema.json',
  'trust.schema.json',
  ...readdirSync(path.join(dir, 'records'))
    .filter(f => f.endsWith('.schema.json'))
    .sort()
    .map(f => `records/${f}`)
]

const localDef = ref => /^#\/\$defs\/([^/]+)$/.exec(ref)?.[1]

/** Every $ref string under node. */
const refsIn = node => {
  if (Array.isArray(node)) return node.flatMap(refsIn)
  if (node === null || typeof node !== 'object') return []
  return [
    ...(typeof node.$ref === 'string' ? [node.$ref] : []),
    ...Object.values(node).flatMap(refsIn)
  ]
}

/** A shared definition as copied into a schema: the same keywords, its description saying so. */
const copyOf = (name, definition) => ({
  ...definition,
  description: `${definition.description} (Generated from ${DEFINITIONS}#/$defs/${name} by the build: edit it there.)`
})

/**
 * `schema` (the content of schemas/`file`) with its $defs holding exactly the shared definitions
 * it refers to as "#/$defs/<name>", copied from `definitions`; its own $defs (other names) stay
 * as they are, and a copy no longer referred to is dropped.
 */
export const withSharedDefinitions = (file, schema, definitions) => {
  const shared = definitions.$defs
  const { $defs: ownAndCopies = {}, ...body } = schema
  const own = Object.fromEntries(Object.entries(ownAndCopies).filter(([name]) => !(name in shared)))
  for (const ref of refsIn({ body, own })) {
    if (ref.startsWith('#')) continue
    const hint = ref.split('#')[0].endsWith(DEFINITIONS)
      ? `; refer to the shared definition as "#/$defs/${ref.split('/').pop()}" (the build copies it into the schema's $defs)`
      : ''
    throw new Error(`schemas/${file}: $ref ${ref} leaves the file, which must stand alone${hint}`)
  }
  const used = new Set()
  const use = ref => {
    const name = localDef(ref)
    if (name === undefined || !(name in shared) || used.has(name)) return
    used.add(name)
    refsIn(shared[name]).forEach(use) // a shared definition that refers to another one
  }
  refsIn({ body, own }).forEach(use)
  const copies = Object.keys(shared)
    .filter(name => used.has(name))
    .map(name => [name, copyOf(name, shared[name])])
  const $defs = { ...own, ...Object.fromEntries(copies) }
  if (Object.keys($defs).length === 0) return body
  // $defs where it was, or last.
  const keys = '$defs' in schema ? Object.keys(schema) : [...Object.keys(body), '$defs']
  return Object.fromEntries(keys.map(k => [k, k === '$defs' ? $defs : body[k]]))
}

/** The names of the shared definitions whose copies a schema holds (as withSharedDefinitions wrote it). */
export const sharedCopies = (schema, definitions) =>
  new Set(Object.keys(schema.$defs ?? {}).filter(name => name in definitions.$defs))

/** A schema file's text as the build writes it: JSON formatted as the repository's Prettier does. */
const format = async schema =>
  prettier.format(JSON.stringify(schema, null, 2), {
    ...(await prettier.resolveConfig(path.join(repository, 'schemas', DEFINITIONS))),
    parser: 'json'
  })

/**
 * Brings the copies in every sharing schema under `dir` in line with dir/definitions.schema.json;
 * returns the schemas whose text differed (written back when `write`).
 */
export const syncSharedDefinitions = async (dir, { write }) => {
  const definitions = JSON.parse(readFileSync(path.join(dir, DEFINITIONS), 'utf8'))
  const changed = []
  for (const file of sharingSchemas(dir)) {
    const text = readFileSync(path.join(dir, file), 'utf8')
    const synced = await format(withSharedDefinitions(file, JSON.parse(text), definitions))
    if (synced === text) continue
    changed.push(file)
    if (write) writeFileSync(path.join(dir, file), synced)
  }
  return changed
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [flag, dir = path.join(repository, 'schemas')] = process.argv.slice(2)
  if (flag !== '--check') {
    console.error('usage: node scripts/shared-definitions.mjs --check [schemas folder]')
    process.exit(2)
  }
  try {
    const stale = await syncSharedDefinitions(dir, { write: false })
    for (const file of stale)
      console.error(
        `schemas/${file}: its copies of the shared definitions differ from ${DEFINITIONS} (run npm run build)`
      )
    process.exit(stale.length === 0 ? 0 : 1)
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e))
    process.exit(1)
  }
}
