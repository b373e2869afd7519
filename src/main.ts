/** GitHub Action entry point (dist/index.js). Everything lives in src/action and src/collect. */
import { run } from './action/run.js'
import { messageOf } from './shared/errors.js'
import { exitWhenFlushed, failIfDrained } from './shared/exit.js'

failIfDrained(1, line => process.stdout.write(`::error::update-gate: ${line}\n`))
run()
  .catch((error: unknown) => {
    // run() handles its own errors; this is the last guard: one line, no stack, a failed step.
    const message = messageOf(error)
    process.stdout.write(`::error::update-gate: internal error: ${message.split('\n')[0]}\n`)
    process.exitCode = 1
  })
  .then(() => exitWhenFlushed(Number(process.exitCode ?? 0)))
