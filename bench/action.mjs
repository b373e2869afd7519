#!/usr/bin/env node
// The Action's own cost: whole-process time of the bundled Action (dist/index.js) on the strong
// example, from process start to outputs written, next to `node -e 0` measured in the same run.
// No network: a workflow_dispatch run on the workspace. Target: ratio <= 3.
//   node bench/action.mjs [--runs N] [--bundle path]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : fallback
}
const runs = Number(arg('--runs', '15'))
const bundle = resolve(arg('--bundle', join(root, 'dist', 'index.js')))

const dir = mkdtempSync(join(tmpdir(), 'update-gate-bench-'))
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME ?? dir,
  GITHUB_ACTIONS: 'true',
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  GITHUB_WORKSPACE: root,
  GITHUB_REPOSITORY: 'supplier/ic22-firmware',
  GITHUB_OUTPUT: join(dir, 'output'),
  GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
  RUNNER_TEMP: dir,
  INPUT_EVIDENCE: 'examples/seed/strong',
  INPUT_TRUST: 'examples/seed/trust.yaml',
  INPUT_AT: '2026-10-06T12:00:00Z',
  INPUT_REPORT: join(dir, 'report.json'),
  'INPUT_FAIL-ON': 'never',
  INPUT_COMMENT: 'false'
}

function time(args, extraEnv = {}) {
  writeFileSync(env.GITHUB_OUTPUT, '')
  writeFileSync(env.GITHUB_STEP_SUMMARY, '')
  const start = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, { env: { ...env, ...extraEnv }, encoding: 'utf8' })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (r.status !== 0)
    throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stdout}${r.stderr}`)
  return ms
}

const median = xs => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

// Warm the file cache once, and check the run really decides.
time([bundle])
const decision = /decision<<(\S+)\n(.*)\n/.exec(readFileSync(env.GITHUB_OUTPUT, 'utf8'))?.[2]
const base = []
const action = []
for (let i = 0; i < runs; i++) {
  // Interleaved, so both see the same machine load.
  base.push(time(['-e', '0']))
  action.push(time([bundle]))
}
rmSync(dir, { recursive: true, force: true })

const b = median(base)
const a = median(action)
console.log(`node ${process.version}, ${runs} runs each, medians (min..max)`)
console.log(
  `node -e 0                 ${b.toFixed(1)} ms (${Math.min(...base).toFixed(1)}..${Math.max(...base).toFixed(1)})`
)
console.log(
  `action, strong example    ${a.toFixed(1)} ms (${Math.min(...action).toFixed(1)}..${Math.max(...action).toFixed(1)}), decision ${decision}`
)
console.log(`ratio action / node -e 0  ${(a / b).toFixed(2)} (target <= 3)`)
