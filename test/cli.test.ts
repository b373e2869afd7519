/** The CLI in process: formats, output file, exit codes, and messages without stack traces. */
import { describe, expect, it } from '@jest/globals'
import {
  existsSync,
  linkSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { CommanderError } from 'commander'
import { buildProgram, EXIT } from '../src/cli/program.js'
import { messageOf } from '../src/shared/errors.js'
import { cli as runCli, evaluateArgs, evaluateIn, expectInputError } from './support/cli.js'
import { copySeed, SEED, SEED_TRUST, tempDir } from './helpers.js'

const cli = (...args: string[]) => runCli(args)

describe('update-gate evaluate', () => {
  it('prints and exits alike whether the commands other than evaluate are built or not', async () => {
    // run() builds evaluate alone for a command line that starts with it (start-up work).
    const outcome = async (argv: string[], evaluateOnly: boolean) => {
      let printed = ''
      let exit = -1
      const io = {
        stdout: (t: string) => void (printed += `stdout: ${t}`),
        stderr: (t: string) => void (printed += `stderr: ${t}`)
      }
      const program = buildProgram(io, code => (exit = code), evaluateOnly)
      try {
        await program.parseAsync(argv, { from: 'user' })
      } catch (error) {
        printed +=
          error instanceof CommanderError
            ? `commander: ${error.code} ${error.exitCode}`
            : `error: ${messageOf(error)}`
      }
      return { printed, exit }
    }
    for (const argv of [
      ['evaluate', '--help'],
      ['evaluate', '-h'],
      ['evaluate'],
      ['evaluate', '--version'],
      ['evaluate', 'pkg', '--turst', 'trust.yaml'],
      ['evaluate', 'pkg', 'more', '--trust', 'trust.yaml'],
      ['evaluate', 'pkg', '--format', 'pdf', '--trust', 'trust.yaml'],
      ['evaluate', 'pkg'],
      evaluateArgs('strong', '--format', 'json'),
      evaluateArgs('weak', '--fail-on', 'never')
    ]) {
      const only = await outcome(argv, true)
      expect(only.printed).not.toBe('')
      expect(only).toEqual(await outcome(argv, false))
    }
  })

  it('prints a text report, decision first, and passes on conditional by default', async () => {
    const { code, stdout, stderr } = await cli(...evaluateArgs('strong'))
    expect(code).toBe(EXIT.pass)
    expect(stdout.split('\n')[0]).toMatch(/^update-gate: CONDITIONAL/)
    expect(stdout).toMatch(/regional\s+excluded\s+EXC-1/)
    expect(stdout).toContain('Was the update approved before signing and deployment?')
    expect(stdout).toContain('Evidence maturity: level 5')
    const condition = stdout.split('\n').find(l => l.includes('EXC-1 (regional):')) ?? ''
    expect(condition).toMatch(/stays on 5\.4\.2/)
    expect(condition.split('2027-01-15').length - 1).toBe(1)
    expect(stderr).toBe('')
  })

  it('fails the gate on conditional under --fail-on conditional', async () => {
    expect((await cli(...evaluateArgs('strong', '--fail-on', 'conditional'))).code).toBe(
      EXIT.gateFailed
    )
  })

  it('exits 1 on reject and 0 under --fail-on never', async () => {
    expect((await cli(...evaluateArgs('weak'))).code).toBe(EXIT.gateFailed)
    expect((await cli(...evaluateArgs('weak', '--fail-on', 'never'))).code).toBe(EXIT.pass)
  })

  it('writes the JSON report to --output, the message to stderr', async () => {
    const out = path.join(tempDir(), 'report.json')
    const { code, stdout, stderr } = await cli(
      ...evaluateArgs('all-tested', '--format', 'json', '--output', out)
    )
    expect(code).toBe(EXIT.pass)
    expect(stdout).toBe('')
    expect(stderr).toContain('approve')
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      apiVersion: string
      result: { decision: string }
    }
    expect(report.apiVersion).toBe('update-gate.dev/report/v1')
    expect(report.result.decision).toBe('approve')
  })

  it('renders Markdown with the per-configuration table', async () => {
    const { stdout } = await cli(...evaluateArgs('strong', '--format', 'markdown'))
    expect(stdout).toContain('| Configuration | Result | Maturity | Why |')
    expect(stdout).toMatch(/\| regional \| ⏸️ excluded \| 3 \| .*excluded under exception EXC-1/)
  })
})

