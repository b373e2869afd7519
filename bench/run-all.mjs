// Runs every bench script in turn; each prints its own figures and ratios. Arguments select
// scripts by the start of their name (`npm run bench -- scale fleet`). The long runs in OPT_IN
// run only when named in full (`npm run bench -- scale50k`).
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)
const OPT_IN = ['scale50k.mjs']
const named = f => only.some(name => f === name || f === `${name}.mjs`)
const scripts = readdirSync(here)
  .filter(f => f.endsWith('.mjs') && !['lib.mjs', 'run-all.mjs', 'scaled.mjs'].includes(f))
  .filter(f =>
    OPT_IN.includes(f) ? named(f) : only.length === 0 || only.some(name => f.startsWith(name))
  )
  .sort()
let failed = 0
for (const script of scripts) {
  console.log(`\n== bench/${script}`)
  const { status } = spawnSync(process.execPath, [path.join(here, script)], { stdio: 'inherit' })
  if (status !== 0) failed++
}
process.exitCode = failed ? 1 : 0
