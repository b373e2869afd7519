/**
 * The end of a whole run that wrote through process.stdout and process.stderr (the Action's,
 * whose @actions/core writes there; never a library call): once everything written is out, the
 * process exits with `code` rather than waiting for Node to tear down what the run built (the V8
 * heap, the compiled policy and its memory), which a process about to end does not need. `exit`
 * handlers still run (the code cache is written there, src/boot/code-cache.ts). The CLI writes
 * synchronously (src/shared/stdio.ts) and exits at once.
 */
export function exitWhenFlushed(code: number): void {
  process.exitCode = code
  let pending = 2
  const flushed = () => {
    if (--pending === 0) process.exit(code)
  }
  // A write's callback runs once it and every write before it are out (pipes are asynchronous
  // on some systems, e.g. macOS).
  process.stdout.write('', flushed)
  process.stderr.write('', flushed)
}

/**
 * The guard of a whole run against ending in silence: when Node's event loop empties while the
 * run still waits on something that will never settle (a promise nothing resolves, work V8 did
 * not keep the loop alive for), Node would exit with code 0 and no output, which a workflow reads
 * as success. `beforeExit` is emitted only then (an explicit process.exit, as exitWhenFlushed
 * makes, skips it), so the run fails with `code` and one line saying no decision was made.
 */
export function failIfDrained(code: number, write: (line: string) => void): void {
  process.once('beforeExit', () => {
    write('internal error: the run ended with work still pending, before any decision')
    exitWhenFlushed(code)
  })
}
