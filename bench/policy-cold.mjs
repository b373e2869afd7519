// The built-in policy's cold start, the policy's share of the CLI's start-up: in a fresh process,
// compiling the module, instantiating it, setting the data and the first evaluation of
// examples/seed/strong (where V8 compiles each wasm function the evaluation calls, at its first
// call), next to a warm evaluation in the same process. Timed as the main thread's CPU
// (process.threadCpuUsage: V8's background threads and the machine's other load left out), fresh
// processes, interleaved rounds, medians. `--vs <policy.wasm>` times another build of the policy
// in the same rounds (main's, say) and prints the ratio of this one's cold start to it. It also
// prints how much wasm the cold start compiled: the functions V8 compiled (Liftoff, at their
// first call) and the bytes of their bodies, from one more fresh process with
// --trace-wasm-compilation-times (counted, not timed).
//   node bench/policy-cold.mjs [--runs N] [--vs <policy.wasm>]
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { compiled, EVAL_TIME, fmt, median, REPO, SEED } from './lib.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : fallback
}

/** Main-thread CPU in ms. */
const cpu = () => {
  const { user, system } = process.threadCpuUsage()
  return (user + system) / 1000
}

if (process.argv[2] === '--child') {
  // One cold start of the policy at argv[3]; the input and data are made before the clock starts.
  const { loadPackage, loadTrust } = await compiled('src/load/index.js')
  const { verifyPackage } = await compiled('src/verify/index.js')
  const { openRunner } = await compiled('src/evaluate/runner.js')
  const trust = await loadTrust(path.join(SEED, 'trust.yaml'))
  const verified = await verifyPackage(
    await loadPackage(path.join(SEED, 'strong')),
    trust,
    EVAL_TIME
  )
  const wasm = readFileSync(process.argv[3])
  const start = cpu()
  const runner = await openRunner({ name: 'built-in', wasm, data: {}, builtIn: true })
  runner.setData(verified.data)
  const { decision } = runner.decide(verified.input)
  const cold = cpu() - start
  if (process.argv[4] === '--cold-only') process.exit(0)
  // Warm: the mean of 50 evaluations after 5, since the thread's CPU clock ticks in steps of a
  // few ms here (a median of single evaluations could read 0).
  for (let i = 0; i < 5; i++) runner.decide(verified.input)
  const s = cpu()
  for (let i = 0; i < 50; i++) runner.decide(verified.input)
  console.log(JSON.stringify({ cold, warm: (cpu() - s) / 50, decision }))
} else {
  const runs = Number(arg('--runs', '21'))
  const other = arg('--vs', undefined)
  const policies = [
    { name: 'policy', wasm: path.join(REPO, 'dist/policy/policy.wasm') },
    ...(other ? [{ name: 'policy (--vs)', wasm: path.resolve(other) }] : [])
  ]
  const self = fileURLToPath(import.meta.url)
  const results = policies.map(() => [])
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < policies.length; k++) {
      const i = (round + k) % policies.length
      const child = spawnSync(process.execPath, [self, '--child', policies[i].wasm], {
        encoding: 'utf8'
      })
      if (child.status !== 0) throw new Error(`bench/policy-cold.mjs failed: ${child.stderr}`)
      results[i].push(JSON.parse(child.stdout))
    }
  }
  console.log(
    `policy-cold: examples/seed/strong, ${runs} fresh processes each, main-thread CPU, medians (node ${process.version})`
  )
  // What V8 compiled for the cold start (V8 prints a line per function compiled).
  const compiledCode = policies.map(p => {
    const child = spawnSync(
      process.execPath,
      ['--trace-wasm-compilation-times', self, '--child', p.wasm, '--cold-only'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
    )
    if (child.status !== 0) throw new Error(`bench/policy-cold.mjs failed: ${child.stderr}`)
    const bodies = [...child.stdout.matchAll(/using Liftoff.*bodysize (\d+)/g)].map(m =>
      Number(m[1])
    )
    return { functions: bodies.length, bytes: bodies.reduce((a, b) => a + b, 0) }
  })
  const colds = results.map(r => median(r.map(x => x.cold)))
  policies.forEach((p, i) => {
    const warm = median(results[i].map(x => x.warm))
    const decided = [...new Set(results[i].map(x => x.decision))].join('/')
    console.log(
      `  ${p.name.padEnd(14)} cold ${fmt(colds[i], 1)} ms (compile, instantiate, first evaluation), warm evaluation ${fmt(warm, 2)} ms, cold/warm ${fmt(colds[i] / warm, 1)}, ${decided}`
    )
    console.log(
      `  ${''.padEnd(14)} compiled at first call: ${compiledCode[i].functions} wasm functions, ${compiledCode[i].bytes} bytes of function bodies`
    )
  })
  if (other) {
    console.log(`  cold / cold (--vs)  ${fmt(colds[0] / colds[1], 3)}`)
    console.log(
      `  compiled bytes / compiled bytes (--vs)  ${fmt(compiledCode[0].bytes / compiledCode[1].bytes, 3)}`
    )
  }
}
