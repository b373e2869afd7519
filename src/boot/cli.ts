/** dist/cli.js: starts the CLI bundle (dist/cli-main.cjs, from src/cli.ts) through the code cache. */
import { cliProfile, runCached } from './code-cache.js'

runCached(new URL('./cli-main.cjs', import.meta.url), cliProfile(process.argv.slice(2)))
