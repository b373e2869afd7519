import { expect } from '@jest/globals'
import path from 'node:path'
import { EXIT, run, type CliIO } from '../../src/cli/program.js'
import { EVAL_TIME, SEED, SEED_TRUST } from '../helpers.js'

/** The CLI run in process, as a user would call it: its exit code and what it printed. */
export async function cli(
  args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIO = { stdout: t => void (stdout += t), stderr: t => void (stderr += t) }
  const code = await run(args, io)
  return { code, stdout, stderr }
}

/**
 * Expects the CLI's answer to bad input: exit 2, nothing on stdout, each of `expected` in what it
 * printed on stderr, and no stack trace.
 */
export function expectInputError(
  out: { code: number; stdout: string; stderr: string },
  ...expected: (string | RegExp)[]
): void {
  expect(out.code).toBe(EXIT.inputError)
  expect(out.stdout).toBe('')
  for (const part of expected) expect(out.stderr).toMatch(part)
  expect(out.stderr).not.toMatch(/\n\s+at /)
}

/** `command` (`evaluate`, `policy input`, ...) on the package `pkg` with `trust` at EVAL_TIME. */
export const packageArgs = (
  command: string[],
  pkg: string,
  trust: string,
  ...more: string[]
): string[] => [...command, pkg, '--trust', trust, '--at', EVAL_TIME, ...more]

/**
 * `command` (`evaluate`, `policy input`, `policy explain`) on a seed example with the seed's
 * trust at the seed's evaluation time.
 */
export const seedArgs = (command: string[], example: string, ...more: string[]): string[] =>
  packageArgs(command, path.join(SEED, example), SEED_TRUST, ...more)

/** `evaluate` of a seed example with the seed's trust at the seed's evaluation time. */
export const evaluateArgs = (example: string, ...more: string[]): string[] =>
  seedArgs(['evaluate'], example, ...more)

/**
 * `evaluate` of `<root>/<pkg>` with `<root>/trust.yaml` at EVAL_TIME: a copy of examples/seed,
 * or an example that holds its package beside its trust file.
 */
export const evaluateIn = (root: string, pkg: string, ...more: string[]): string[] =>
  packageArgs(['evaluate'], path.join(root, pkg), path.join(root, 'trust.yaml'), ...more)
