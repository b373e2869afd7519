// src/generated/ is build output, not committed (.gitignore), except rule-catalog.ts, whose build
// needs opa (scripts/build-rule-catalog.mjs). scripts/build-validators.mjs writes the rest from
// schemas/: the Ajv validators and the TypeScript type of every schema. This runs it when
// src/generated/ was not built from the inputs as they are now (schemas/, the three build scripts,
// and package-lock.json, which pins Ajv and json-schema-to-typescript), so that `npm ci`
// (prepare), `npm test`, `npm run typecheck`, `npm run fuzz` and `npm run bench` on a clean clone
// or after a schema edit see the validators and types of the schemas as they are. The digest of
// the inputs it was built from is kept in src/generated/.inputs-sha256; a run whose inputs have
// that digest does nothing. `npm run build:validators` always rebuilds.
// Run: node scripts/ensure-generated.mjs
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const stamp = path.join(root, 'src/generated/.inputs-sha256')

/** Every file below `dir` (relative to the repository), sorted. */
const filesUnder = dir =>
  readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter(e => e.isFile())
    .map(e => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()

const digestOfInputs = () => {
  const hash = createHash('sha256')
  const inputs = [
    ...filesUnder('schemas'),
    'scripts/build-validators.mjs',
    'scripts/shared-definitions.mjs',
    'scripts/shipped-validators.mjs',
    'package-lock.json'
  ]
  for (const file of inputs) {
    const bytes = readFileSync(path.join(root, file))
    hash.update(`${file}\0${bytes.length}\0`).update(bytes)
  }
  return hash.digest('hex')
}

const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null
if (built !== digestOfInputs()) {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-validators.mjs')], {
    cwd: root,
    stdio: 'inherit'
  })
  // After the build: it writes the shared definitions' copies into schemas/ first.
  writeFileSync(stamp, `${digestOfInputs()}\n`)
}
