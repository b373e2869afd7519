// Bundles the Action and the CLI with every dependency inlined, so neither needs node_modules at
// run time, and the worker that evaluates custom policies (dist/policy-worker.mjs, found beside
// them). Each entry point (dist/index.js, the Action's; bin/update-gate.js, the CLI's: src/boot)
// is a small CommonJS script that runs its CommonJS bundle (dist/index-main.cjs,
// dist/cli-main.cjs) through a V8 code cache (src/boot/code-cache.ts): CommonJS, because only a
// script's code cache can be written after it ran. The entry points are CommonJS too (dist/ and
// bin/ each hold a package.json saying so, since action.yml and npm's bin link name `.js` files):
// an ES module entry makes Node set up its ES module loader first, about 3 ms of every run. The
// CLI's entry point is the bin file itself, not a module it requires: loading a second module made
// every CLI run slower (bench/startup.mjs --vs).
import { chmodSync } from 'node:fs'
import path from 'node:path'
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

/** `const a = (...args) => <promises>.a(...args), ...`: each call reads `fs.promises` when made. */
const lazyPromises = (names, promises) =>
  `const ${names.map(n => `${n} = (...args) => ${promises}.${n}(...args)`).join(', ')};`

// Start-up work that dependencies do when loaded and a run rarely needs, deferred to first use
// (each replacement is exact, and the build fails if a dependency's text changed): commander
// loads node:child_process (3 ms in a CPU profile of the seed) for executable subcommands, which
// the CLI has none of; opa-wasm loads its own copy of yaml 1.x (5-14 ms) for the yaml.*
// builtins, which the built-in policy does not call; @actions/core's job summary and @actions/io
// (under @actions/exec) take their calls from `fs.promises` when loaded, which loads Node's
// readline, REPL history and file watcher modules, while the Action calls neither (the bundles'
// own code uses src/shared/fs-async.ts). (packageurl-js is required on first use by
// src/load/vex/packageurl.cjs.)
const DEFERRED = [
  {
    file: /\/node_modules\/commander\/lib\/command\.js$/,
    from: "const childProcess = require('node:child_process');",
    to: "const childProcess = { spawn: (...args) => process.getBuiltinModule('node:child_process').spawn(...args) };"
  },
  {
    file: /\/node_modules\/@open-policy-agent\/opa-wasm\/src\/builtins\/yaml\.js$/,
    from: 'const yaml = require("yaml");',
    to: 'let loaded;\nconst yaml = { parse: (s) => (loaded ??= require("yaml")).parse(s), stringify: (d) => (loaded ??= require("yaml")).stringify(d) };'
  },
  {
    file: /\/node_modules\/@actions\/core\/lib\/summary\.js$/,
    from: 'const { access, appendFile, writeFile } = promises;',
    to: lazyPromises(['access', 'appendFile', 'writeFile'], 'promises')
  },
  {
    file: /\/node_modules\/@actions\/io\/lib\/io-util\.js$/,
    from: 'export const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs.promises;',
    to: `export ${lazyPromises(['chmod', 'copyFile', 'lstat', 'mkdir', 'open', 'readdir', 'rename', 'rm', 'rmdir', 'stat', 'symlink', 'unlink'], 'fs.promises')}`
  }
]

// @actions/core writes workflow commands and log lines with process.stdout.write; it writes them
// with src/shared/stdio.ts instead, as the rest of the bundles do: out when the call returns, so
// the Action exits as soon as it is done, and a run builds none of Node's stdio streams.
const IMPORT_WRITER = `import { writeAllSync } from ${JSON.stringify(path.resolve('src/shared/stdio.ts'))};\n`
const SYNCHRONOUS_OUTPUT = [
  {
    file: /\/node_modules\/@actions\/core\/lib\/command\.js$/,
    from: 'process.stdout.write(cmd.toString() + os.EOL);',
    to: 'writeAllSync(1, cmd.toString() + os.EOL);',
    imports: IMPORT_WRITER
  },
  {
    file: /\/node_modules\/@actions\/core\/lib\/core\.js$/,
    from: 'process.stdout.write(message + os.EOL);',
    to: 'writeAllSync(1, message + os.EOL);',
    imports: IMPORT_WRITER
  },
  {
    file: /\/node_modules\/@actions\/core\/lib\/core\.js$/,
    from: 'process.stdout.write(os.EOL);',
    to: 'writeAllSync(1, os.EOL);'
  }
]

/** The plugin that makes the exact replacements of DEFERRED and SYNCHRONOUS_OUTPUT. */
const dependencyChanges = () => ({
  name: 'dependency-changes',
  transform(code, id) {
    const changes = [...DEFERRED, ...SYNCHRONOUS_OUTPUT].filter(d => d.file.test(id))
    if (changes.length === 0) return null
    let out = code
    for (const change of changes) {
      if (!out.includes(change.from)) this.error(`${id} no longer holds: ${change.from}`)
      out = (change.imports ?? '') + out.replace(change.from, change.to)
    }
    if (out.includes('process.stdout.write(') && SYNCHRONOUS_OUTPUT.some(c => c.file.test(id)))
      this.error(`${id} writes to process.stdout where SYNCHRONOUS_OUTPUT does not change it`)
    return { code: out, map: null }
  }
})

