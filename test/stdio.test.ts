/**
 * writeAllSync (src/shared/stdio.ts), the CLI's standard output and error: every byte out before
 * it returns, a full non-blocking pipe waited on, a reader gone early not an error, any other
 * failure an error naming the stream. The pipes are real (FIFOs, `cat`, a shell pipeline).
 */
import { describe, expect, test } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, constants, openSync, readFileSync, writeSync } from 'node:fs'
import path from 'node:path'
import { writeAllSync } from '../src/shared/stdio.js'
import { SLICE_CHARS } from '../src/shared/text-slices.js'
import { SEED_STRONG_CLI_ARGS, tempDir } from './helpers.js'

/** A FIFO in a fresh directory. */
function fifo(): string {
  const file = path.join(tempDir(), 'pipe')
  expect(spawnSync('mkfifo', [file]).status).toBe(0)
  return file
}

/** Over two slices, with a surrogate pair across the first slice's end. */
const LONG = 'a'.repeat(SLICE_CHARS - 1) + '😀' + 'é'.repeat(300_000) + 'end\n'

describe('writeAllSync', () => {
  test('writes all of a long text to a file, byte for byte in UTF-8', () => {
    const file = path.join(tempDir(), 'out.txt')
    const fd = openSync(file, 'w')
    try {
      writeAllSync(fd, LONG)
      writeAllSync(fd, '')
    } finally {
      closeSync(fd)
    }
    expect(readFileSync(file).equals(Buffer.from(LONG, 'utf8'))).toBe(true)
  })

  test('waits on a non-blocking pipe that is full (EAGAIN) until its reader has taken everything', async () => {
    const file = fifo()
    // Our own read end lets the write end open; nothing reads from it.
    const idle = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK)
    const fd = openSync(file, constants.O_WRONLY | constants.O_NONBLOCK)
    const out = path.join(tempDir(), 'read.txt')
    let reader: ReturnType<typeof spawn> | undefined
    let taken: number
    try {
      // With no reader draining it, the pipe takes a little and then refuses (EAGAIN).
      taken = writeSync(fd, Buffer.alloc(4 << 20))
      expect(taken).toBeLessThan(4 << 20)
      expect(() => writeSync(fd, Buffer.alloc(1 << 20))).toThrow(/EAGAIN/)
      reader = spawn('sh', ['-c', 'exec cat "$0" > "$1"', file, out])
      writeAllSync(fd, LONG)
    } finally {
      // The reader ends once the write end is closed, whatever happened above.
      closeSync(fd)
      closeSync(idle)
    }
    const status = await new Promise<number | null>(resolve => reader!.on('close', resolve))
    expect(status).toBe(0)
    const expected = Buffer.concat([Buffer.alloc(taken), Buffer.from(LONG, 'utf8')])
    expect(readFileSync(out).equals(expected)).toBe(true)
  })

  test('drops the rest when the reader has gone (EPIPE), without an error', () => {
    const file = fifo()
    const readEnd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK)
    const fd = openSync(file, constants.O_WRONLY | constants.O_NONBLOCK)
    closeSync(readEnd)
    try {
      expect(() => writeAllSync(fd, LONG)).not.toThrow()
      expect(() => writeAllSync(fd, 'more\n')).not.toThrow()
    } finally {
      closeSync(fd)
    }
  })

  test('any other failure is an error naming the stream and the code', () => {
    const file = path.join(tempDir(), 'read-only.txt')
    closeSync(openSync(file, 'w'))
    const fd = openSync(file, 'r')
    try {
      expect(() => writeAllSync(fd, 'x')).toThrow(`could not write to descriptor ${fd}: EBADF`)
    } finally {
      closeSync(fd)
    }
  })
})

describe('the CLI writing to a pipe whose reader has gone', () => {
  test('still exits with its decision and writes no error', () => {
    const cli = [process.execPath, ...SEED_STRONG_CLI_ARGS].map(arg => `'${arg}'`).join(' ')
    // `true` leaves at once: the report meets a pipe with no reader.
    const err = path.join(tempDir(), 'stderr.txt')
    const child = spawnSync('bash', ['-c', `${cli} 2>"$0" | true; echo "\${PIPESTATUS[0]}"`, err], {
      encoding: 'utf8'
    })
    expect(child.stdout.trim()).toBe('0')
    expect(readFileSync(err, 'utf8')).toBe('')
  })
})
