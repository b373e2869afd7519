/**
 * The update-gate command line. `run` takes arguments and returns the exit code, so tests call
 * it in process; src/cli.ts only wires it to the real process.
 *   0 the gate passed   1 the gate failed under --fail-on   2 usage or input error   3 internal error
 */
import { writeFile } from 'node:fs/promises'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { isGateError, messageOf } from '../shared/errors.js'
import { runGate } from '../gate.js'
import { indexPlaces } from '../shared/index-places.js'
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../report/index.js'
import { failsGate, FAIL_ON, type FailOn } from '../contracts/fail-on.js'
import { buildPolicy, initPolicy, teamFromDir, testPolicy } from '../authoring/policy-commands.js'

const VERSION = process.env.UPDATE_GATE_VERSION ?? '0.1.0'

export const EXIT = { pass: 0, gateFailed: 1, inputError: 2, internalError: 3 } as const

export interface CliIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

const processIO: CliIO = {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text)
}

interface EvaluateOptions {
  trust: string
  at?: string
  format: ReportFormat
  output?: string
  failOn: FailOn
  policy?: string
  data: string[]
  policyTimeout?: number
}

const collect = (value: string, previous: string[]): string[] => [...previous, value]

const positiveSeconds = (value: string): number => {
  const seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new InvalidArgumentError('expected seconds > 0')
  return seconds
}

function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('update-gate')
    .description(
      'Decide whether a firmware or software update may be deployed, from its evidence package.'
    )
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run update-gate --help for usage)')

  program
    .command('evaluate')
    .description('verify an evidence package and evaluate the policy; print the decision report')
    .argument('<package-dir>', 'evidence package directory (holds update-evidence.yaml)')
    .requiredOption(
      '--trust <file>',
      'trust configuration (keys, approvers, requirements), owned by whoever runs the gate'
    )
    .option('--at <time>', 'evaluation time, RFC 3339 with a zone (default: now)')
    .addOption(
      new Option('--format <format>', 'report format (sarif: SARIF 2.1.0, junit: JUnit XML)')
        .choices([...REPORT_FORMATS])
        .default('text')
    )
    .option('--output <file>', 'write the report to this file instead of stdout')
    .addOption(
      new Option('--fail-on <decision>', 'exit 1 when the decision is this or worse')
        .choices([...FAIL_ON])
        .default('reject')
    )
    .option(
      '--policy <source>',
      'policy: a directory of .rego files (compiled with opa from PATH; extends the built-in policy unless it defines update_gate.decision), a bundle.tar.gz from `update-gate policy build`, or a .wasm file (default: built-in)'
    )
    .option(
      '--data <file>',
      'JSON or YAML data file merged into the policy data (repeatable); update_gate.requirements overrides the trust requirements',
      collect,
      []
    )
    .option(
      '--policy-timeout <seconds>',
      'time limit of one evaluation of a custom policy (default 10)',
      positiveSeconds
    )
    .action(async (packageDir: string, options: EvaluateOptions) => {
      const report = await runGate({
        packageDir,
        trustFile: options.trust,
        evaluationTime: options.at,
        policy: options.policy,
        dataFiles: options.data,
        ...(options.policyTimeout === undefined
          ? {}
          : { policyTimeoutMs: options.policyTimeout * 1000 })
      })
      const rendered = renderReport(report, options.format, {
        toolVersion: VERSION,
        ...(options.format === 'sarif' ? { places: await indexPlaces(packageDir) } : {})
      })
      if (options.output) {
        await writeFile(options.output, rendered)
        io.stderr(`update-gate: ${report.result.decision}; report written to ${options.output}\n`)
      } else {
        io.stdout(rendered)
      }
      setExit(failsGate(report.result.decision, options.failOn) ? EXIT.gateFailed : EXIT.pass)
    })

  const policy = program
    .command('policy')
    .description('write, build and test a custom Rego policy (docs/policy-authoring.md)')

  policy
    .command('init')
    .description(
      'scaffold a custom package update_gate.custom.<team> with a test and the contract schemas'
    )
    .argument('<dir>', 'directory to create (files are never overwritten)')
    .option('--team <name>', 'team name, [a-z][a-z0-9_]* (default: from the directory name)')
    .action(async (dir: string, options: { team?: string }) => {
      const team = options.team ?? teamFromDir(dir)
      const written = await initPolicy(dir, team)
      io.stdout(
        `update-gate: scaffolded package update_gate.custom.${team} in ${dir}:\n` +
          written.map(f => `  ${f}\n`).join('') +
          `next: update-gate policy test ${dir}\n`
      )
    })

  policy
    .command('build')
    .description(
      'compile a policy directory exactly as the gate does (opa build -t wasm, capabilities)'
    )
    .argument('<dir>', 'directory of .rego files')
    .option('-o, --output <file>', 'bundle to write', 'bundle.tar.gz')
    .action(async (dir: string, options: { output: string }) => {
      const mode = await buildPolicy(dir, options.output)
      io.stdout(`update-gate: wrote ${options.output} (${mode})\n`)
    })

  policy
    .command('test')
    .description(
      'run opa test with the gate capabilities, the built-in policy sources and the seed fixtures'
    )
    .argument('<dir>', 'directory of .rego files and their _test.rego')
    .option('-v, --verbose', 'list every test')
    .option('--coverage', 'report coverage (JSON)')
    .action(async (dir: string, options: { verbose?: boolean; coverage?: boolean }) => {
      const { passed, output } = await testPolicy(dir, options)
      io.stdout(output.endsWith('\n') || output === '' ? output : `${output}\n`)
      setExit(passed ? EXIT.pass : EXIT.gateFailed)
    })

  return program
}

export async function run(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  let exitCode: number = EXIT.pass
  const program = buildProgram(io, code => (exitCode = code))
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; everything else commander reports is usage.
      return error.exitCode === 0 ? EXIT.pass : EXIT.inputError
    }
    if (isGateError(error)) {
      io.stderr(`update-gate: error: ${error.describe()}\n`)
      return EXIT.inputError
    }
    const message = messageOf(error)
    io.stderr(`update-gate: internal error: ${message}\n(set UPDATE_GATE_DEBUG=1 for details)\n`)
    if (process.env.UPDATE_GATE_DEBUG && error instanceof Error && error.stack)
      io.stderr(`${error.stack}\n`)
    return EXIT.internalError
  }
}
