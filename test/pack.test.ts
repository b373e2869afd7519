/**
 * The installable CLI: `npm pack` gives a tarball with no runtime dependencies (dist/ bundles
 * them) that `npm install -g` puts in a fresh prefix, where `update-gate evaluate` runs on the
 * shipped example without this repository.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { VERSION } from '../src/shared/version.js'
import { EVAL_TIME, REPO, tempDir } from './helpers.js'

// npm (a node script) runs on the Node that runs the tests, inside the supported range.
const env = {
  ...process.env,
  PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false'
}

describe('npm pack -> npm install -g -> update-gate', () => {
  it('the version in the code is the package version', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version)
  })

  it('installs from the tarball into a temp prefix and evaluates the shipped example', () => {
    const out = tempDir()
    execFileSync('npm', ['pack', '--pack-destination', out, '--silent'], {
      cwd: REPO,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const tarball = path.join(out, `update-gate-${VERSION}.tgz`)
    const prefix = tempDir()
    const install = execFileSync(
      'npm',
      ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball],
      { cwd: out, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
    )
    expect(install).toContain('added 1 package') // no runtime dependency to fetch
    const installed = path.join(prefix, 'lib/node_modules/update-gate')
    const seed = path.join(installed, 'examples/seed')
    const cwd = tempDir() // not the repository
    const report = execFileSync(
      path.join(prefix, 'bin/update-gate'),
      ['evaluate', path.join(seed, 'strong'), '--trust', path.join(seed, 'trust.yaml'), '--at', EVAL_TIME], // prettier-ignore
      { cwd, env, encoding: 'utf8' }
    )
    expect(report).toMatch(
      /^update-gate: CONDITIONAL: approved for the listed configurations only\n/
    )
    expect(report).toContain('Evidence maturity: level 5')
    const help = execFileSync(path.join(prefix, 'bin/update-gate'), ['package', '--help'], {
      cwd,
      env,
      encoding: 'utf8'
    })
    for (const command of ['init', 'manifest', 'sign', 'check']) expect(help).toContain(command)
    const schema = JSON.parse(
      readFileSync(path.join(installed, 'schemas/records/release-approval.schema.json'), 'utf8')
    )
    expect(schema.title).toBeDefined()
    // The shipped schemas hold together: every $ref to another file (the report's to
    // policy-output.schema.json; test/schemas.test.ts names the few) resolves to a schema shipped
    // beside it, and each compiles in strict mode.
    const shipped = readdirSync(path.join(installed, 'schemas'), {
      recursive: true,
      encoding: 'utf8'
    })
      .filter(f => f.endsWith('.schema.json') && !f.startsWith('third-party'))
      .map(
        f => JSON.parse(readFileSync(path.join(installed, 'schemas', f), 'utf8')) as { $id: string }
      )
    expect(shipped.map(s => s.$id)).toContain(
      'https://update-gate.dev/schemas/definitions.schema.json'
    )
    const ajv = new Ajv2020({ strict: true, strictRequired: false, schemas: shipped })
    addFormats.default(ajv)
    for (const s of shipped) expect(typeof ajv.getSchema(s.$id)).toBe('function')
  })
})
