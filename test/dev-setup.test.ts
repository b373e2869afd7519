/**
 * Development set-up: without Go and without a cached opa, the policy toolchain script stops
 * with one line that says why (the message `npm test`'s global setup shows); the engines range
 * is the one README states.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { REPO, tempDir } from './helpers.js'

const bash = spawnSync('bash', ['-c', 'command -v bash'], { encoding: 'utf8' }).stdout.trim()

describe('policy toolchain without Go', () => {
  it('says once that Go is required to build opa for the policy tests', () => {
    const cache = tempDir()
    // An empty PATH: no go, wherever a machine keeps it (bash itself is called by its path).
    const r = spawnSync(bash, [path.join(REPO, 'scripts/install-policy-tools.sh'), '--opa-only'], {
      encoding: 'utf8',
      env: { PATH: tempDir(), HOME: cache, UPDATE_GATE_TOOLS_CACHE: cache }
    })
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr.match(/Go is required to build opa for the policy tests/g)).toHaveLength(1)
  })
})

describe('Node versions', () => {
  it('package.json engines and README name the same range', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'))
    expect(pkg.engines.node).toBe('^22.22.0 || >=24.15.0')
    expect(readFileSync(path.join(REPO, 'README.md'), 'utf8')).toContain('`^22.22.0 || >=24.15.0`')
  })
})
