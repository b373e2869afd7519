/**
 * Where a policy comes from: the built-in one in dist/, a prebuilt OPA wasm bundle
 * (`bundle.tar.gz` from `opa build -t wasm`), a bare `.wasm` module, or a directory of `.rego`
 * files compiled at run time with the `opa` on PATH against this project's capabilities.
 */
import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  realpath,
  rm,
  stat,
  writeFile
} from '../shared/fs-async.js'
import { tmpdir } from 'node:os'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import {
  builtInPolicyDir,
  isBuiltInPolicyName,
  readBuiltInPolicy,
  type PolicyBundle
} from '../evaluate/built-in.js'
import { TEAM_NAME } from '../contracts/policy-output.js'
import { GateError } from '../shared/errors.js'
import { isObject } from '../shared/values.js'
import { MAX_WASM_BYTES, readWasmBundle } from './bundle.js'
import { exists } from './files.js'

/**
 * The .rego files of a directory, sorted. Only these go to opa: a JSON or YAML file beside them
 * (a data file, the copied schemas) would otherwise load as data. A symbolic link is followed,
 * to a file or a directory, wherever it points; each real file and directory is read once (a
 * second link to one adds nothing), and a link to a directory that holds it (a loop) or a `.rego`
 * link to nothing is an error naming the link.
 */
