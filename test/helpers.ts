import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const SEED = path.join(REPO, 'examples/seed')
export const SEED_TRUST = path.join(SEED, 'trust.yaml')
export const EVAL_TIME = '2026-11-26T00:00:00Z'
export const EXAMPLES = ['weak', 'better', 'strong', 'all-tested'] as const

const temps: string[] = []

/** A fresh temp dir holding a copy of examples/seed (packages, trust.yaml, keys/). */
export function copySeed(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'update-gate-test-'))
  temps.push(dir)
  cpSync(SEED, dir, { recursive: true })
  return dir
}

export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'update-gate-test-'))
  temps.push(dir)
  return dir
}

export function cleanTemps(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Replaces `from` (must occur) by `to` in a file. */
export function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8')
  const next = text.replace(from, to)
  if (next === text) throw new Error(`edit: ${String(from)} not found in ${file}`)
  writeFileSync(file, next)
}

/** Runs `fn`, expecting a GateError; returns it. */
export async function gateError(fn: () => Promise<unknown>): Promise<{
  code: string
  file: string | undefined
  field: string | undefined
  message: string
  describe(): string
}> {
  try {
    await fn()
  } catch (error) {
    if (error && typeof error === 'object' && 'code' in error && 'describe' in error) {
      return error as never
    }
    throw error
  }
  throw new Error('expected a GateError, nothing was thrown')
}

/**
 * The shared third-party fixtures (read-only; each file's origin and expected result in its
 * README.md): `../shared/fixtures` beside the repository, or one level further up for a worktree.
 */
export const FIXTURES = (() => {
  const candidates = [
    process.env.UPDATE_GATE_FIXTURES,
    path.resolve(REPO, '../shared/fixtures'),
    path.resolve(REPO, '../../shared/fixtures')
  ].filter((c): c is string => typeof c === 'string')
  const found = candidates.find(c => existsSync(path.join(c, 'README.md')))
  if (!found)
    throw new Error(`the shared fixtures are missing (looked in ${candidates.join(', ')})`)
  return found
})()
