/**
 * Where a policy comes from: the built-in one in dist/, a prebuilt OPA wasm bundle
 * (`bundle.tar.gz` from `opa build -t wasm`), a bare `.wasm` module, or a directory of `.rego`
 * files compiled at run time with the `opa` on PATH against this project's capabilities.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat } from '../shared/fs-async.js'
import { tmpdir } from 'node:os'
import { basename, dirname, join, relative, resolve } from 'node:path'
import {
  builtInPolicyDir,
  isBuiltInPolicyName,
  readBuiltInPolicy,
  type PolicyBundle
} from '../evaluate/built-in.js'
import { GateError } from '../shared/errors.js'
import { MAX_WASM_BYTES, readWasmBundle } from './bundle.js'
import { exists } from './files.js'

/** The decision package: a directory that declares it replaces the built-in policy. */
const DECISION_PACKAGE = /^\s*package\s+update_gate\.decision\s*(#.*)?$/m

/**
 * The .rego files of a directory, sorted. Only these go to opa: a JSON or YAML file beside them
 * (a data file, the copied schemas) would otherwise load as data.
 */
export async function regoFiles(dir: string, options: { tests?: boolean } = {}): Promise<string[]> {
  let entries
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true })
  } catch {
    throw new GateError('FILE_NOT_FOUND', 'not a readable directory of .rego files', { file: dir })
  }
  return entries
    .filter(e => e.isFile() && e.name.endsWith('.rego'))
    .filter(e => options.tests || !e.name.endsWith('_test.rego'))
    .map(e => join(e.parentPath, e.name))
    .sort()
}

/**
 * The files a policy source is read from, which an output may not overwrite: a directory's .rego
 * files (its tests too), else the source itself.
 */
export async function policyFiles(source: string): Promise<string[]> {
  const info = await stat(source).catch(() => undefined)
  return info?.isDirectory() ? regoFiles(source, { tests: true }) : [source]
}

/** The built-in policy's non-test sources, shipped in dist/policy/rego/ for extension. */
export async function builtInRegoFiles(): Promise<string[]> {
  const files = await regoFiles(join(builtInPolicyDir(), 'rego'))
  if (files.length === 0) {
    throw new GateError(
      'POLICY_LOAD',
      'the built-in Rego sources are missing from dist/policy/rego; run npm run build',
      { file: builtInPolicyDir() }
    )
  }
  return files
}

/** Whether a policy directory is a complete policy (it defines the decision package). */
export async function replacesBuiltIn(dir: string): Promise<boolean> {
  for (const file of await regoFiles(dir)) {
    if (!file.endsWith('_test.rego') && DECISION_PACKAGE.test(await readFile(file, 'utf8')))
      return true
  }
  return false
}

/**
 * The .rego files a build (or, with tests, a test run) of these directories compiles: the
 * directories' own files, plus the built-in sources unless one of them defines
 * `update_gate.decision` (a replacement).
 */
export async function policySources(
  dirs: string[],
  options: { tests?: boolean } = {}
): Promise<{ files: string[]; replaces: boolean }> {
  const own = (await Promise.all(dirs.map(dir => regoFiles(dir, options)))).flat()
  // Tests alone (of the built-in policy, say) can be run; a build needs a policy file.
  if (own.length === 0 || (!options.tests && own.every(f => f.endsWith('_test.rego')))) {
    const tests = options.tests
      ? []
      : (await Promise.all(dirs.map(d => regoFiles(d, { tests: true })))).flat()
    throw new GateError(
      'POLICY_BUILD',
      tests.length > 0
        ? `the policy directory holds only _test.rego files (${tests.length}); a build needs a policy file (package update_gate.custom.<team>)`
        : 'the policy directory holds no .rego file',
      { file: dirs.join(', ') }
    )
  }
  const replaces = (await Promise.all(dirs.map(replacesBuiltIn))).some(Boolean)
  return { files: replaces ? own : [...(await builtInRegoFiles()), ...own], replaces }
}

/**
 * Copies policy sources into `stage` under short relative names: `update-gate/<path>` for the
 * built-in sources, `<dir name>/<path>` for a team's (opa names modules by the path it is given).
 * Resolves to the staged names, in order, and staged name -> the user's path.
 */
