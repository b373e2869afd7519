// Shared helpers for the bench scripts. Benchmarks import the compiled TypeScript from
// build/tsc (npm run bench builds it) and print ratios against a reference run in the same
// process or script, never absolute pass/fail times.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const COMPILED = path.join(REPO, 'build/tsc')
export const SEED = path.join(REPO, 'examples/seed')
export const EVAL_TIME = '2026-11-26T00:00:00Z'

export const compiled = rel => import(path.join(COMPILED, rel))

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Wall time of a command in ms (fails loudly if the command fails). */
export function timeCommand(command, args, options = {}) {
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, { encoding: 'utf8', ...options })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`)
  return { ms, stdout: result.stdout }
}

export const fmt = (n, digits = 2) => n.toFixed(digits)
