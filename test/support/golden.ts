/**
 * Golden files: the exact text a person reads, reviewed as a diff. `expectGolden(name, actual)`
 * compares `actual` with test/golden/<name>; with UPDATE_GOLDEN=1 it (re)writes the file instead
 * (then review `git diff test/golden`). A missing golden file is a failure, never a silent pass.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from '@jest/globals'

export const GOLDEN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../golden')

export function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name)
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, actual)
    return
  }
  if (!existsSync(file))
    throw new Error(
      `golden file ${path.relative(process.cwd(), file)} is missing: run UPDATE_GOLDEN=1 npm test -- ${expect.getState().testPath ?? ''} and review it`
    )
  expect(actual).toBe(readFileSync(file, 'utf8'))
}
