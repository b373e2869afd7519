/**
 * The end of a whole run (the CLI's and the Action's entry points, never a library call): once
 * everything written to stdout and stderr is out, the process exits with `code` rather than
 * waiting for Node to tear down what the run built (the V8 heap, the compiled policy and its
 * memory), which a process about to end does not need. `exit` handlers still run (the code
 * cache is written there, src/boot/code-cache.ts).
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
