/**
 * Standard output and error of the entry points (the CLI's, and the Action's with @actions/core's
 * writes: rollup.config.js), written with fs.writeSync rather than through process.stdout and
 * process.stderr. A write has reached the file, pipe or terminal when the call returns, on every
 * system (Node's stdout is asynchronous on some pipes, e.g. macOS's), so the process can exit as
 * soon as its last line is written; and a run never builds Node's stdio streams, a cost every
 * start paid before (docs/action.md, Performance).
 */
import { writeSync } from 'node:fs'
import { messageOf } from './errors.js'
import { textSlices } from './text-slices.js'

/** Waits `ms` milliseconds without returning to the event loop. */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/**
 * Writes all of `text` (UTF-8) to the descriptor `fd` before returning, in slices (a long report
 * is not encoded into one buffer of its size). A descriptor left non-blocking by another program
 * (EAGAIN when the pipe is full) is waited on and written again. When its reader has gone (EPIPE:
 * `update-gate … | head`), the rest of the text is dropped: nobody is left to read it, and the
 * exit code still carries the decision. Any other failure (a full disk under a redirect) throws an
 * Error naming the stream and the system's code: the run then ends as an internal error.
 */
export function writeAllSync(fd: number, text: string): void {
  for (const slice of textSlices(text)) {
    const bytes = Buffer.from(slice, 'utf8')
    for (let written = 0; written < bytes.length;) {
      try {
        written += writeSync(fd, bytes, written)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'EPIPE') return
        if (code !== 'EAGAIN')
          throw new Error(`could not write to ${streamName(fd)}: ${code ?? messageOf(error)}`, {
            cause: error
          })
        pause(1)
      }
    }
  }
}

const streamName = (fd: number) =>
  fd === 1 ? 'standard output' : fd === 2 ? 'standard error' : `descriptor ${fd}`
