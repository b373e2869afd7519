/** A whole run (the CLI's and the Action's entry points) ends with its decision or fails: never 0 in silence. */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { EXIT } from '../src/cli/program.js'
import { SEED_STRONG_CLI_ARGS } from './helpers.js'

const ROOT = path.resolve(import.meta.dirname, '..')

/** Node running `script` as an ES module that imports src/shared/exit.ts as `exit` (type stripping). */
const withExitModule = (script: string) =>
  spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import * as exit from ${JSON.stringify(path.join(ROOT, 'src/shared/exit.ts'))}\n${script}`
    ],
    { encoding: 'utf8' }
  )

describe('failIfDrained', () => {
  test('a process whose event loop empties while its run still waits exits with the code given and one line', () => {
    const child =
      withExitModule(`exit.failIfDrained(7, line => process.stderr.write('gate: ' + line + '\\n'))
await new Promise(() => {})`)
    expect(child.status).toBe(7)
    expect(child.stderr).toBe(
      'gate: internal error: the run ended with work still pending, before any decision\n'
    )
  })

  test('a run that settles exits with its own code: the guard stays silent', () => {
    const child = withExitModule(`exit.failIfDrained(7, line => process.stderr.write(line))
await new Promise(done => setTimeout(done, 10))
process.stdout.write('decided\\n', () => process.exit(0))`)
    expect(child).toMatchObject({ status: 0, stdout: 'decided\n', stderr: '' })
  })
})

describe('the bundled CLI', () => {
  test('a run left waiting on work that never reports back is an internal error, not a pass', () => {
    // Eager wasm compilation runs on V8's background jobs, which do not keep Node's event loop
    // alive: without the guard this run exited 0 with no output.
    const child = spawnSync(
      process.execPath,
      ['--no-wasm-lazy-compilation', ...SEED_STRONG_CLI_ARGS],
      { encoding: 'utf8', env: { ...process.env, UPDATE_GATE_CODE_CACHE: 'off' } }
    )
    if (child.status === EXIT.pass) {
      expect(JSON.parse(child.stdout).result.decision).toBe('conditional')
    } else {
      expect(child.status).toBe(EXIT.internalError)
      expect(child.stdout).toBe('')
      expect(child.stderr).toBe(
        'update-gate: internal error: the run ended with work still pending, before any decision\n'
      )
    }
  })
})
