/**
 * The guard of a whole run (the CLI's and the Action's entry points, never a library call)
 * against ending in silence: when Node's event loop empties while the run still waits on
 * something that will never settle (a promise nothing resolves, work V8 did not keep the loop
 * alive for), Node would exit with code 0 and no output, which a workflow reads as success.
 * `beforeExit` is emitted only then (the entry points end with process.exit, which skips it), so
 * the run fails with `code` and one line saying no decision was made. `write` writes
 * synchronously (src/shared/stdio.ts): the line is out before the process exits.
 */
export function failIfDrained(code: number, write: (line: string) => void): void {
  process.once('beforeExit', () => {
    write('internal error: the run ended with work still pending, before any decision')
    process.exit(code)
  })
}
