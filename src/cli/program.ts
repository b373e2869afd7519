/**
 * The update-gate command line. `run` takes arguments and returns the exit code, so tests call
 * it in process; src/cli.ts only wires it to the real process.
 *   0 the gate passed   1 the gate failed under --fail-on   2 usage or input error   3 internal error
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { GateError, isGateError, messageOf, oneLine } from '../shared/errors.js'
import { checkOutput, writeOutput } from '../shared/output-file.js'
import { policyInputOf, runGate } from '../gate.js'
import { MAX_POLICY_TIMEOUT_MS } from '../evaluate/runner.js'
import type { IndexPlaces } from '../shared/index-places.js'
import {
  REPORT_FORMATS,
  renderReportParts,
  renderSignedVsa,
  type ReportFormat
} from '../report/index.js'
import {
  checkServiceUrl,
  PUBLIC_GOOD_FULCIO_URL,
  PUBLIC_GOOD_REKOR_URL
} from '../report/keyless-options.js'
import { readPrivateKey } from '../authoring/package/keys.js'
import { failsGate, FAIL_ON, type FailOn } from '../contracts/fail-on.js'
import { initPackage, signPackage, writeManifest } from '../authoring/package/package.js'
import { checkPackage } from '../authoring/package/check.js'
import { policyFiles } from '../authoring/policy-source.js'
import { trustFilesOf } from '../load/index.js'
import { writeAllSync } from '../shared/stdio.js'
import { VERSION } from '../shared/version.js'
import { failIfDrained } from '../shared/exit.js'
import { inertOutput } from '../shared/ci-commands.js'
import { githubAttestations, parseRepository } from '../collect/attestations.js'
import type { GitHubClient } from '../collect/api.js'
import type { AttestationFetch } from '../contracts/evidence-package.js'

/** The authoring commands (and opa's child_process) load only when a `policy` command runs. */
const policyCommands = () => import('../authoring/policy-commands.js')

export const EXIT = { pass: 0, gateFailed: 1, inputError: 2, internalError: 3 } as const

export interface CliIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

// A runner reads both streams for workflow commands; what the formats have not made inert
// already (messages, listings), inertOutput does.
const processIO: CliIO = {
  stdout: text => writeAllSync(1, inertOutput(text)),
  stderr: text => writeAllSync(2, inertOutput(text))
}

interface EvaluateOptions {
  trust: string
  at?: string
  format: ReportFormat
  output?: string
  failOn: FailOn
  policy?: string
  data: string[]
  approvedReports: string[]
  policyTimeout?: number
  signKey?: string
  signKeyless?: boolean
  fulcioUrl?: string
  rekorUrl?: string
  timestampUrl?: string
  identityToken?: string
  fetchAttestations?: string | true
}

/**
 * `--fetch-attestations [owner/repo]`: the GitHub attestations API with a token from the
 * environment (GITHUB_TOKEN, else GH_TOKEN) at GITHUB_API_URL (default https://api.github.com).
 * Without a value, the repository is the trust configuration's `sigstore.attestationsRepository`.
 * The client (Octokit) is loaded only when the gate asks.
 */
function cliAttestations(value: string | true): AttestationFetch {
  if (value !== true) parseRepository(value, '--fetch-attestations')
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN
  if (!token) {
    throw new GateError(
      'USAGE',
      'needs a GitHub token in GITHUB_TOKEN (or GH_TOKEN) to call the attestations API',
      { field: '--fetch-attestations' }
    )
  }
  let client: Promise<GitHubClient> | undefined
  const getClient = () =>
    (client ??= import('../collect/github.js').then(m => m.createClient({ token })))
  return {
    ...(value === true ? {} : { repository: value }),
    open: repository =>
      githubAttestations(
        getClient,
        repository,
        value === true ? 'sigstore.attestationsRepository' : '--fetch-attestations'
      )
  }
}

/** Keyless signing (src/report/keyless.ts, with @sigstore/sign) loads only when asked for. */
const keylessSigning = () => import('../report/keyless.js')

/** The environment variable cosign also reads the identity token from. */
export const IDENTITY_TOKEN_ENV = 'SIGSTORE_ID_TOKEN'

