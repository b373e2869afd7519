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

const entry = (input, file) => ({
  input,
  output: { file, format: 'es', sourcemap: false, inlineDynamicImports: true },
  plugins: plugins(),
  onwarn(warning, warn) {
    // Dependencies (undici, @actions/*) use circular imports and `this` at module scope on purpose.
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return
    warn(warning)
  }
})

export default [
  entry('src/main.ts', 'dist/index.js'),
  entry('src/cli.ts', 'dist/cli.js'),
  entry('src/evaluate/policy-worker.ts', 'dist/policy-worker.js')
]