export async function regoFiles(dir: string, options: { tests?: boolean } = {}): Promise<string[]> {
  let root
  try {
    root = await realpath(dir)
    if (!(await stat(root)).isDirectory()) throw new Error('not a directory')
  } catch {
    throw new GateError('FILE_NOT_FOUND', 'not a readable directory of .rego files', { file: dir })
  }
  const files: string[] = []
  const seen = new Set([root])
  const walk = async (at: string, ancestors: string[]): Promise<void> => {
    const entries = (await readdir(at, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0
    )
    for (const entry of entries) {
      const path = join(at, entry.name)
      const isRego =
        entry.name.endsWith('.rego') && (options.tests || !entry.name.endsWith('_test.rego'))
      const info = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : entry
      if (!info) {
        if (!isRego) continue
        throw new GateError(
          'POLICY_BUILD',
          'a symbolic link to nothing (a .rego link whose target does not exist)',
          { file: path }
        )
      }
      if (!info.isDirectory() && !(info.isFile() && isRego)) continue
      const real = await realpath(path)
      if (ancestors.includes(real))
        throw new GateError(
          'POLICY_BUILD',
          `a symbolic link to a directory that holds it (a loop through ${real})`,
          { file: path }
        )
      if (seen.has(real)) continue
      seen.add(real)
      if (info.isDirectory()) await walk(path, [...ancestors, real])
      else files.push(path)
    }
  }
  await walk(dir, [root])
  return files.sort()
}

/**
 * The files a policy source is read from, which an output may not overwrite: a directory's .rego
 * files (its tests too), else the source itself.
 */
export async function policyFiles(source: string): Promise<string[]> {
  const info = await stat(source).catch(() => undefined)
  return info?.isDirectory() ? regoFiles(source, { tests: true }) : [source]
}

/** Policy sources staged together: `<root>/<path relative to dir>` for each file. */
export interface SourceGroup {
  /** The first segment of the staged names: `update-gate` for the built-in sources. */
  root: string
  dir: string
  files: string[]
}

/** The root the built-in sources are staged under; no team directory takes it. */
const BUILT_IN_ROOT = 'update-gate'

/** The built-in policy's non-test sources, shipped in dist/policy/rego/ for extension. */
export async function builtInSources(): Promise<SourceGroup> {
  const dir = join(builtInPolicyDir(), 'rego')
  const files = await regoFiles(dir)
  if (files.length === 0) {
    throw new GateError(
      'POLICY_LOAD',
      'the built-in Rego sources are missing from dist/policy/rego; run npm run build',
      { file: builtInPolicyDir() }
    )
  }
  return { root: BUILT_IN_ROOT, dir, files }
}

/** How a path reads in messages: relative to the working directory. */
const shown = (file: string): string => relative(process.cwd(), file) || file

/** A package path as Rego writes it: `update_gate.custom.ops`, `update_gate.custom["a b"]`. */
const packageName = (path: string[]): string =>
  path
    .map((s, i) =>
      /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? `${i > 0 ? '.' : ''}${s}` : `[${JSON.stringify(s)}]`
    )
    .join('')

/** What an opa error says about getting opa (OpaOptions' purpose and hint). */
export interface OpaAdvice {
  purpose?: string
  hint?: string
}

/**
 * The package path of each file as opa parses it, without `data` (`['update_gate', 'custom',
 * 'ops']`); undefined for a file opa cannot parse, which the compile (build, test, eval) that
 * follows reports as it reports any syntax error, at its file and line.
 */
async function packagePaths(
  files: string[],
  where: string,
  advice: OpaAdvice
): Promise<(string[] | undefined)[]> {
  const { notOpa, runOpa } = await import('./opa.js') // child_process: only for Rego
  return mapBounded(files, OPA_PARSE_CONCURRENCY, async file => {
    const args = ['parse', '--format', 'json', file]
    const { stdout, code } = await runOpa(args, { file: where, accept: [1], ...advice })
    if (code !== 0) return undefined
    let path: unknown
    try {
      path = (JSON.parse(stdout) as { package?: { path?: unknown } }).package?.path
    } catch {
      path = undefined
    }
    if (!Array.isArray(path)) throw new GateError('POLICY_BUILD', notOpa('parse'), { file: where })
    return path.slice(1).map(term => String((term as { value: unknown }).value))
  })
}

/** opa processes parsing at once: a policy of hundreds of files does not start hundreds. */
const OPA_PARSE_CONCURRENCY = 8

/** `map` of an async function over `items`, at most `limit` calls at a time, results in order. */
async function mapBounded<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>
): Promise<R[]> {
  const out: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

/** The built-in controls' package names (`signing`, …): a control of a team's own may not reuse one. */
let builtInControls: Promise<string[]> | undefined
const builtInControlNames = (advice: OpaAdvice): Promise<string[]> =>
  (builtInControls ??= (async () => {
    const { dir } = await builtInSources()
    const { notOpa, runOpa } = await import('./opa.js')
    const { stdout } = await runOpa(['inspect', '--format', 'json', dir], { file: dir, ...advice })
    let namespaces: Record<string, unknown>
    try {
      namespaces = (JSON.parse(stdout) as { namespaces: Record<string, unknown> }).namespaces
    } catch {
      throw new GateError('POLICY_BUILD', notOpa('parse'), { file: dir })
    }
    const prefix = 'data.update_gate.controls.'
    return Object.keys(namespaces)
      .filter(n => n.startsWith(prefix))
      .map(n => n.slice(prefix.length))
      .sort()
  })().catch((error: unknown) => {
    builtInControls = undefined // opa missing now may be on PATH at the next build
    throw error
  }))

/**
 * Whether the files replace the built-in policy (one declares package `update_gate.decision`),
 * and, when they extend it, that each declares a package of the extension namespace: a team
 * package `update_gate.custom.<team>` or a control of its own `update_gate.controls.<name>` that
 * is no built-in control. Any other package (`trust`, `update_gate.requirements`,
 * `update_gate.contract`, ...) would redefine what the built-in decision reads, so it is an error
 * naming the file and the package. Packages are read as opa parses them, whatever the syntax
 * (`update_gate["decision"]` is `update_gate.decision`).
 */
async function checkPackages(files: string[], where: string, advice: OpaAdvice): Promise<boolean> {
  const paths = await packagePaths(files, where, advice)
  if (paths.some(p => p?.length === 2 && p[0] === 'update_gate' && p[1] === 'decision')) return true
  const controls = await builtInControlNames(advice)
  const problems = files.flatMap((file, i) => {
    const path = paths[i]
    if (!path) return []
    const [root, space, name, ...rest] = path
    const allowed =
      root === 'update_gate' &&
      rest.length === 0 &&
      name !== undefined &&
      TEAM_NAME.test(name) &&
      (space === 'custom' || (space === 'controls' && !controls.includes(name)))
    return allowed ? [] : [`${shown(file)}: package ${packageName(path)}`]
  })
  if (problems.length > 0) {
    throw new GateError(
      'POLICY_BUILD',
      `a policy that extends the built-in one may declare only package update_gate.custom.<team> and update_gate.controls.<name> (a control of its own, not a built-in one: ${controls.join(', ')}), <team> and <name> matching ${TEAM_NAME.source.slice(1, -1)} (a file declaring update_gate.decision replaces the built-in policy instead):`,
      { file: where, details: problems }
    )
  }
  return false
}

/**
 * The sources a build (or, with tests, a test run) of these directories compiles: the
 * directories' own files, plus the built-in sources unless one of them defines
 * `update_gate.decision` (a replacement). Each directory is staged under its name, or its name
 * with `-<n>` when another directory (or the built-in sources, `update-gate`) has it.
 */
export async function policySources(
  dirs: string[],
  options: { tests?: boolean; opa?: OpaAdvice } = {}
): Promise<{ files: string[]; groups: SourceGroup[]; replaces: boolean }> {
  const roots = new Set([BUILT_IN_ROOT])
  const own = await Promise.all(
    dirs.map(async dir => {
      const base = basename(dir) || 'policy'
      let root = base
      for (let n = 1; roots.has(root); n++) root = `${base}-${n}`
      roots.add(root)
      return { root, dir, files: await regoFiles(dir, options) }
    })
  )
  const ownFiles = own.flatMap(g => g.files)
  const policy = ownFiles.filter(f => !f.endsWith('_test.rego'))
  // Tests alone (of the built-in policy, say) can be run; a build needs a policy file.
  if (ownFiles.length === 0 || (!options.tests && policy.length === 0)) {
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
  const replaces =
    policy.length > 0 && (await checkPackages(policy, dirs.join(', '), options.opa ?? {}))
  const groups = replaces ? own : [await builtInSources(), ...own]
  return { files: groups.flatMap(g => g.files), groups, replaces }
}

/** The name `file` of `group` is staged under, as opa writes it into a bundle. */
const stagedName = (group: SourceGroup, file: string): string =>
  join(group.root, relative(group.dir, file)).split(sep).join('/')

/**
 * The data path (a top-level key of the bundle's data.json) where a bundle built by
 * `update-gate policy build` records the built-in sources it was compiled with.
 */
const BUILD_STAMP = 'update-gate-build'

/** sha256 of the built-in sources, by staged name and content, as a bundle records them. */
async function builtInSourcesDigest(): Promise<string> {
  const shipped = await builtInSources()
  const hash = createHash('sha256')
  for (const file of [...shipped.files].sort()) {
    hash
      .update(`${stagedName(shipped, file)}\0`)
      .update(await readFile(file))
      .update('\0')
  }
  return `sha256:${hash.digest('hex')}`
}

/**
 * A prebuilt bundle holding the built-in sources (`update-gate policy build` of a policy that
 * extends the built-in one) decides with the built-in policy it was built with. Built by another
 * version of the gate, it would decide without this one's rules (a trust field it does not read
 * passing unseen): refused unless its stamp names this gate's built-in sources. (opa rewrites
 * the sources it writes into a bundle, so they are not compared as files.) A bundle without them
 * (one that replaces the built-in policy) decides by its own rules alone.
 */
async function checkBuiltInSources(
  bundle: string,
  holdsThem: boolean,
  stamp: unknown
): Promise<void> {
  if (!holdsThem) return
  const recorded = isObject(stamp) ? stamp.builtInSources : undefined
  if (recorded === (await builtInSourcesDigest())) return
  throw new GateError(
    'POLICY_LOAD',
    `${recorded === undefined ? 'holds the built-in policy without the record of which (it was not built by `update-gate policy build`, or by a version of it that wrote none)' : 'was built with another version of the built-in policy'}; it would not decide as this gate does: rebuild it with this version's \`update-gate policy build\``,
    { file: bundle, field: `data.json ${BUILD_STAMP}` }
  )
}

/** The bundle's data without the build stamp (which no policy reads). */
function withoutStamp(data: Record<string, unknown>): {
  stamp: unknown
  data: Record<string, unknown>
} {
  const { [BUILD_STAMP]: stamp, ...rest } = data
  return { stamp, data: rest }
}

/**
 * Copies policy sources into `stage` under short relative names, `<root>/<path>` (opa names
 * modules by the path it is given). Never overwrites a staged file. Resolves to the staged
 * names, in order, and staged name -> the user's path.
 */
export async function stageSources(
  groups: SourceGroup[],
  stage: string
): Promise<{ staged: string[]; rename: Map<string, string> }> {
  const rename = new Map<string, string>()
  const staged: string[] = []
  for (const group of groups) {
    const { root, files } = group
    for (const file of files) {
      const name = stagedName(group, file)
      await mkdir(join(stage, dirname(name)), { recursive: true })
      try {
        await copyFile(file, join(stage, name), constants.COPYFILE_EXCL)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
        throw new GateError(
          'POLICY_BUILD',
          `would be staged as ${name}, which another source has`,
          {
            file
          }
        )
      }
      staged.push(name)
      rename.set(name, root === BUILT_IN_ROOT ? file : shown(file))
    }
  }
  return { staged, rename }
}

/**
 * Compiles directories of Rego into a bundle. Extending (the default) compiles them together
 * with the built-in policy sources; a directory that defines `update_gate.decision` replaces them.
 * opa names each module in the bundle by the path it was given, so the sources are staged under
 * relative names (`update-gate/...` for the built-in ones, `<dir name>/...` for the team's): the
 * bundle holds no path of the machine that built it, and opa's messages name the user's files.
 * Resolves to whether the policy replaces the built-in one.
 */
export async function buildRegoDirectory(
  dir: string | string[],
  output: string,
  options: { hint?: string } = {}
): Promise<{ replaces: boolean }> {
  const dirs = (Array.isArray(dir) ? dir : [dir]).map(d => resolve(d))
  const { groups, replaces } = await policySources(dirs, { opa: options })
  const { notOpa, opaBuildArgs, runOpa } = await import('./opa.js') // child_process: only for Rego
  const stage = await mkdtemp(join(tmpdir(), 'update-gate-build-'))
  try {
    const { staged, rename } = await stageSources(groups, stage)
    if (!replaces) {
      // Which built-in sources the bundle holds, for the gate that loads it (checkBuiltInSources):
      // opa puts a data file's document at the root of the bundle's data.json.
      const stamp = `${BUILD_STAMP}.json`
      await writeFile(
        join(stage, stamp),
        `${JSON.stringify({ [BUILD_STAMP]: { builtInSources: await builtInSourcesDigest() } })}\n`
      )
      staged.push(stamp)
    }
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
  return { replaces }
}

/**
 * `opa test` as `update-gate policy test` runs it: the directory's files and tests, the built-in
 * sources when extending, the seed fixtures, and the gate's capabilities.
 */
export async function opaTestArgs(
  dir: string,
  extra: string[] = [],
  capabilities?: string,
  opa: OpaAdvice = {}
): Promise<string[]> {
  const { files } = await policySources([dir], { tests: true, opa })
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
      const { wasm, data } = await readWasmBundle(bundle)
      return { name: source, wasm, data: withoutStamp(data).data }
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
  const bundle = await readWasmBundle(path, { sourcesRoot: BUILT_IN_ROOT })
  const { stamp, data } = withoutStamp(bundle.data)
  await checkBuiltInSources(source, bundle.holdsSources, stamp)
  return { name: source, wasm: bundle.wasm, data }
}
