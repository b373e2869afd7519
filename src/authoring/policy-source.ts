/**
 * Where a policy comes from: the built-in one in dist/, a prebuilt OPA wasm bundle
 * (`bundle.tar.gz` from `opa build -t wasm`), a bare `.wasm` module, or a directory of `.rego`
 * files compiled at run time with the `opa` on PATH against this project's capabilities.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { builtInPolicyDir, readBuiltInPolicy, type PolicyBundle } from '../evaluate/built-in.js'
import { GateError } from '../shared/errors.js'
import { MAX_WASM_BYTES, readWasmBundle } from './bundle.js'

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
  if (own.filter(f => !f.endsWith('_test.rego')).length === 0) {
    throw new GateError('POLICY_BUILD', 'the policy directory holds no .rego file', {
      file: dirs.join(', ')
    })
  }
  const replaces = (await Promise.all(dirs.map(replacesBuiltIn))).some(Boolean)
  return { files: replaces ? own : [...(await builtInRegoFiles()), ...own], replaces }
}

/**
 * Compiles directories of Rego into a bundle. Extending (the default) compiles them together
 * with the built-in policy sources; a directory that defines `update_gate.decision` replaces them.
 */
export async function buildRegoDirectory(dir: string | string[], output: string): Promise<void> {
  const dirs = Array.isArray(dir) ? dir : [dir]
  const { files } = await policySources(dirs)
  const { opaBuildArgs, runOpa } = await import('./opa.js') // child_process: only for Rego
  await runOpa(opaBuildArgs(output, files), { file: dirs.join(', ') })
}

/**
 * `opa test` as `update-gate policy test` runs it: the directory's files and tests, the built-in
 * sources when extending, the seed fixtures, and the gate's capabilities.
 */
export async function opaTestArgs(dir: string, extra: string[] = []): Promise<string[]> {
  const { files } = await policySources([dir], { tests: true })
  const { capabilitiesFile } = await import('./opa.js')
  const fixtures = join(builtInPolicyDir(), 'testing', 'fixtures_test.rego')
  return ['test', '--capabilities', capabilitiesFile(), ...extra, ...files, fixtures]
}

/** Resolves the `--policy` / `policy` value to a loadable bundle. */
export async function readPolicy(source: string | undefined): Promise<PolicyBundle> {
  if (source === undefined || source === '' || source === 'built-in') return readBuiltInPolicy()
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
  if (source.endsWith('.wasm')) {
    if (info.size > MAX_WASM_BYTES)
      throw new GateError('FILE_TOO_LARGE', `over ${MAX_WASM_BYTES} bytes`, { file: source })
    return { name: source, wasm: await readFile(path), data: {} }
  }
  return { ...(await readWasmBundle(path)), name: source }
}