// Modules that CommonJS code requires on first use (a require() inside a function), each kept
// out of the bundle as a chunk of its own, `<entry>-<chunk>.cjs`, and the require left as a
// require of that file, which src/boot/code-cache.ts loads through the code cache: a run that
// never calls it neither reads, hashes nor compiles it. (Inlined, as @rollup/plugin-commonjs
// would, it runs on first use too, but every start reads it and the code cache holds its
// functions' outlines.) `request` matches what the importer requires; its first group, or
// `chunk`, names the chunk.
const LAZY_REQUIRES = [
  // Ajv's standalone validators, in modules by group (scripts/build-validators.mjs): an
  // evaluation uses the `package` group's accept stage, and a group's report stage
  // (validators-<group>-errors.cjs) runs only on a value its accept stage rejected.
  {
    importer: /\/src\/generated\/schema-validators\.cjs$/,
    request: /^\.\/(validators-[a-z-]+)\.cjs$/
  },
  // The `yaml` library (src/shared/yaml-library.cjs), for what js-yaml's fast path does not read.
  { importer: /\/src\/shared\/yaml-library\.cjs$/, request: /^(yaml)$/ },
  // opa-wasm's own yaml 1.x, for the yaml.* builtins (deferred above).
  { importer: /\/opa-wasm\/src\/builtins\/yaml\.js$/, request: /^yaml$/, chunk: 'opa-yaml' },
  // packageurl-js (src/load/vex/packageurl.cjs), for packages that name a purl.
  { importer: /\/src\/load\/vex\/packageurl\.cjs$/, request: /^(packageurl-js)$/ }
]
const REQUIRE_CALL = /\brequire\((["'])([^"']+)\1\)/g

/**
 * The plugin that keeps LAZY_REQUIRES out of the bundle; `ignored` gets the requires it wrote,
 * `chunks` the modules it made chunks of.
 */
const lazyRequires = (prefix, ignored, chunks) => ({
  name: 'lazy-requires',
  async transform(code, id) {
    const rule = LAZY_REQUIRES.find(r => r.importer.test(id))
    if (!rule) return null
    const replacements = new Map()
    for (const [, , request] of code.matchAll(REQUIRE_CALL)) {
      const match = rule.request.exec(request)
      if (!match || replacements.has(request)) continue
      const resolved = await this.resolve(request, id)
      if (!resolved || resolved.external) this.error(`${id}: cannot resolve ${request}`)
      // The module itself, not the proxy @rollup/plugin-commonjs puts before it for an import.
      const module = resolved.id.replace(/^\0/, '').replace(/\?commonjs-es-import$/, '')
      const fileName = `${prefix}-${rule.chunk ?? match[1]}.cjs`
      this.emitFile({ type: 'chunk', id: module, fileName })
      ignored.add(`./${fileName}`)
      chunks.add(module)
      replacements.set(request, `./${fileName}`)
    }
    if (replacements.size === 0) this.error(`${id} no longer requires what LAZY_REQUIRES names`)
    const out = code.replace(REQUIRE_CALL, (call, quote, request) =>
      replacements.has(request) ? `require(${JSON.stringify(replacements.get(request))})` : call
    )
    return { code: out, map: null }
  }
})

const plugins = (lazy, dir) => {
  const ignored = new Set()
  const chunks = new Set()
  return [
    dependencyChanges(),
    ...(lazy ? [lazyRequires(lazy, ignored, chunks)] : []),
    // The plugin wants its output folder inside rollup's (bin/ for the CLI's entry point).
    typescript({ tsconfig: './tsconfig.build.json', outDir: dir }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import', 'default'] }),
    // The generated schema validators are CommonJS (.cjs), like Ajv's runtime they require.
    commonjs({
      extensions: ['.js', '.cjs'],
      ignore: request => ignored.has(request),
      // A lazily required chunk exports what require() of its module gives (module.exports, as
      // Node's require does), not an ES default export worked out by a helper in the bundle:
      // a chunk that required the bundle for it could not be required while the bundle loads.
      defaultIsModuleExports: id => (chunks.has(id) ? true : 'auto')
    }),
    json()
  ]
}

// undici and @actions/http-client only define things at import; @actions/core imports them for an
// OIDC client the gate never calls. Marked side-effect free, they are left out unless used.
const HTTP_STACK = /\/node_modules\/(undici|@actions\/http-client)\//

// External modules (Node's own, and `kerberos` below) are side-effect free too: an import none of
// whose bindings is used is dropped, where it was kept as a bare `require('child_process')` that
// loads the module at start-up (@actions/core imports @actions/exec and @actions/io, whose
// child_process and assert the Action never calls, loaded at start-up for nothing).
// So are rollup's helpers for CommonJS modules (function definitions).
const sideEffects = (id, external) =>
  !external && !HTTP_STACK.test(id) && id !== '\0commonjsHelpers.js'

// Non-ASCII characters as \u escapes (as esbuild writes them): the bundle is then read as a
// one-byte string, without UTF-8 decoding (src/boot/code-cache.ts).
const ascii = () => ({
  name: 'ascii',
  renderChunk: code =>
    code.replace(/[^\t\n\r\x20-\x7e]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
})

// The CommonJS bundles are written wrapped as Node wraps a module's source, so that
// src/boot/code-cache.ts compiles each file as read, without a second copy of megabytes of source
// (and the garbage the first one becomes). They are run through src/boot, never require()d.
const CJS_WRAPPER = {
  banner: '(function (exports, require, module, __filename, __dirname) {',
  footer: '})'
}

// The Sigstore verifier (src/verify/sigstore.ts) and the @sigstore packages it runs, in one chunk:
// a run with a bundle loads one file, not the verifier and a chunk of what it shares with keyless
// signing (@sigstore/sign's chunk requires this one for those).
const SIGSTORE_VERIFIER =
  /\/src\/verify\/sigstore\.ts$|\/node_modules\/@sigstore\/(verify|bundle|core|protobuf-specs)\//
// What the schema validators share (Ajv's runtime helpers, ajv-formats), in one chunk beside
// them, loaded with the first validator a run uses.
const VALIDATOR_RUNTIME = /\/node_modules\/(ajv|ajv-formats|fast-deep-equal)\//
const manualChunks = id =>
  SIGSTORE_VERIFIER.test(id)
    ? 'sigstore'
    : VALIDATOR_RUNTIME.test(id)
      ? 'validator-runtime'
      : undefined

/** The CLI's entry point is run as a program (`./bin/update-gate.js`, npm's bin link). */
const executable = () => ({
  name: 'executable',
  writeBundle(options, bundle) {
    for (const file of Object.keys(bundle)) chmodSync(path.join(options.dir, file), 0o755)
  }
})

/**
 * An entry point's `import.meta.url` in CommonJS: its own file's URL (rollup's default also looks
 * for a browser's document).
 */
const fileUrl = () => ({
  name: 'file-url',
  resolveImportMeta: property =>
    property === 'url' ? "require('node:url').pathToFileURL(__filename).href" : null
})

/**
 * One rollup build. `bundle`: a CommonJS bundle run through the code cache (`<name>-main.cjs`,
 * its lazily required chunks beside it); `entry`: an entry point (src/boot), CommonJS, at `file`;
 * `module`: an ES module (the policy worker, which Node loads itself).
 */
const build = (input, name, kind, { dir = 'dist', file, banner } = {}) => ({
  input,
  // A dynamic import (the Action's GitHub client, the worker runner) becomes its own file beside
  // the entry, so a run that does not need it does not load it.
  output: {
    dir,
    entryFileNames: file ?? (kind === 'bundle' ? `${name}-main.cjs` : `${name}.mjs`),
    ...(banner ? { banner } : {}),
    // dist/ and bin/ make `.js` CommonJS (their package.json): an ES module's chunks are `.mjs`.
    chunkFileNames: `${name}-[name].${kind === 'bundle' ? 'cjs' : kind === 'module' ? 'mjs' : 'js'}`,
    ...(kind === 'bundle'
      ? {
          manualChunks,
          onlyExplicitManualChunks: true,
          // A chunk requires what it uses, not also (for their side effects, which externals
          // have none of: sideEffects below) the Node modules its dependencies use.
          hoistTransitiveImports: false
        }
      : {}),
    format: kind === 'module' ? 'es' : 'cjs',
    dynamicImportInCjs: false,
    sourcemap: false,
    ...(kind === 'bundle' ? CJS_WRAPPER : {})
  },
  treeshake: { moduleSideEffects: sideEffects },
  // make-fetch-happen's proxy agent (under @sigstore/sign, keyless signing) requires `kerberos`
  // only for Negotiate proxy authentication, inside a function: left as a run-time require that
  // fails with its own message then, not bundled.
  external: ['kerberos'],
  plugins: [
    ...plugins(kind === 'bundle' ? name : undefined, dir),
    ...(kind === 'entry' ? [fileUrl()] : []),
    ascii(),
    ...(banner ? [executable()] : [])
  ],
  onwarn(warning, warn) {
    // Dependencies (undici, @actions/*) use circular imports and `this` at module scope on purpose.
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return
    warn(warning)
  }
})

export default [
  build('src/main.ts', 'index', 'bundle'),
  build('src/cli.ts', 'cli', 'bundle'),
  build('src/boot/action.ts', 'index', 'entry', { file: 'index.js' }),
  build('src/boot/cli.ts', 'cli', 'entry', {
    dir: 'bin',
    file: 'update-gate.js',
    banner: '#!/usr/bin/env node'
  }),
  build('src/evaluate/policy-worker.ts', 'policy-worker', 'module')
]
