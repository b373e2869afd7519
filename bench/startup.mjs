#!/usr/bin/env node
// Start-up of the CLI and of the Action next to `node -e 0` with the same Node, timed as the
// shared start-up check times them: the CLI `bin/update-gate.js evaluate examples/seed/strong
// --format json`, the bundled Action (dist/index.js) on a workflow_dispatch run of the checkout
// (no network: the API URL is a closed port), whole processes, interleaved rounds (order
// rotated), medians. Target: each <= 3x `node -e 0`. `--vs <checkout>` times another checkout's
// bin/ and dist/ in the same rounds (a build of main, say) and prints the ratio of each to it.
// Both start with the code cache their earlier runs wrote (src/boot/code-cache.ts): one warm-up
// round first.
//   node bench/startup.mjs [--runs N] [--vs <checkout>]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { EVAL_TIME, fmt, median, REPO, timeCommand } from './lib.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : fallback
}
const runs = Number(arg('--runs', '21'))
const other = arg('--vs', undefined)
const node = process.execPath
const dir = mkdtempSync(path.join(tmpdir(), 'update-gate-startup-'))

const cli = root => () => {
  const { ms, stdout } = timeCommand(
    node,
    [
      'bin/update-gate.js',
      'evaluate',
      'examples/seed/strong',
      '--trust',
      'examples/seed/trust.yaml',
      '--at',
      EVAL_TIME,
      '--format',
      'json'
    ],
    { cwd: root }
  )
  return { ms, decision: JSON.parse(stdout).result.decision }
}

const action = root => () => {
  const output = path.join(dir, 'output')
  writeFileSync(output, '')
  writeFileSync(path.join(dir, 'summary.md'), '')
  const { ms } = timeCommand(node, [path.join(root, 'dist', 'index.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME ?? dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_WORKSPACE: root,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
      RUNNER_TEMP: dir,
      INPUT_EVIDENCE: 'examples/seed/strong',
      INPUT_TRUST: 'examples/seed/trust.yaml',
      INPUT_AT: EVAL_TIME,
      INPUT_COMMENT: 'false'
    }
  })
  return { ms, decision: /decision<<(\S+)\n(.*)\n/.exec(readFileSync(output, 'utf8'))?.[2] }
}

const kinds = [
  { name: 'node -e 0', run: () => ({ ms: timeCommand(node, ['-e', '0']).ms }) },
  { name: 'CLI', run: cli(REPO) },
  { name: 'Action', run: action(REPO) },
  ...(other
    ? [
        { name: 'CLI (--vs)', run: cli(path.resolve(other)) },
        { name: 'Action (--vs)', run: action(path.resolve(other)) }
      ]
    : [])
]
const times = kinds.map(() => [])
const decisions = kinds.map(() => new Set())
for (let round = 0; round <= runs; round++) {
  for (let k = 0; k < kinds.length; k++) {
    const i = (round + k) % kinds.length
    const { ms, decision } = kinds[i].run()
    if (round > 0) times[i].push(ms) // round 0 warms up
    if (decision !== undefined) decisions[i].add(decision)
  }
}
rmSync(dir, { recursive: true, force: true })

const medians = times.map(median)
console.log(`node ${process.version}, ${runs} interleaved rounds, medians (min..max)`)
kinds.forEach((kind, i) => {
  const range = `${fmt(Math.min(...times[i]), 0)}..${fmt(Math.max(...times[i]), 0)}`
  const decided = decisions[i].size ? `, ${[...decisions[i]].join('/')}` : ''
  const ratio = i === 0 ? '' : `, x${fmt(medians[i] / medians[0])} node -e 0`
  console.log(`  ${kind.name.padEnd(14)} ${fmt(medians[i], 1)} ms (${range})${ratio}${decided}`)
})
if (other) {
  console.log(`  CLI / CLI (--vs)        ${fmt(medians[1] / medians[3], 3)}`)
  console.log(`  Action / Action (--vs)  ${fmt(medians[2] / medians[4], 3)}`)
}
console.log(
  `startup: cli x${fmt(medians[1] / medians[0])}, action x${fmt(medians[2] / medians[0])} (target <= 3)`
)
