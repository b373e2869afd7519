/**
 * `update-gate policy init|build|test`: a team's way from an empty folder to a tested custom
 * package, with the exact build and capabilities the gate itself uses.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from '../shared/fs-async.js'
import { tmpdir } from 'node:os'
import { basename, join, relative, resolve } from 'node:path'
import { TEAM_NAME } from '../contracts/policy-output.js'
import { GateError } from '../shared/errors.js'
import { checkOutput, writeOutput } from '../shared/output-file.js'
import { builtInPolicyDir } from '../evaluate/built-in.js'
import { contributionProblems } from '../evaluate/contributions.js'
import { checkTargetDirectory, exists } from './files.js'
import { capabilitiesFile, installOpa, notOpa, runOpa } from './opa.js'
import {
  buildRegoDirectory,
  builtInSources,
  fixtureFiles,
  opaTestArgs,
  policyFiles,
  policySources,
  stageSources
} from './policy-source.js'

const PLACEHOLDER = /__TEAM__/g
const OPA_TEST_TIMEOUT_MS = 300_000

/** The team name `policy init` derives from a directory name: `ot-security` -> `ot_security`. */
export function teamFromDir(dir: string): string {
  const name = basename(resolve(dir))
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^[^a-z]+/, '')
  return name || 'team'
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter(e => e.isFile())
    .map(e => relative(dir, join(e.parentPath, e.name)))
    .sort()
}

/**
 * Copies the scaffold shipped in dist/policy/template (and the input and output schemas) into
 * `dir`, naming the package after the team. Never overwrites a file.
 */
export async function initPolicy(dir: string, team: string): Promise<string[]> {
  if (!TEAM_NAME.test(team)) {
    throw new GateError(
      'USAGE',
      `team name ${JSON.stringify(team)} must match ${TEAM_NAME.source} (it names package update_gate.custom.<team>)`
    )
  }
  const shipped = builtInPolicyDir()
  const copies: { from: string; to: string; substitute: boolean }[] = []
  for (const file of await filesUnder(join(shipped, 'template'))) {
    copies.push({ from: join(shipped, 'template', file), to: file, substitute: true })
  }
  for (const file of await filesUnder(join(shipped, 'schemas'))) {
    copies.push({
      from: join(shipped, 'schemas', file),
      to: join('schemas', file),
      substitute: false
    })
  }
  if (copies.length === 0) {
    throw new GateError('POLICY_LOAD', 'the policy template is missing; run npm run build', {
      file: shipped
    })
  }
  await checkTargetDirectory(dir)
  const clashes = []
  for (const c of copies) if (await exists(join(dir, c.to))) clashes.push(c.to)
  if (clashes.length > 0) {
    throw new GateError(
      'USAGE',
      `would overwrite ${clashes.join(', ')}; choose an empty directory`,
      {
        file: dir
      }
    )
  }
  const rename = (name: string): string => name.replace(/^policy(_test)?\.rego$/, `${team}$1.rego`)
  const written: string[] = []
  for (const c of copies) {
    const to = join(dir, rename(c.to))
    await mkdir(resolve(to, '..'), { recursive: true })
    if (c.substitute)
      await writeFile(to, (await readFile(c.from, 'utf8')).replace(PLACEHOLDER, team))
    else await copyFile(c.from, to)
    written.push(relative(dir, to))
  }
  return written
}

/**
 * `opa build -t wasm` exactly as the gate runs it for `--policy <dir>`, into `output` (-o): a
 * path checked before opa runs, written only once opa has built the bundle.
 */