export async function stageSources(
  dirs: string[],
  files: string[],
  stage: string
): Promise<{ staged: string[]; rename: Map<string, string> }> {
  const builtIn = join(builtInPolicyDir(), 'rego')
  const rename = new Map<string, string>()
  const staged: string[] = []
  for (const file of files) {
    const owner = dirs.findIndex(d => !relative(d, file).startsWith('..'))
    const name =
      owner >= 0
        ? join(
            `${basename(dirs[owner]!) || 'policy'}${owner > 0 ? `-${owner}` : ''}`,
            relative(dirs[owner]!, file)
          )
        : join('update-gate', relative(builtIn, file))
    await mkdir(join(stage, dirname(name)), { recursive: true })
    await copyFile(file, join(stage, name))
    staged.push(name)
    rename.set(name, owner >= 0 ? relative(process.cwd(), file) || file : file)
  }
  return { staged, rename }
}

/**
 * Compiles directories of Rego into a bundle. Extending (the default) compiles them together
 * with the built-in policy sources; a directory that defines `update_gate.decision` replaces them.
 * opa names each module in the bundle by the path it was given, so the sources are staged under
 * relative names (`update-gate/...` for the built-in ones, `<dir name>/...` for the team's): the
 * bundle holds no path of the machine that built it, and opa's messages name the user's files.
 */
export async function buildRegoDirectory(
  dir: string | string[],
  output: string,
  options: { hint?: string } = {}
): Promise<void> {
  const dirs = (Array.isArray(dir) ? dir : [dir]).map(d => resolve(d))
  const { files, replaces } = await policySources(dirs)
  const { notOpa, opaBuildArgs, runOpa } = await import('./opa.js') // child_process: only for Rego
  const stage = await mkdtemp(join(tmpdir(), 'update-gate-build-'))
  try {
    const { staged, rename } = await stageSources(dirs, files, stage)
    await runOpa(opaBuildArgs(resolve(output), staged, { replaces }), {
      file: dirs.join(', '),
      cwd: stage,
      rename,
      ...(options.hint ? { hint: options.hint } : {})
    })
    if (!(await exists(output)))
      throw new GateError('POLICY_BUILD', notOpa('build'), { file: dirs.join(', ') })
  } finally {
    await rm(stage, { recursive: true, force: true })
  }
}

/**
 * `opa test` as `update-gate policy test` runs it: the directory's files and tests, the built-in
 * sources when extending, the seed fixtures, and the gate's capabilities.
 */
export async function opaTestArgs(
  dir: string,
  extra: string[] = [],
  capabilities?: string
): Promise<string[]> {
  const { files } = await policySources([dir], { tests: true })
  const caps = capabilities ?? (await import('./opa.js')).capabilitiesFile()
  return ['test', '--capabilities', caps, ...extra, ...files, ...fixtureFiles()]
}

/**
 * The seed fixtures as policy input (data.update_gate.test.fixtures_test) and the seed examples
 * they are made of (data.update_gate.test.examples_test, generated from examples/seed by
 * scripts/generate-policy-fixtures.mjs), shipped in dist/.
 */
export const fixtureFiles = (): string[] =>
  ['fixtures_test.rego', 'examples_test.rego'].map(f => join(builtInPolicyDir(), 'testing', f))

/** Resolves the `--policy` / `policy` value to a loadable bundle. */
export async function readPolicy(source: string | undefined): Promise<PolicyBundle> {
  if (source === undefined || source === '' || isBuiltInPolicyName(source))
    return readBuiltInPolicy()
  const path = resolve(source)
  let info
  try {
    info = await stat(path)
  } catch {
    throw new GateError(
      'FILE_NOT_FOUND',
      'policy not found: expected a .rego directory, a bundle.tar.gz or a .wasm file',
      {
        file: source
      }
    )
  }
  if (info.isDirectory()) {
    const work = await mkdtemp(join(tmpdir(), 'update-gate-policy-'))
    try {
      const bundle = join(work, 'bundle.tar.gz')
      await buildRegoDirectory(path, bundle)
      return { ...(await readWasmBundle(bundle)), name: source }
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  }
  if (source.endsWith('.rego'))
    throw new GateError(
      'POLICY_LOAD',
      `is a single Rego file; a Rego policy is given as its directory (${dirname(source)})`,
      { file: source }
    )
  if (source.endsWith('.wasm')) {
    if (info.size > MAX_WASM_BYTES)
      throw new GateError('FILE_TOO_LARGE', `over ${MAX_WASM_BYTES} bytes`, { file: source })
    return { name: source, wasm: await readFile(path), data: {} }
  }
  return { ...(await readWasmBundle(path)), name: source }
}