/** The keyless flags, checked before the evaluation (a usage error whatever the decision). */
function keylessPlan(options: EvaluateOptions) {
  const urls = (['fulcioUrl', 'rekorUrl', 'timestampUrl', 'identityToken'] as const).filter(
    k => options[k] !== undefined
  )
  if (!options.signKeyless) {
    if (urls.length > 0) {
      const flag = `--${urls[0]!.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}`
      throw new GateError('USAGE', 'is for keyless signing; add --sign-keyless', { field: flag })
    }
    return undefined
  }
  if (options.format !== 'vsa')
    throw new GateError(
      'USAGE',
      `signs only the verification summary; add --format vsa (the format is ${options.format})`,
      { field: '--sign-keyless' }
    )
  if (options.signKey !== undefined)
    throw new GateError('USAGE', 'sign with a key or keyless, not both', {
      field: '--sign-keyless'
    })
  const token = options.identityToken ?? process.env[IDENTITY_TOKEN_ENV]
  const tokenField = options.identityToken !== undefined ? '--identity-token' : IDENTITY_TOKEN_ENV
  if (!token)
    throw new GateError(
      'USAGE',
      `needs an OIDC identity token for Fulcio: --identity-token <jwt> or the ${IDENTITY_TOKEN_ENV} environment variable`,
      { field: '--sign-keyless' }
    )
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token.trim()))
    throw new GateError(
      'USAGE',
      'expected an OIDC identity token (a JWT: three base64url parts separated by dots)',
      { field: tokenField }
    )
  return { token: token.trim(), tokenField }
}

/**
 * The CLI as a process (bin/update-gate.js): runs, then exits. Its output is written
 * synchronously (src/shared/stdio.ts), so none is left to flush; `exit` handlers still run. A run
 * that could not even write its error (standard error closed) ends as an internal error.
 */
export function main(argv: readonly string[]): Promise<void> {
  failIfDrained(EXIT.internalError, line => processIO.stderr(`update-gate: ${line}\n`))
  return run(argv).then(
    code => process.exit(code),
    () => process.exit(EXIT.internalError)
  )
}

/**
 * What `evaluate` and `policy input` read, which their --output may not overwrite: the package,
 * the trust configuration and the files it names, the data files and the retained reports.
 */
const gateInputs = (
  packageDir: string,
  options: { trust: string; data: string[]; approvedReports: string[] }
): string[] => [
  packageDir,
  options.trust,
  ...trustFilesOf(options.trust),
  ...options.data,
  ...options.approvedReports
]

/** Where `evaluate --output` writes. */
const REPORT_OUTPUT = { field: '--output', what: 'the report' }

const collect = (value: string, previous: string[]): string[] => [...previous, value]

/**
 * An empty value (`--policy ""`, `policy init ""`) is a usage error naming the option or argument,
 * never read as the option left out (the built-in policy, stdout) or as the current directory.
 * Checked once, for every command, after commander has parsed the command line.
 */
function refuseEmptyValues(command: Command): void {
  const empty = (value: unknown) => value === '' || (Array.isArray(value) && value.includes(''))
  for (const option of command.options) {
    if (empty(command.getOptionValue(option.attributeName())))
      throw new GateError('USAGE', 'is empty; expected a value', {
        field: option.long ?? option.flags
      })
  }
  command.registeredArguments.forEach((argument, i) => {
    if (empty(command.processedArgs[i]))
      throw new GateError('USAGE', 'is empty; expected a value', {
        field: `<${argument.name()}>`
      })
  })
}

/** --policy-timeout: seconds, more than 0 and no more than a timer holds (2147483). */
const MAX_POLICY_TIMEOUT_S = Math.floor(MAX_POLICY_TIMEOUT_MS / 1000)
const policyTimeoutSeconds = (value: string): number => {
  const seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_POLICY_TIMEOUT_S)
    throw new InvalidArgumentError(
      `expected seconds > 0 and at most ${MAX_POLICY_TIMEOUT_S} (what a timer can hold)`
    )
  return seconds
}

/**
 * The command line. `evaluateOnly`: the program with its `evaluate` command alone, for a command
 * line that starts with `evaluate` (every gate run): commander then dispatches to it and never
 * reads the other commands, which are not built (their options and descriptions are start-up
 * work); what such a command line prints and exits with is the same either way (test/cli.test.ts).
 */
