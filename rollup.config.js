// Bundles the Action and the CLI with every dependency inlined, so neither needs node_modules at
// run time, and the worker that evaluates custom policies (dist/policy-worker.js, found beside
// them). Each entry point (dist/index.js, dist/cli.js: src/boot) is a small ES module that runs
// its CommonJS bundle (dist/index-main.cjs, dist/cli-main.cjs) through a V8 code cache
// (src/boot/code-cache.ts): CommonJS, because only a script's code cache can be written after
// it ran.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

// Start-up work that dependencies do when loaded and a run rarely needs, deferred to first use
// (each replacement is exact, and the build fails if a dependency's text changed): commander
// loads node:child_process (3 ms in a CPU profile of the seed) for executable subcommands, which
// the CLI has none of; opa-wasm loads its own copy of yaml 1.x (5-14 ms) for the yaml.*
// builtins, which the built-in policy does not call. (packageurl-js is required on first use by
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
  }
]
const deferred = () => ({
  name: 'deferred',
  transform(code, id) {
    const change = DEFERRED.find(d => d.file.test(id))
    if (!change) return null
    if (!code.includes(change.from)) this.error(`${id} no longer holds: ${change.from}`)
    return { code: code.replace(change.from, change.to), map: null }
  }
})

const plugins = () => [
  deferred(),
  typescript({ tsconfig: './tsconfig.build.json' }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import', 'default'] }),
  // The generated schema validators are CommonJS (.cjs), like Ajv's runtime they require.
  commonjs({ extensions: ['.js', '.cjs'] }),
  json()
]

// undici and @actions/http-client only define things at import; @actions/core imports them for an
// OIDC client the gate never calls. Marked side-effect free, they are left out unless used.
const HTTP_STACK = /\/node_modules\/(undici|@actions\/http-client)\//

// External modules (Node's own, and `kerberos` below) are side-effect free too: an import none of
// whose bindings is used is dropped, where it was kept as a bare `require('child_process')` that
// loads the module at start-up (@actions/core imports @actions/exec and @actions/io, whose
// child_process and assert the Action never calls, loaded at start-up for nothing).
const sideEffects = (id, external) => !external && !HTTP_STACK.test(id)

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
const manualChunks = id => (SIGSTORE_VERIFIER.test(id) ? 'sigstore' : undefined)

const entry = (input, name, format = 'es') => ({
  input,
  // A dynamic import (the Action's GitHub client, the worker runner) becomes its own file beside
  // the entry, so a run that does not need it does not load it.
  output: {
    dir: 'dist',
    entryFileNames: format === 'cjs' ? `${name}-main.cjs` : `${name}.js`,
    chunkFileNames: format === 'cjs' ? `${name}-[name].cjs` : `${name}-[name].js`,
    ...(format === 'cjs' ? { manualChunks, onlyExplicitManualChunks: true } : {}),
    format,
    dynamicImportInCjs: false,
    sourcemap: false,
    ...(format === 'cjs' ? CJS_WRAPPER : {})
  },
  treeshake: { moduleSideEffects: sideEffects },
  // make-fetch-happen's proxy agent (under @sigstore/sign, keyless signing) requires `kerberos`
  // only for Negotiate proxy authentication, inside a function: left as a run-time require that
  // fails with its own message then, not bundled.
  external: ['kerberos'],
  plugins: [...plugins(), ascii()],
  onwarn(warning, warn) {
    // Dependencies (undici, @actions/*) use circular imports and `this` at module scope on purpose.
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return
    warn(warning)
  }
})

export default [
  entry('src/main.ts', 'index', 'cjs'),
  entry('src/cli.ts', 'cli', 'cjs'),
  entry('src/boot/action.ts', 'index'),
  entry('src/boot/cli.ts', 'cli'),
  entry('src/evaluate/policy-worker.ts', 'policy-worker')
]
