// Custom policies: evaluation of examples/seed/strong with the built-in policy alone and with the
// built-in policy extended by the three example policies (examples/policies, compiled at run time,
// evaluated in the bounded worker), measured interleaved in the same run (target: median ratio
// <= 1.5). Also the time to compile a custom policy directory at run time (opa build -t wasm).
// Needs opa on PATH or the pinned toolchain (scripts/install-policy-tools.sh), and build/tsc.
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { compiled, EVAL_TIME, fmt, median, REPO, SEED } from './lib.mjs'

const iterations = Number(process.env.BENCH_ITERATIONS ?? 200)
const builds = Number(process.env.BENCH_BUILDS ?? 5)
const toolsBin = execFileSync('bash', [path.join(REPO, 'scripts/install-policy-tools.sh')], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit']
}).trim()
process.env.PATH = `${toolsBin}${path.delimiter}${process.env.PATH}`

const { loadPackage, loadTrust } = await compiled('src/load/index.js')
const { verifyPackage } = await compiled('src/verify/index.js')
const { readBuiltInPolicy } = await compiled('src/evaluate/built-in.js')
const { openRunner } = await compiled('src/evaluate/runner.js')
const { readPolicy } = await compiled('src/authoring/policy-source.js')

const examples = path.join(REPO, 'examples/policies')
const trust = await loadTrust(path.join(SEED, 'trust.yaml'))
const verified = await verifyPackage(await loadPackage(path.join(SEED, 'strong')), trust, EVAL_TIME)

const now = () => process.hrtime.bigint()
const ms = start => Number(process.hrtime.bigint() - start) / 1e6

// Run-time compilation of the examples directory with the built-in sources.
const buildTimes = []
let extendedBundle
for (let i = 0; i < builds; i++) {
  const start = now()
  extendedBundle = await readPolicy(examples)
  buildTimes.push(ms(start))
}
let start = now()
const extended = await openRunner(extendedBundle)
const loadExtended = ms(start)
const builtIn = await openRunner(readBuiltInPolicy())

const data = verified.data
const runs = { builtIn: [], extended: [] }
const decisions = {}
for (let i = 0; i < 20; i++) {
  await builtIn.evaluate(data, verified.input)
  await extended.evaluate(data, verified.input)
}
for (let i = 0; i < iterations; i++) {
  for (const [name, policy] of [
    ['builtIn', builtIn],
    ['extended', extended]
  ]) {
    const t = now()
    decisions[name] = (await policy.evaluate(data, verified.input)).decision
    runs[name].push(ms(t))
  }
}
await extended.close()

const p95 = values => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)]
const mb = median(runs.builtIn)
const me = median(runs.extended)
console.log(
  `custom-policy: examples/seed/strong, ${iterations} interleaved evaluations each (node ${process.version})`
)
console.log(
  `  built-in alone:               median ${fmt(mb, 3)} ms, p95 ${fmt(p95(runs.builtIn), 3)} ms -> ${decisions.builtIn}`
)
console.log(
  `  extended by examples/policies: median ${fmt(me, 3)} ms, p95 ${fmt(p95(runs.extended), 3)} ms -> ${decisions.extended} (worker)`
)
console.log(`  ratio extended / built-in: ${fmt(me / mb, 2)}  (target <= 1.5)`)
console.log(
  `  run-time compile of examples/policies (opa build -t wasm with the built-in sources): median ${fmt(median(buildTimes), 0)} ms over ${builds}, min ${fmt(Math.min(...buildTimes), 0)} ms`
)
console.log(
  `  loading the compiled custom policy (checks + worker setup): ${fmt(loadExtended, 0)} ms`
)