describe('errors', () => {
  it('exits 2 with a usage message for an unknown format', async () => {
    const { code, stderr } = await cli(...evaluateArgs('strong', '--format', 'pdf'))
    expect(code).toBe(EXIT.inputError)
    expect(stderr).toMatch(/pdf/)
  })

  it('exits 2 without --trust', async () => {
    const { code, stderr } = await cli('evaluate', path.join(SEED, 'strong'))
    expect(code).toBe(EXIT.inputError)
    expect(stderr).toMatch(/--trust/)
  })

  it('exits 2 naming the file and field of a schema violation, without a stack trace', async () => {
    const dir = copySeed()
    const index = path.join(dir, 'strong/update-evidence.yaml')
    writeFileSync(index, readFileSync(index, 'utf8').replace(/toVersion: .*/, 'toVersion: five'))
    expectInputError(
      await cli(...evaluateIn(dir, 'strong')),
      /update-evidence\.yaml/,
      /scope\.toVersion/
    )
  })

  it('refuses an empty value of an option or argument, naming it, rather than taking it as left out', async () => {
    const dir = path.join(tempDir(), 'new')
    const init = ['--product', 'P', '--from', '1.0.0', '--to', '1.0.1']
    const cases: [string[], string][] = [
      [evaluateArgs('strong', '--policy', ''), '--policy'], // was: the built-in policy, approved
      [evaluateArgs('strong', '--output', ''), '--output'], // was: the report on stdout
      [evaluateArgs('strong', '--data', ''), '--data'],
      [['policy', 'init', ''], '<dir>'], // was: scaffolded into the current directory
      [['package', 'init', '', ...init], '<dir>'],
      [['package', 'init', dir, ...init.slice(0, 1), '', ...init.slice(2)], '--product'],
      [['policy', 'build', path.join(SEED, 'strong'), '-o', ''], '--output']
    ]
    for (const [args, name] of cases) {
      const out = await cli(...args)
      expectInputError(out)
      expect(out.stderr).toBe(`update-gate: error: ${name}: is empty; expected a value\n`)
    }
    expect(existsSync(dir)).toBe(false)
  })

  it('refuses a --policy-timeout longer than a timer holds (2147483 s)', async () => {
    for (const value of ['2147484', '3000000', '1e308']) {
      const out = await cli(...evaluateArgs('strong', '--policy-timeout', value))
      expectInputError(out, /--policy-timeout/, /at most 2147483/)
    }
    expect((await cli(...evaluateArgs('strong', '--policy-timeout', '2147483'))).code).toBe(
      EXIT.pass
    )
  })

  it('refuses an --output that would overwrite a file the command reads, through links too', async () => {
    const dir = copySeed()
    const pkg = path.join(dir, 'strong')
    const index = path.join(pkg, 'update-evidence.yaml')
    const artifact = path.join(pkg, 'artifacts', readdirSync(path.join(pkg, 'artifacts'))[0]!)
    const data = path.join(dir, 'data.json')
    writeFileSync(data, '{}')
    const reports = tempDir()
    const report = path.join(reports, 'approved.json')
    expect((await cli(...evaluateIn(dir, 'strong', '--format', 'json', '--output', report))).code).toBe(EXIT.pass) // prettier-ignore
    symlinkSync(index, path.join(dir, 'link.yaml'))
    linkSync(index, path.join(dir, 'hard.yaml'))
    const key = path.join(dir, 'keys', 'ic22-release-2026.pub')
    const reads = ['--data', data, '--approved-reports', reports]
    const cases: [output: string, overwritten: string][] = [
      [index, index],
      [path.join(pkg, 'approval.yaml'), path.join(pkg, 'approval.yaml')],
      [artifact, artifact],
      [path.join(dir, 'trust.yaml'), path.join(dir, 'trust.yaml')],
      [key, realpathSync(key)],
      [data, data],
      [report, report],
      [path.join(dir, 'link.yaml'), index],
      [path.join(dir, 'hard.yaml'), index]
    ]
    for (const [output, overwritten] of cases) {
      const before = readFileSync(output)
      const out = await cli(...evaluateIn(dir, 'strong', ...reads, '--format', 'json', '--output', output)) // prettier-ignore
      expectInputError(out)
      expect(out.stderr).toBe(
        `update-gate: error: ${output}: --output: would overwrite ${overwritten}, which this command reads; give another path\n`
      )
      expect(readFileSync(output)).toEqual(before)
    }
    const input = await cli('policy', 'input', pkg, '--trust', path.join(dir, 'trust.yaml'), '--output', index) // prettier-ignore
    expectInputError(input, `${index}: --output: would overwrite ${index}`)
    // An existing file the command does not read is overwritten as before.
    const other = path.join(dir, 'report.json')
    writeFileSync(other, 'old')
    expect((await cli(...evaluateIn(dir, 'strong', '--format', 'json', '--output', other))).code).toBe(EXIT.pass) // prettier-ignore
    expect(readFileSync(other, 'utf8')).toMatch(/^\{/)
  })

  it('refuses a policy build -o that would overwrite a source of the policy', async () => {
    const dir = path.join(tempDir(), 'ops')
    expect((await cli('policy', 'init', dir)).code).toBe(EXIT.pass)
    for (const name of ['ops.rego', 'ops_test.rego']) {
      const source = path.join(dir, name)
      const before = readFileSync(source)
      expectInputError(
        await cli('policy', 'build', dir, '-o', source),
        `${source}: --output: would overwrite ${source}, which this command reads`
      )
      expect(readFileSync(source)).toEqual(before)
    }
  })

  it('exits 2 for an evaluation time without a zone', async () => {
    const { code, stderr } = await cli(
      'evaluate',
      path.join(SEED, 'strong'),
      '--trust',
      SEED_TRUST,
      '--at',
      '2026-11-26T00:00:00'
    )
    expect(code).toBe(EXIT.inputError)
    expect(stderr).toMatch(/zone/)
  })
})
