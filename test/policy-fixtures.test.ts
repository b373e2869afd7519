/**
 * The policy test fixtures are the shipped examples: policies/test/examples_test.rego is generated
 * from examples/seed by scripts/generate-policy-fixtures.mjs (through `update-gate policy input`),
 * and this test fails when the committed file is not what the examples give.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, it } from '@jest/globals'
import { REPO } from './helpers.js'

const script = path.join(REPO, 'scripts/generate-policy-fixtures.mjs')

it('policies/test/examples_test.rego is generated from examples/seed and in sync', () => {
  const out = execFileSync(process.execPath, [script, '--check'], {
    cwd: REPO,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })
  expect(out).toContain('policies/test/examples_test.rego matches examples/seed')
})

it('the fixtures read the generated examples, and dist/ ships both files', () => {
  const fixtures = readFileSync(path.join(REPO, 'policies/test/fixtures_test.rego'), 'utf8')
  for (const name of ['strong', 'all_tested', 'weak', 'better', 'trust'])
    expect(fixtures).toMatch(new RegExp(`^${name} := examples\\.${name}$`, 'm'))
  for (const file of ['fixtures_test.rego', 'examples_test.rego'])
    expect(readFileSync(path.join(REPO, 'dist/policy/testing', file), 'utf8')).toBe(
      readFileSync(path.join(REPO, 'policies/test', file), 'utf8')
    )
})
