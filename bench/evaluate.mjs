// One policy evaluation of examples/seed/strong, in process after load (target: median under
// 5 ms). Prints the median, and its ratio to the 5 ms budget and to a JSON round trip of the
// same input (a reference measured in the same process).
import path from 'node:path'
import { compiled, EVAL_TIME, fmt, median, SEED } from './lib.mjs'

const iterations = Number(process.env.BENCH_ITERATIONS ?? 300)
const { loadPackage, loadTrust } = await compiled('src/load/index.js')
const { verifyPackage } = await compiled('src/verify/index.js')
const { readBuiltInPolicy } = await compiled('src/evaluate/built-in.js')
const { openRunner } = await compiled('src/evaluate/runner.js')

const trust = await loadTrust(path.join(SEED, 'trust.yaml'))
const verified = await verifyPackage(await loadPackage(path.join(SEED, 'strong')), trust, EVAL_TIME)
const policy = await openRunner(readBuiltInPolicy()) // the in-process runner
policy.setData(verified.data)

const time = fn => {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}
for (let i = 0; i < 20; i++) policy.decide(verified.input) // warm-up
const evaluations = Array.from({ length: iterations }, () =>
  time(() => policy.decide(verified.input))
)
const roundTrips = Array.from({ length: iterations }, () =>
  time(() => JSON.parse(JSON.stringify(verified.input)))
)
const decision = policy.decide(verified.input).decision

const m = median(evaluations)
console.log(
  `evaluate: examples/seed/strong -> ${decision}, ${iterations} evaluations (node ${process.version})`
)
console.log(
  `  median ${fmt(m, 3)} ms, p95 ${fmt([...evaluations].sort((a, b) => a - b)[Math.floor(iterations * 0.95)], 3)} ms`
)
console.log(`  ratio to the 5 ms budget: ${fmt(m / 5, 3)}  (target < 1)`)
console.log(`  ratio to a JSON round trip of the input: ${fmt(m / median(roundTrips), 1)}`)
