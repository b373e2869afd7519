#!/usr/bin/env node
// Sigstore bundle vs key-signed DSSE provenance: whole CLI runs (bin/update-gate.js, process start to
// report) on examples/github-attestation, whose provenance is a real GitHub attestation (keyless
// Sigstore bundle: @sigstore/verify loaded lazily, certificate chain, SCT, Rekor inclusion), and
// on the same package with the same in-toto statement in a DSSE envelope signed by a trusted key.
// Interleaved runs, medians; target ratio bundle / DSSE <= 1.1. bench/sigstore-parts.mjs times
// the steps of the bundle's verification on their own.
//   node bench/sigstore.mjs [--runs N]   (after npm run bench has built build/tsc, for test/support)
import { generateKeyPairSync, sign } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { EVAL_TIME, REPO, compiled, fmt, median, timeCommand } from './lib.mjs'

const { trustedKeyYaml } = await compiled('test/support/trusted-key.js')

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : fallback
}
const runs = Number(arg('--runs', '15'))
const cli = path.join(REPO, 'bin/update-gate.js')
const example = path.join(REPO, 'examples/github-attestation')

// The DSSE variant: same package, same statement, signed by a key the trust file lists.
const dir = mkdtempSync(path.join(tmpdir(), 'update-gate-bench-sigstore-'))
cpSync(example, dir, { recursive: true })
const bundle = JSON.parse(
  readFileSync(path.join(example, 'package/MODULE.bazel.intoto.jsonl'), 'utf8').split('\n')[0]
)
const { payload, payloadType } = bundle.dsseEnvelope
const body = Buffer.from(payload, 'base64')
const pae = Buffer.concat([
  Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${body.length} `),
  body
])
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
writeFileSync(
  path.join(dir, 'package/provenance.dsse.json'),
  JSON.stringify({
    payloadType,
    payload,
    signatures: [{ sig: sign('sha256', pae, privateKey).toString('base64') }]
  })
)
writeFileSync(
  path.join(dir, 'keys/provenance.pub'),
  publicKey.export({ type: 'spki', format: 'pem' })
)
const index = path.join(dir, 'package/update-evidence.yaml')
writeFileSync(
  index,
  readFileSync(index, 'utf8')
    .replace('format: sigstore-bundle', 'format: dsse')
    .replace('file: MODULE.bazel.intoto.jsonl', 'file: provenance.dsse.json')
)
const trust = path.join(dir, 'trust.yaml')
writeFileSync(
  trust,
  readFileSync(trust, 'utf8')
    .replace(
      'identities:',
      `${trustedKeyYaml('provenance', 'keys/provenance.pub', ['build-provenance'], {
        products: ['publish-to-bcr'],
        versions: ['0.0.0', '0.99.99'],
        valid: ['2025-01-01T00:00:00Z', '2027-01-01T00:00:00Z']
      })}identities:`
    )
    .replace(
      'builders: []',
      'builders:\n  - id: https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v0.0.1'
    )
)

const args = (pkg, trustFile) => [
  cli,
  'evaluate',
  pkg,
  '--trust',
  trustFile,
  '--at',
  EVAL_TIME,
  '--format',
  'json'
]
const bundleArgs = args(path.join(example, 'package'), path.join(example, 'trust.yaml'))
const dsseArgs = args(path.join(dir, 'package'), trust)

// Both must decide approve, through their own verification path.
for (const [name, a, signer] of [
  [
    'bundle',
    bundleArgs,
    'https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml@refs/tags/v0.0.1'
  ],
  ['dsse', dsseArgs, 'provenance']
]) {
  const report = JSON.parse(timeCommand(process.execPath, a).stdout)
  const sig = report.evidence.signatures.find(s => s.evidence === 'provenance')
  if (report.result.decision !== 'approve' || (sig.subject ?? sig.keyId) !== signer)
    throw new Error(
      `${name}: expected approve signed by ${signer}, got ${report.result.decision} / ${JSON.stringify(sig)}`
    )
}

// CPU time (user + system) of each run, reported by the child itself at exit: on a machine other
// processes share, wall time mostly measures their load; CPU time measures this run's work.
const CPU_HOOK =
  'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\ncpu-us "+(u.user+u.system)+"\\n")})'
function run(a) {
  const start = process.hrtime.bigint()
  const r = spawnSync(process.execPath, ['--import', CPU_HOOK, ...a], { encoding: 'utf8' })
  const wall = Number(process.hrtime.bigint() - start) / 1e6
  const cpu = /cpu-us (\d+)/.exec(r.stderr)
  if (r.status !== 0 || !cpu) throw new Error(`${a.join(' ')} failed: ${r.stderr}`)
  return { wall, cpu: Number(cpu[1]) / 1000 }
}

const b = []
const d = []
for (let i = 0; i < runs; i++) {
  d.push(run(dsseArgs))
  b.push(run(bundleArgs))
}
rmSync(dir, { recursive: true, force: true })
const line = (label, xs, key) =>
  `${label} ${fmt(median(xs.map(x => x[key])), 1)} ms (${fmt(Math.min(...xs.map(x => x[key])), 1)}..${fmt(Math.max(...xs.map(x => x[key])), 1)})`
console.log(`node ${process.version}, ${runs} interleaved runs each, medians (min..max)`)
console.log(line('CLI wall, key-signed DSSE provenance  ', d, 'wall'))
console.log(line('CLI wall, Sigstore bundle provenance  ', b, 'wall'))
console.log(line('CLI CPU,  key-signed DSSE provenance  ', d, 'cpu'))
console.log(line('CLI CPU,  Sigstore bundle provenance  ', b, 'cpu'))
const ratio = key => median(b.map(x => x[key])) / median(d.map(x => x[key]))
console.log(`ratio bundle / DSSE, wall time        ${fmt(ratio('wall'))} (target <= 1.1)`)
console.log(`ratio bundle / DSSE, CPU time         ${fmt(ratio('cpu'))} (target <= 1.1)`)
// What a bundle adds, in ms: the faster the common path gets, the less of it the ratio allows.
const extra = key => median(b.map(x => x[key])) - median(d.map(x => x[key]))
console.log(`bundle's extra, wall time            ${fmt(extra('wall'), 1)} ms`)
console.log(`bundle's extra, CPU time             ${fmt(extra('cpu'), 1)} ms`)
