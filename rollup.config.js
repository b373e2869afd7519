// Bundles the Action (dist/index.js), the CLI (dist/cli.js) and the worker that evaluates custom
// policies (dist/policy-worker.js, found beside them) with every dependency inlined, so none
// needs node_modules at run time.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

const plugins = () => [
  typescript({ tsconfig: './tsconfig.build.json' }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import', 'default'] }),
  // The generated schema validators are CommonJS (.cjs), like Ajv's runtime they require.
  commonjs({ extensions: ['.js', '.cjs'] }),
  json()
]

// undici and @actions/http-client only define things at import; @actions/core imports them for an
// OIDC client the gate never calls. Marked side-effect free, they are left out unless used.
const HTTP_STACK = /\/node_modules\/(undici|@actions\/http-client)\//

const entry = (input, name) => ({
  input,
  // A dynamic import (the Action's GitHub client) becomes its own file beside the entry, so a run
  // that makes no API call does not load it.
  output: {
    dir: 'dist',
    entryFileNames: `${name}.js`,
    chunkFileNames: `${name}-[name].js`,
    format: 'es',
    sourcemap: false
  },
  treeshake: { moduleSideEffects: id => !HTTP_STACK.test(id) },
  plugins: plugins(),
  onwarn(warning, warn) {
    // Dependencies (undici, @actions/*) use circular imports and `this` at module scope on purpose.
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return
    warn(warning)
  }
})

export default [
  entry('src/main.ts', 'index'),
  entry('src/cli.ts', 'cli'),
  entry('src/evaluate/policy-worker.ts', 'policy-worker')
]
