/** GitHub Action entry point (dist/index.js). Everything lives in src/action and src/collect. */
import { run } from './action/run.js'
import { messageOf } from './shared/errors.js'
import { failIfDrained } from './shared/exit.js'
import { writeAllSync } from './shared/stdio.js'

const errorLine = (text: string) => writeAllSync(1, `::error::update-gate: ${text}\n`)

failIfDrained(1, errorLine)
run()
  .catch((error: unknown) => {
    // run() handles its own errors; this is the last guard: one line, no stack, a failed step.
    errorLine(`internal error: ${messageOf(error).split('\n')[0]}`)
    process.exitCode = 1
  })
  // Everything it wrote is out (src/shared/stdio.ts, @actions/core's writes included:
  // rollup.config.js); `exit` handlers still run (the code cache, src/boot/code-cache.ts).
  .then(
    () => process.exit(Number(process.exitCode ?? 0)),
    () => process.exit(1)
  )