export function buildProgram(
  io: CliIO,
  setExit: (code: number) => void,
  evaluateOnly = false
): Command {
  const program = new Command('update-gate')
    .description(
      'Decide whether a firmware or software update may be deployed, from its evidence package.'
    )
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run update-gate --help for usage)')
    .hook('preAction', (_program, command) => refuseEmptyValues(command))

  program
    .command('evaluate')
    .description('verify an evidence package and evaluate the policy; print the decision report')
    .argument('<package-dir>', 'evidence package directory (holds update-evidence.yaml)')
    // Checked in the action, not by commander: commander reports a missing required option
    // before an unknown one, so a mistyped `--turst` would read "--trust not specified".
    .option(
      '--trust <file>',
      'trust configuration (keys, approvers, requirements), owned by whoever runs the gate (required)'
    )
    .option('--at <time>', 'evaluation time, RFC 3339 with a zone (default: now)')
    .addOption(
      new Option(
        '--format <format>',
        'report format (sarif: SARIF 2.1.0, junit: JUnit XML, vsa: in-toto SLSA verification summary v1)'
      )
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
      'policy: a directory of .rego files (compiled with opa from PATH; extends the built-in policy unless it defines update_gate.decision), a bundle.tar.gz from `update-gate policy build`, or a .wasm file; builtin (or built-in): the built-in policy, the default'
    )
    .option(
      '--data <file>',
      'JSON or YAML data file merged into the policy data (repeatable); update_gate.requirements overrides the trust requirements',
      collect,
      []
    )
    .option(
      '--approved-reports <path>',
      'retained JSON reports (a file, or a directory of *.json reports; repeatable): a to-version older than one approved earlier for the same product and cohort (approve or conditional, evaluated at or before --at) is flagged',
      collect,
      []
    )
    .option(
      '--policy-timeout <seconds>',
      `time limit of one evaluation of a custom policy (default 10, at most ${MAX_POLICY_TIMEOUT_S})`,
      policyTimeoutSeconds
    )
    .option(
      '--sign-key <pem>',
      'with --format vsa: sign the verification summary into a DSSE envelope with this PEM private key (ECDSA P-256 or Ed25519, PKCS#8)'
    )
    .option(
      '--sign-keyless',
      'with --format vsa: sign the verification summary keyless through Sigstore (certificate from Fulcio for the OIDC identity token, entry in Rekor) and write a Sigstore bundle v0.3'
    )
    .option(
      '--fulcio-url <url>',
      'with --sign-keyless: the Fulcio instance (default https://fulcio.sigstore.dev)'
    )
    .option(
      '--rekor-url <url>',
      'with --sign-keyless: the Rekor instance (default https://rekor.sigstore.dev)'
    )
    .option(
      '--timestamp-url <url>',
      'with --sign-keyless: also an RFC 3161 timestamp from this timestamp authority (its full endpoint URL, or a bare origin for /api/v1/timestamp; default: none)'
    )
    .option(
      '--identity-token <jwt>',
      'with --sign-keyless: the OIDC identity token for Fulcio (default: the SIGSTORE_ID_TOKEN environment variable, which keeps it out of the process list)'
    )
    .option(
      '--fetch-attestations [owner/repo]',
      'when the package carries no build provenance, fetch the attestations GitHub holds for each manifest artifact (GET /repos/{owner}/{repo}/attestations/sha256:{digest}) and verify them like any Sigstore bundle; the repository is the one given, else sigstore.attestationsRepository of the trust configuration; needs GITHUB_TOKEN or GH_TOKEN'
    )
    .action(async (packageDir: string, options: EvaluateOptions) => {
      if (!options.trust)
        throw new GateError(
          'USAGE',
          'the trust configuration is required: --trust <file> (keys, approvers, requirements; docs/evidence-format.md#trust-configuration)',
          { field: '--trust' }
        )
      if (options.signKey !== undefined && options.format !== 'vsa')
        throw new GateError(
          'USAGE',
          `signs only the verification summary; add --format vsa (the format is ${options.format})`,
          { field: '--sign-key' }
        )
      const keyless = keylessPlan(options)
      const fulcioUrl = options.fulcioUrl ?? PUBLIC_GOOD_FULCIO_URL
      const rekorUrl = options.rekorUrl ?? PUBLIC_GOOD_REKOR_URL
      const fulcio = checkServiceUrl(fulcioUrl, '--fulcio-url')
      const rekor = checkServiceUrl(rekorUrl, '--rekor-url')
      const tsa =
        options.timestampUrl === undefined
          ? null
          : checkServiceUrl(options.timestampUrl, '--timestamp-url')
      // Read before the evaluation: a bad key is an input error whatever the decision.
      const key =
        options.signKey === undefined
          ? undefined
          : await readPrivateKey(options.signKey, '--sign-key')
      if (options.output)
        await checkOutput(options.output, REPORT_OUTPUT, async () => [
          ...gateInputs(packageDir, options),
          ...(options.policy ? await policyFiles(options.policy) : []),
          ...(options.signKey ? [options.signKey] : [])
        ])
      const attestations =
        options.fetchAttestations === undefined
          ? undefined
          : cliAttestations(options.fetchAttestations)
      let report
      // SARIF results' lines, from the index the gate read (not read a second time).
      let places: IndexPlaces | undefined
      try {
        report = await runGate({
          packageDir,
          trustFile: options.trust,
          evaluationTime: options.at,
          policy: options.policy,
          dataFiles: options.data,
          approvedReports: options.approvedReports,
          ...(options.policyTimeout === undefined
            ? {}
            : { policyTimeoutMs: options.policyTimeout * 1000 }),
          ...(attestations ? { attestations } : {}),
          ...(options.format === 'sarif' ? { onIndexPlaces: found => (places = found) } : {})
        })
      } catch (error) {
        // A JSON consumer reading --output still finds a document: the error instead of a report.
        if (options.output && options.format === 'json' && isGateError(error)) {
          const { code, file, field } = error
          const message = [error.message, ...error.details].join('\n')
          // An unwritable --output is its own error; the policy's error is the one to report.
          await writeOutput(
            options.output,
            `${JSON.stringify({ error: { code, message, file: file ?? null, field: field ?? null } }, null, 2)}\n`,
            REPORT_OUTPUT
          ).catch(() => undefined)
        }
        throw error
      }
      // In parts (renderReportParts): a 150 MB JSON report is not copied to append its newline.
      const parts = keyless
        ? [
            await (
              await keylessSigning()
            ).renderKeylessVsa(report, VERSION, {
              fulcioUrl: fulcio,
              rekorUrl: rekor,
              tsaUrl: tsa,
              identityToken: () => Promise.resolve(keyless.token),
              fields: {
                fulcio: '--fulcio-url',
                rekor: '--rekor-url',
                tsa: '--timestamp-url',
                token: keyless.tokenField
              }
            })
          ]
        : key
          ? [renderSignedVsa(report, VERSION, key)]
          : renderReportParts(report, options.format, {
              toolVersion: VERSION,
              ...(places ? { places } : {})
            })
      if (options.output) {
        await writeOutput(options.output, parts, REPORT_OUTPUT)
        io.stderr(`update-gate: ${report.result.decision}; report written to ${options.output}\n`)
      } else {
        for (const part of parts) io.stdout(part)
      }
      setExit(failsGate(report.result.decision, options.failOn) ? EXIT.gateFailed : EXIT.pass)
    })

  if (evaluateOnly) return program

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
      const { initPolicy, teamFromDir } = await policyCommands()
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
      const { buildPolicy } = await policyCommands()
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
      const { testPolicy } = await policyCommands()
      const { passed, output } = await testPolicy(dir, options)
      io.stdout(output.endsWith('\n') || output === '' ? output : `${output}\n`)
      setExit(passed ? EXIT.pass : EXIT.gateFailed)
    })

  interface InputOptions {
    trust: string
    at?: string
    data: string[]
    approvedReports: string[]
    output?: string
  }
  const inputOptions = (command: Command): Command =>
    command
      .argument('<package-dir>', 'evidence package directory (holds update-evidence.yaml)')
      .requiredOption('--trust <file>', 'trust configuration, as for evaluate')
      .option('--at <time>', 'evaluation time, RFC 3339 with a zone (default: now)')
      .option('--data <file>', 'data file, as for evaluate (repeatable)', collect, [])
      .option('--approved-reports <path>', 'retained reports, as for evaluate (repeatable)', collect, []) // prettier-ignore
  const inputFor = (packageDir: string, options: InputOptions) =>
    policyInputOf({
      packageDir,
      trustFile: options.trust,
      evaluationTime: options.at,
      dataFiles: options.data,
      approvedReports: options.approvedReports
    })

  inputOptions(
    policy
      .command('input')
      .description(
        'print the exact input and data document a policy sees for a package, as JSON {input, data}'
      )
  )
    .option('--output <file>', 'write the JSON to this file instead of stdout')
    .action(async (packageDir: string, options: InputOptions) => {
      const output = { field: '--output', what: 'the policy input' }
      if (options.output)
        await checkOutput(options.output, output, () => gateInputs(packageDir, options))
      const doc = await inputFor(packageDir, options)
      const text = `${JSON.stringify(doc, null, 2)}\n`
      if (options.output) {
        await writeOutput(options.output, text, output)
        io.stderr(`update-gate: policy input written to ${options.output}\n`)
      } else io.stdout(text)
    })

  inputOptions(
    policy
      .command('explain')
      .description(
        'show why a rule fired for a package: opa eval --explain on the Rego sources (needs opa)'
      )
  )
    .requiredOption(
      '--rule <id>',
      'rule id of the findings, e.g. rollback_recovery.recovery_test_missing'
    )
    .option('--policy <dir>', 'directory of .rego files (default: the built-in policy)')
    .action(
      async (packageDir: string, options: InputOptions & { rule: string; policy?: string }) => {
        const doc = await inputFor(packageDir, options)
        const { explainRule } = await policyCommands()
        io.stdout(await explainRule(options.policy, doc, options.rule))
      }
    )

  addPackageCommands(program, io, setExit)
  return program
}