export async function buildPolicy(dir: string, output: string): Promise<string> {
  const place = { field: '--output', what: 'the bundle' }
  await checkOutput(output, place, () => policyFiles(dir))
  const work = await mkdtemp(join(tmpdir(), 'update-gate-bundle-'))
  try {
    const bundle = join(work, 'bundle.tar.gz')
    const { replaces } = await buildRegoDirectory(resolve(dir), bundle, { hint: installOpa() })
    await writeOutput(output, await readFile(bundle), place)
    return replaces ? 'replaces the built-in policy' : 'extends the built-in policy'
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** The seed fixtures `policy test` gives every package (data.update_gate.test.fixtures_test). */
export const FIXTURES = ['strong', 'all_tested', 'weak', 'better'] as const

/**
 * The capabilities of a test run: the gate's, plus `print` (and `internal.print`, what opa
 * rewrites it to), so a test can show values. Test time only: a build keeps the strict file,
 * which refuses print.
 */
async function withTestCapabilities<T>(use: (file: string) => Promise<T>): Promise<T> {
  const caps = JSON.parse(await readFile(capabilitiesFile(), 'utf8')) as {
    builtins: { name: string }[]
  }
  const print = [
    { name: 'print', decl: { type: 'function', variadic: { type: 'any' } } },
    {
      name: 'internal.print',
      decl: {
        type: 'function',
        args: [{ type: 'array', dynamic: { type: 'set', of: { type: 'any' } } }]
      }
    }
  ]
  const names = new Set(caps.builtins.map(b => b.name))
  caps.builtins = [...caps.builtins, ...print.filter(b => !names.has(b.name))]
  const work = await mkdtemp(join(tmpdir(), 'update-gate-test-'))
  try {
    const file = join(work, 'capabilities.json')
    await writeFile(file, JSON.stringify(caps))
    return await use(file)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/**
 * opa eval's answer: the value of the query's first expression. Anything but JSON is not OPA's
 * answer: another program named opa is first on PATH.
 */
function evalValue(stdout: string, file: string): unknown {
  let parsed: { result?: { expressions: { value: unknown }[] }[] }
  try {
    parsed = JSON.parse(stdout) as typeof parsed
  } catch {
    throw new GateError('POLICY_BUILD', notOpa('eval'), { file })
  }
  return parsed.result?.[0]?.expressions[0]?.value
}

/** What a test run says about getting opa. */
const testAdvice = () => ({ purpose: 'the policy cannot be tested', hint: installOpa() })

/**
 * The contribution contract on the seed fixtures: every entry the package's rules contribute
 * for each fixture, validated as the evaluate stage validates it. One line per problem, with
 * the fixtures it shows on. Empty for a replacement (it has no custom packages to check).
 */
async function contractProblems(dir: string, capabilities: string): Promise<string[]> {
  const { files, replaces } = await policySources([dir], { opa: testAdvice() })
  if (replaces) return []
  const query =
    `{n: v | some n in ${JSON.stringify(FIXTURES)}; v := data.update_gate.contract.contributions` +
    ' with input as data.update_gate.test.fixtures_test[n] with data.trust as data.update_gate.test.fixtures_test.trust}'
  const data = [...files, ...fixtureFiles()].flatMap(f => ['--data', f])
  const { stdout } = await runOpa(
    ['eval', '--format', 'json', '--capabilities', capabilities, ...data, query],
    { file: dir, timeoutMs: OPA_TEST_TIMEOUT_MS, ...testAdvice() }
  )
  const byFixture = (evalValue(stdout, dir) ?? {}) as Record<string, unknown>
  const seen = new Map<string, string[]>()
  for (const fixture of FIXTURES) {
    for (const problem of contributionProblems(byFixture[fixture])) {
      seen.set(problem, [...(seen.get(problem) ?? []), fixture])
    }
  }
  return [...seen].map(([problem, on]) => `${problem} (with fixture ${on.join(', ')})`)
}

async function hasPolicyFile(dir: string): Promise<boolean> {
  try {
    await policySources([dir], { opa: testAdvice() })
    return true
  } catch {
    return false
  }
}

/**
 * `opa test` with the gate's capabilities (plus `print`), the built-in sources (when extending)
 * and the seed fixtures, then the contribution contract on those fixtures. Resolves to opa's
 * output and whether every test passed and every contribution has the contract's shape; a
 * policy opa cannot load (syntax, capabilities) is a GateError.
 */
export async function testPolicy(
  dir: string,
  options: { verbose?: boolean; coverage?: boolean } = {}
): Promise<{ passed: boolean; output: string }> {
  const extra = [
    ...(options.verbose ? ['--verbose'] : []),
    ...(options.coverage ? ['--coverage'] : [])
  ]
  return withTestCapabilities(async capabilities => {
    const args = await opaTestArgs(resolve(dir), extra, capabilities, testAdvice())
    // opa test exits 2 when tests fail (an answer) and 1 when it cannot load the policy (an error).
    const { stdout, stderr, code } = await runOpa(args, {
      file: dir,
      timeoutMs: OPA_TEST_TIMEOUT_MS,
      accept: [2],
      ...testAdvice()
    })
    const problems = (await hasPolicyFile(resolve(dir)))
      ? await contractProblems(resolve(dir), capabilities)
      : []
    const contract =
      problems.length === 0
        ? ''
        : `FAIL: ${problems.length} contribution(s) do not meet the contract (schemas/policy-output.schema.json):\n` +
          problems.map(p => `  - ${p}\n`).join('')
    const opaOutput = stdout + stderr
    const sep = contract && opaOutput && !opaOutput.endsWith('\n') ? '\n' : ''
    return { passed: code === 0 && problems.length === 0, output: opaOutput + sep + contract }
  })
}

const MAX_TRACE_LINES = 400

interface FoundFinding {
  control?: string
  message?: string
  configuration?: string
}

/**
 * `policy explain`: why a rule fired (or not) for one input and data document. Runs
 * `opa eval --explain full` on the Rego sources (the wasm runtime keeps no trace) for the
 * findings with that rule id, and keeps the trace lines located in the files that write the
 * rule id or hold the package of the findings' control. `dir` undefined: the built-in policy.
 */
export async function explainRule(
  dir: string | undefined,
  doc: { input: unknown; data: unknown },
  rule: string
): Promise<string> {
  const dirs = dir ? [resolve(dir)] : []
  const advice = {
    purpose: 'the rule cannot be explained (the wasm runtime keeps no trace)',
    hint: installOpa()
  }
  const groups = dir
    ? (await policySources(dirs, { opa: advice })).groups
    : [await builtInSources()]
  const work = await mkdtemp(join(tmpdir(), 'update-gate-explain-'))
  try {
    // Short relative module names: opa shortens long paths in a trace.
    const { staged, rename } = await stageSources(groups, work)
    const inputFile = join(work, 'input.json')
    const dataFile = join(work, 'data.json')
    await writeFile(inputFile, JSON.stringify(doc.input))
    await writeFile(dataFile, JSON.stringify(doc.data))
    const query = `[f | some f in data.update_gate.decision.findings; f.rule == ${JSON.stringify(rule)}]`
    const base = ['eval', '--capabilities', capabilitiesFile(), '--input', inputFile]
    const data = [dataFile, ...staged].flatMap(f => ['--data', f])
    const why = {
      cwd: work,
      file: dir ?? 'built-in',
      timeoutMs: OPA_TEST_TIMEOUT_MS,
      ...advice
    }
    const found = await runOpa([...base, ...data, '--format', 'json', query], why)
    const findings = (evalValue(found.stdout, why.file) ?? []) as FoundFinding[]
    const sources = await sourcesOf(
      staged.map(name => join(work, name)),
      rule,
      findings.map(f => f.control ?? '')
    )
    const trace = await runOpa(
      [...base, ...data, '--format', 'pretty', '--explain', 'full', query],
      why
    )
    const lines = trace.stdout
      .split('\n')
      .filter(line => sources.some(s => line.startsWith(`${relative(work, s)}:`)))
    const shown = lines.slice(0, MAX_TRACE_LINES)
    const head =
      findings.length === 0
        ? `rule ${rule} did not fire for this input (no finding has that rule id)\n`
        : `rule ${rule} fired ${findings.length} time(s):\n` +
          findings
            .map(
              f =>
                `  - [${f.control ?? '?'}] ${f.configuration ? `${f.configuration}: ` : ''}${f.message ?? ''}\n`
            )
            .join('')
    const where =
      sources.length > 0
        ? sources
            .map(s => relative(work, s))
            .map(s => `${s} (${rename.get(s) ?? s})`)
            .join(', ')
        : 'no source file that writes this rule id or holds its control'
    return (
      `${head}\ntrace (opa eval --explain full) in ${where}:\n` +
      (shown.length > 0 ? `${shown.join('\n')}\n` : '  (no trace line there)\n') +
      (lines.length > shown.length ? `… ${lines.length - shown.length} more line(s)\n` : '')
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** The source files that write a rule id, or hold the package of one of the given controls. */
async function sourcesOf(files: string[], rule: string, controls: string[]): Promise<string[]> {
  const packages = new Set(
    controls
      .filter(Boolean)
      .map(c =>
        c.startsWith('custom.')
          ? `update_gate.custom.${c.slice('custom.'.length)}`
          : `update_gate.controls.${c.replace(/-/g, '_')}`
      )
  )
  const out: string[] = []
  for (const file of files) {
    const text = await readFile(file, 'utf8')
    const pkg = /^package\s+([\w.]+)/m.exec(text)?.[1]
    if (text.includes(JSON.stringify(rule)) || (pkg !== undefined && packages.has(pkg)))
      out.push(file)
  }
  return out
}
