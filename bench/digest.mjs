// Artifact digesting: throughput against `openssl dgst -sha256` on the same file in the same
// run (target: at least 0.8x), and peak memory that does not grow with the artifact size
// (target: under 200 MB for 1 GiB). BENCH_DIGEST_MIB sets the size (default 1024).
import { randomBytes } from 'node:crypto'
import { mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { COMPILED, fmt, median, timeCommand } from './lib.mjs'

const MIB = 1024 * 1024
const sizeMib = Number(process.env.BENCH_DIGEST_MIB ?? 1024)
const runs = Number(process.env.BENCH_RUNS ?? 3)

const dir = mkdtempSync(path.join(tmpdir(), 'update-gate-bench-'))
const file = path.join(dir, 'artifact.bin')
try {
  const block = randomBytes(16 * MIB)
  const fd = openSync(file, 'w')
  for (let written = 0; written < sizeMib * MIB; written += block.length) writeSync(fd, block)
  closeSync(fd)
  timeCommand('cat', [file], { stdio: 'ignore' }) // page cache warm for both contenders

  // Our digest runs in a child process so its peak RSS is its own.
  const child = `
    const { sha256File } = await import(${JSON.stringify(path.join(COMPILED, 'src/verify/digest.js'))})
    const start = process.hrtime.bigint()
    const { sha256 } = await sha256File(${JSON.stringify(file)})
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    console.log(JSON.stringify({ ms, sha256, maxRssKb: process.resourceUsage().maxRSS }))`

  const openssl = []
  const ours = []
  let opensslDigest = ''
  for (let i = 0; i < runs; i++) {
    const o = timeCommand('openssl', ['dgst', '-sha256', '-r', file])
    openssl.push(o.ms)
    opensslDigest = o.stdout.split(' ')[0]
    const { stdout } = timeCommand(process.execPath, ['--input-type=module', '-e', child])
    ours.push(JSON.parse(stdout))
  }
  if (ours.some(r => r.sha256 !== opensslDigest)) throw new Error('digest differs from openssl')

  const opensslMs = median(openssl)
  const oursMs = median(ours.map(r => r.ms))
  const peakMb = Math.max(...ours.map(r => r.maxRssKb)) / 1024
  const mbps = ms => (sizeMib / (ms / 1000)).toFixed(0)
  console.log(`digest: ${sizeMib} MiB, median of ${runs} runs (node ${process.version})`)
  console.log(`  openssl dgst -sha256  ${fmt(opensslMs, 0)} ms  ${mbps(opensslMs)} MiB/s`)
  console.log(`  update-gate sha256    ${fmt(oursMs, 0)} ms  ${mbps(oursMs)} MiB/s`)
  console.log(
    `  throughput ratio (update-gate / openssl): ${fmt(opensslMs / oursMs)}  (target >= 0.80)`
  )
  console.log(`  peak RSS of the digesting process: ${fmt(peakMb, 0)} MB  (target < 200 MB)`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
