/** GitHub Action entry point (dist/index.js). Everything lives in src/action and src/collect. */
import { run } from './action/run.js'

await run()
