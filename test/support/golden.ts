/**
 * Golden files: the exact text a renderer produces (the PR comment's Markdown, the terminal
 * text), kept under test/golden/ so that a change in wording is a visible diff in review.
 *
 *   expectGolden('comment-strong.md', markdown)
 *
 * compares with test/golden/comment-strong.md. To accept a change, regenerate and review the
 * diff: `UPDATE_GOLDEN=1 npm test -- test/<file>.test.ts`. A missing golden file is a failure
 * (never silently created) unless UPDATE_GOLDEN=1.
 */
import { expect } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { ROOT } from './action-run.js'

export const GOLDEN_DIR = join(ROOT, 'test', 'golden')

export function expectGolden(name: string, actual: string): void {
  const file = normalize(join(GOLDEN_DIR, name))
  if (!file.startsWith(`${GOLDEN_DIR}/`))
    throw new Error(`golden name escapes test/golden: ${name}`)
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, actual)
    return
  }
  if (!existsSync(file)) {
    throw new Error(
      `golden file test/golden/${name} is missing: run with UPDATE_GOLDEN=1 and review it`
    )
  }
  // toBe on the whole text: jest prints a line diff on failure.
  expect(actual).toBe(readFileSync(file, 'utf8'))
}
