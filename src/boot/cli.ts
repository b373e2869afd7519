/**
 * bin/update-gate.js: starts the CLI bundle (dist/cli-main.cjs, from src/cli.ts) through the code
 * cache. Built by rollup into the bin file itself (rollup.config.js), a CommonJS script: a run
 * loads one file before the bundle.
 */
import { cliProfile, runCached } from './code-cache.js'

runCached(new URL('../dist/cli-main.cjs', import.meta.url), cliProfile(process.argv.slice(2)))