function addPackageCommands(program: Command, io: CliIO, setExit: (code: number) => void) {
  const pkg = program
    .command('package')
    .description(
      "build a supplier's evidence package: init, manifest, sign, check (docs/supplier-guide.md)"
    )

  pkg
    .command('init')
    .description(
      'start a package: update-evidence.yaml with every section, each commented, and artifacts/'
    )
    .argument('<dir>', 'package directory to create (existing files are never overwritten)')
    .requiredOption('--product <name>', 'product, e.g. IC-22')
    .requiredOption('--from <version>', 'installed version, MAJOR.MINOR.PATCH')
    .requiredOption('--to <version>', 'version to deploy, MAJOR.MINOR.PATCH')
    .option('--cohort <name>', 'deployment cohort (default: all)')
    .option(
      '--configuration <id=hardware>',
      'a configuration in scope (repeatable), e.g. reference=IC-22-REF-C',
      collect,
      []
    )
    .option('--vulnerability <id>', 'a vulnerability the update fixes (repeatable)', collect, [])
    .action(
      async (
        dir: string,
        o: {
          product: string
          from: string
          to: string
          cohort?: string
          configuration: string[]
          vulnerability: string[]
        }
      ) => {
        const written = await initPackage(dir, {
          product: o.product,
          fromVersion: o.from,
          toVersion: o.to,
          ...(o.cohort ? { cohort: o.cohort } : {}),
          ...(o.configuration.length ? { configurations: o.configuration } : {}),
          vulnerabilities: o.vulnerability
        })
        io.stdout(
          `update-gate: started the package in ${dir}:\n` +
            written.map(f => `  ${f}\n`).join('') +
            `next: put the release files under ${dir}/artifacts/ and run update-gate package manifest ${dir}\n`
        )
      }
    )

  pkg
    .command('manifest')
    .description(
      'write manifest.json (name, size, sha256 of every file under artifacts/; product, version) in the bytes that get signed'
    )
    .argument('<dir>', 'package directory')
    .argument('[artifacts...]', 'files to copy into artifacts/ first')
    .action(async (dir: string, artifacts: string[]) => {
      const result = await writeManifest(dir, artifacts)
      io.stdout(
        `update-gate: wrote ${result.file} (${result.artifacts.length} artifact(s)):\n` +
          result.artifacts.map(a => `  ${a.name}  ${a.size} bytes  sha256:${a.sha256}\n`).join('') +
          `next: update-gate package sign ${dir} --key <private key PEM>\n`
      )
    })

  pkg
    .command('sign')
    .description(
      'sign manifest.json as cosign sign-blob --key does; with --provenance, a DSSE envelope signed over PAE; with --record, the named records'
    )
    .argument('<dir>', 'package directory')
    .requiredOption('--key <pem>', 'PEM private key, ECDSA P-256 or Ed25519 (PKCS#8 or SEC1)')
    .option('--provenance <statement.json>', 'in-toto Statement v1 (SLSA Provenance v1) to sign')
    .option('--public-key <file>', 'also write the public key (PEM) here, for the trust file')
    .option('--key-id <id>', 'DSSE keyid hint (default: the key fingerprint)')
    .option(
      '--record <evidence id...>',
      'sign these records instead of the manifest (as the approver, acceptor, test or deployment system whose key this is): <file>.sig over the exact bytes of the YAML record or supplier affected-versions document, named in the index'
    )
    .action(
      async (
        dir: string,
        o: {
          key: string
          provenance?: string
          publicKey?: string
          keyId?: string
          record?: string[]
        }
      ) => {
        const result = await signPackage(dir, {
          key: o.key,
          ...(o.record ? { records: o.record } : {}),
          ...(o.provenance ? { provenance: o.provenance } : {}),
          ...(o.publicKey ? { publicKeyOut: o.publicKey } : {}),
          ...(o.keyId ? { keyId: o.keyId } : {})
        })
        io.stdout(
          `update-gate: signed with ${result.key.algorithm} key ${result.key.fingerprint}:\n` +
            result.written.map(f => `  ${f}\n`).join('') +
            `next: update-gate package check ${dir} --key ${o.publicKey ?? '<public key PEM>'}\n`
        )
      }
    )

  pkg
    .command('check')
    .description(
      "check schema, references, files, digests and signatures, without a trust file or with the buyer's, and list what to add for each maturity level (from the policy's own findings)"
    )
    .argument('<dir>', 'package directory')
    .option(
      '--key <file>',
      'a signing key to check the signatures with: a public or private PEM, or an OpenPGP public key (repeatable)',
      collect,
      []
    )
    .option(
      '--trust <file>',
      "the buyer's trust file: check with it instead of a neutral trust (its keys check the signatures; not with --key)"
    )
    .option('--at <time>', 'evaluation time, RFC 3339 with a zone (default: now)')
    .action(async (dir: string, o: { key: string[]; trust?: string; at?: string }) => {
      const result = await checkPackage(dir, {
        keys: o.key,
        ...(o.trust !== undefined ? { trust: o.trust } : {}),
        ...(o.at ? { at: o.at } : {})
      })
      io.stdout(result.text)
      setExit(result.ok ? EXIT.pass : EXIT.inputError)
    })
}

/**
 * Node reads the command line as UTF-8, a byte that is not becoming U+FFFD: such a path cannot be
 * opened, and "does not exist" alone would mislead.
 */
const notUtf8Note = (error: GateError, argv: readonly string[]): string =>
  error.code === 'FILE_NOT_FOUND' && argv.some(arg => arg.includes('\uFFFD'))
    ? ' (an argument holds bytes that are not UTF-8, which Node cannot pass on as a path: rename it)'
    : ''

export async function run(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  let exitCode: number = EXIT.pass
  const program = buildProgram(io, code => (exitCode = code), argv[0] === 'evaluate')
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; everything else commander reports is usage.
      return error.exitCode === 0 ? EXIT.pass : EXIT.inputError
    }
    if (isGateError(error)) {
      io.stderr(`update-gate: error: ${error.describe()}${notUtf8Note(error, argv)}\n`)
      return EXIT.inputError
    }
    const message = oneLine(messageOf(error))
    io.stderr(`update-gate: internal error: ${message}\n(set UPDATE_GATE_DEBUG=1 for details)\n`)
    if (process.env.UPDATE_GATE_DEBUG && error instanceof Error && error.stack)
      io.stderr(`${error.stack}\n`)
    return EXIT.internalError
  }
}
