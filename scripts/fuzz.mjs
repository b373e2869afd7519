// The long fuzz run: test/fuzz.test.ts (test/support/fuzz.ts) with many iterations, in one
// process. Prints the iteration count and the seed before and after, so any run can be repeated.
//   npm run fuzz                                  10,000 iterations, a fresh seed
//   npm run fuzz -- --iterations 500 --seed 42    (also FUZZ_ITERATIONS / FUZZ_SEED)
//   --case-ms 30000                               time bound of one case (a hang is a failure)
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: process.env.FUZZ_ITERATIONS ?? '10000' },
    seed: { type: 'string', default: process.env.FUZZ_SEED },
    'case-ms': { type: 'string', default: process.env.FUZZ_CASE_MS ?? '30000' }
  }
})
const integer = (name, text, min) => {
  const n = Number(text)
  if (!Number.isSafeInteger(n) || n < min) {
    console.error(`fuzz: --${name} must be an integer >= ${min}, got ${JSON.stringify(text)}`)
    process.exit(2)
  }
  return n
}
const iterations = integer('iterations', values.iterations, 1)
const seed =
  values.seed === undefined
    ? (Date.now() ^ (process.pid << 16)) | 0
    : integer('seed', values.seed, -(2 ** 31))
const caseMs = integer('case-ms', values['case-ms'], 1)

console.log(`fuzz: ${iterations} iterations, seed ${seed}`)
const dir = mkdtempSync(path.join(tmpdir(), 'update-gate-fuzz-summary-'))
const summaryFile = path.join(dir, 'summary.json')
const jest = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/jest/bin/jest.js'), '--runInBand', 'test/fuzz.test.ts'],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
      FUZZ_ITERATIONS: String(iterations),
      FUZZ_SEED: String(seed),
      FUZZ_CASE_MS: String(caseMs),
      FUZZ_SUMMARY: summaryFile
    }
  }
)
let summary = null
try {
  summary = JSON.parse(readFileSync(summaryFile, 'utf8'))
} catch {
  // jest failed before the run wrote it
}
rmSync(dir, { recursive: true, force: true })
if (summary) {
  const outcomes = Object.entries(summary.outcomes)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')
  console.log(
    `fuzz: ${summary.iterations} iterations, seed ${summary.seed}: ` +
      (summary.failed ? 'FAILED (see the counterexample above)' : 'no invariant failed') +
      `\nfuzz: outcomes: ${outcomes}` +
      `\nfuzz: slowest case ${Math.round(summary.slowestMs)} ms, all cases ${Math.round(summary.totalMs / 1000)} s`
  )
} else {
  console.log(`fuzz: ${iterations} iterations, seed ${seed}: the run did not complete`)
}
process.exit(jest.status ?? 1)
