/** docs/action.md's inputs and outputs tables are generated from action.yml and must not drift. */
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { tempDir } from './helpers.js'
import { ROOT } from './support/action-run.js'

const SCRIPT = join(ROOT, 'scripts', 'action-docs.mjs')
const check = (...args: string[]) => {
  try {
    execFileSync(process.execPath, [SCRIPT, '--check', ...args], { cwd: ROOT, stdio: 'pipe' })
    return 0
  } catch (error) {
    return (error as { status: number }).status
  }
}

describe('docs/action.md', () => {
  test('matches action.yml (run `node scripts/action-docs.mjs` after changing action.yml)', () => {
    expect(check()).toBe(0)
  })

  test('the check fails when an input is added to action.yml but not to the docs', () => {
    const dir = tempDir('update-gate-action-docs-')
    const action = readFileSync(join(ROOT, 'action.yml'), 'utf8').replace(
      /^inputs:\n/m,
      'inputs:\n  extra:\n    description: An undocumented input.\n'
    )
    writeFileSync(join(dir, 'action.yml'), action)
    expect(check('--action', join(dir, 'action.yml'))).toBe(1)
  })

  test('the description fits the Marketplace (under 125 characters)', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'))
    expect(typeof action.description).toBe('string')
    expect(action.description.length).toBeLessThan(125)
  })

  test('the release-gate workflow runs once per release (published only); uses: pinned by tag and by commit SHA', () => {
    for (const file of ['docs/action.md', 'README.md']) {
      const doc = readFileSync(join(ROOT, file), 'utf8')
      for (const block of doc.matchAll(/```yaml\n([\s\S]*?)```/g)) {
        const types = block[1]!.match(/release:\s*\n\s*types:\s*\[([^\]]*)\]/)
        if (types) expect({ file, types: types[1]!.trim() }).toEqual({ file, types: 'published' })
      }
      expect(doc).toMatch(/uses: [\w-]+\/update-gate@v1\b/)
      expect(doc).toMatch(/uses: [\w-]+\/update-gate@[0-9a-f]{40} # v1\.\d+\.\d+/)
      expect(doc).not.toContain('<owner>/update-gate')
    }
  })

  test('documents every input and output of action.yml, and runs on node24 from dist/index.js', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'))
    const doc = readFileSync(join(ROOT, 'docs', 'action.md'), 'utf8')
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    const documented = {
      inputs: ['evidence', 'trust', 'policy', 'fail-on', 'comment', 'token', 'at', 'report'],
      outputs: [
        'decision',
        'maturity',
        'approved-configurations',
        'excluded-configurations',
        'report'
      ]
    }
    for (const [kind, names] of Object.entries(documented)) {
      for (const name of names) {
        expect(action[kind][name]?.description).toBeTruthy()
        expect(doc).toContain(`| \`${name}\``)
      }
    }
  })
})
