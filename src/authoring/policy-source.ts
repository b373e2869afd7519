/**
 * Where a policy comes from: the built-in one in dist/, a prebuilt OPA wasm bundle
 * (`bundle.tar.gz` from `opa build -t wasm`), a bare `.wasm` module, or a directory of `.rego`
 * files compiled at run time with the `opa` on PATH against this project's capabilities.
 */
import { execFile } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { GateError } from '../shared/errors.js'
import { DECISION_ENTRYPOINT } from '../contracts/policy-output.js'
import { builtInPolicyDir, readBuiltInPolicy, type PolicyBundle } from '../evaluate/policy.js'

const MAX_WASM_BYTES = 64 * 1024 * 1024
const MAX_DATA_BYTES = 16 * 1024 * 1024
const OPA_BUILD_TIMEOUT_MS = 120_000

export const OPA_INSTALL_HINT =
  'install opa v1.22.3 (in a workflow: open-policy-agent/setup-opa; elsewhere: go install github.com/open-policy-agent/opa@v1.22.3), ' +
  'or prebuild the policy with `update-gate policy build <dir>` and pass the bundle.tar.gz'

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

export function run(
  command: string,
  args: string[],
  timeout: number
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    // env: this realm's process.env (a test runner may give the module its own copy).
    const options = { timeout, maxBuffer: 16 * 1024 * 1024, env: process.env }
    execFile(command, args, options, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stdout, stderr }))
      else resolvePromise({ stdout, stderr })
    })
  })
}

/** The capabilities file the gate builds and tests against: what this host can run. */
export function capabilitiesFile(): string {
  return join(builtInPolicyDir(), 'capabilities.json')
}

/** The opa build the gate uses: wasm target, the decision entrypoint, the host's capabilities. */
export function opaBuildArgs(output: string, files: string[]): string[] {
  return [
    'build',
    '--target',
    'wasm',
    '--entrypoint',
    DECISION_ENTRYPOINT,
    '--capabilities',
    capabilitiesFile(),
    '--output',
    output,
    ...files
  ]
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

/** Runs opa, turning a missing binary, a timeout or a refusal into a GateError. */
export async function runOpa(
  args: string[],
  what: { file: string; timeoutMs?: number }
): Promise<{ stdout: string; stderr: string }> {
  const timeout = what.timeoutMs ?? OPA_BUILD_TIMEOUT_MS
  try {
    return await run('opa', args, timeout)
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & {
      stdout?: string
      stderr?: string
      killed?: boolean
    }
    if (failure.code === 'ENOENT') {
      throw new GateError(
        'POLICY_BUILD',
        `opa is not on PATH, so the Rego directory cannot be compiled: ${OPA_INSTALL_HINT}`,
        { file: what.file }
      )
    }
    if (failure.killed) {
      throw new GateError(
        'POLICY_BUILD',
        `opa ${args[0]} did not finish within ${timeout / 1000} s`,
        {
          file: what.file
        }
      )
    }
    const detail = [failure.stderr, failure.stdout]
      .filter(Boolean)
      .join('\n')
      .trim()
      .split('\n')
      .slice(0, 40)
      .join('\n')
    const err = new GateError(
      'POLICY_BUILD',
      `opa ${args[0]} refused the policy:\n${detail || failure.message}`,
      { file: what.file }
    )
    throw Object.assign(err, { stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' })
  }
}

/**
 * Compiles directories of Rego into a bundle. Extending (the default) compiles them together
 * with the built-in policy sources; a directory that defines `update_gate.decision` replaces them.
 */
export async function buildRegoDirectory(dir: string | string[], output: string): Promise<void> {
  const dirs = Array.isArray(dir) ? dir : [dir]
  const { files } = await policySources(dirs)
  await runOpa(opaBuildArgs(output, files), { file: dirs.join(', ') })
}

/**
 * `opa test` as `update-gate policy test` runs it: the directory's files and tests, the built-in
 * sources when extending, the seed fixtures, and the gate's capabilities.
 */
export async function opaTestArgs(dir: string, extra: string[] = []): Promise<string[]> {
  const { files } = await policySources([dir], { tests: true })
  const fixtures = join(builtInPolicyDir(), 'testing', 'fixtures_test.rego')
  return ['test', '--capabilities', capabilitiesFile(), ...extra, ...files, fixtures]
}

/** Reads policy.wasm and data.json out of an `opa build -t wasm` bundle. */
export async function readWasmBundle(file: string): Promise<PolicyBundle> {
  const files = new Map<string, Buffer>()
  // Only prebuilt bundles need tar and gzip: loaded here, not at start-up.
  const [{ extract }, { createGunzip }] = await Promise.all([
    import('tar-stream'),
    import('node:zlib')
  ])
  const entries = extract()
  const reading = (async () => {
    for await (const entry of entries) {
      const name = entry.header.name.replace(/^\.?\/+/, '')
      const limit = name === 'policy.wasm' ? MAX_WASM_BYTES : MAX_DATA_BYTES
      if ((name === 'policy.wasm' || name === 'data.json') && entry.header.type === 'file') {
        if ((entry.header.size ?? 0) > limit) {
          throw new GateError('FILE_TOO_LARGE', `${name} is over ${limit} bytes`, { file })
        }
        const chunks: Buffer[] = []
        for await (const chunk of entry) chunks.push(chunk as Buffer)
        files.set(name, Buffer.concat(chunks))
      } else {
        entry.resume()
      }
    }
  })()
  try {
    await Promise.all([pipeline(createReadStream(file), createGunzip(), entries), reading])
  } catch (error) {
    if (error instanceof GateError) throw error
    throw new GateError(
      'POLICY_LOAD',
      `not an OPA bundle (gzipped tar): ${(error as Error).message}`,
      { file }
    )
  }
  const wasm = files.get('policy.wasm')
  if (!wasm) {
    throw new GateError(
      'POLICY_LOAD',
      'the bundle has no policy.wasm: build it with `opa build -t wasm` (or `update-gate policy build`)',
      {
        file
      }
    )
  }
  let data: Record<string, unknown> = {}
  const dataJson = files.get('data.json')
  if (dataJson) {
    try {
      data = JSON.parse(dataJson.toString('utf8')) as Record<string, unknown>
    } catch {
      throw new GateError('PARSE_ERROR', 'data.json in the bundle is not valid JSON', { file })
    }
  }
  return { name: file, wasm, data }
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
