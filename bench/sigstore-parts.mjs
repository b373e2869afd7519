#!/usr/bin/env node
// Where a Sigstore bundle's extra time goes: each step of verifying the bundle of
// examples/github-attestation (keyless: certificate chain, SCT, Rekor entry, DSSE signature)
// timed on its own in fresh processes, as bench/sigstore.mjs's whole runs cannot show. Each
// process takes the steps in order three times: the first time (cold: the modules compile their
// functions, as the CLI does without its code cache) and the third (warm: the libraries' own
// work). Also timed: X509Certificate.equals and clone on the bundle's leaf certificate (each
// re-encodes the whole certificate to DER, which @sigstore/verify does several times per chain),
// and the start of a worker thread (what running the verification beside the main thread would
// cost before it could start). Wall time of each step (a single thread's CPU time is counted in
// scheduler ticks, too coarse for steps of a few ms): the minimum over the processes (what the
// step costs when the machine lets it run) and the median; the worker's own CPU time by then.
//   node bench/sigstore-parts.mjs [--runs N]   (after npm run bench has built build/tsc)
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { COMPILED, REPO, fmt, median } from './lib.mjs'

const STEPS = [
  ['load', 'load the verifier (sigstore.ts, @sigstore/*: build/tsc)'],
  ['parse', 'parse the bundle (@sigstore/bundle)'],
  ['entity', 'signed entity (leaf certificate parsed)'],
  ['root', 'trusted root parsed (TrustedRoot.fromJSON)'],
  ['material', "trust material of the bundle's parts"],
  ['verify', 'Verifier.verify (chain, SCT, Rekor, signature)'],
  ['whole', 'verifyBundle (after the steps above; with facts)'],
  ['equals', 'X509Certificate.equals(leaf, copy of leaf)'],
  ['clone', 'leaf X509Certificate.clone()'],
  ['worker', 'worker thread: new Worker to its first message (wall)'],
  ['workerCpu', "worker thread: that thread's own CPU time by then"]
]

const ms = start => Number(process.hrtime.bigint() - start) / 1e6

async function child() {
  const t = {}
  const time = async (key, fn) => {
    const start = process.hrtime.bigint()
    const value = await fn()
    ;(t[key] ??= []).push(ms(start))
    return value
  }
  const modules = await time('load', async () => {
    const [sigstore, rootFile, verify, specs, core] = await Promise.all([
      import(path.join(COMPILED, 'src/verify/sigstore.js')),
      import(path.join(COMPILED, 'src/load/sigstore-root.js')),
      import('@sigstore/verify'),
      import('@sigstore/protobuf-specs'),
      import('@sigstore/core')
    ])
    return { sigstore, rootFile, verify, specs, core }
  })
  const { sigstore, rootFile, verify, specs, core } = modules
  const example = path.join(REPO, 'examples/github-attestation/package/MODULE.bazel.intoto.jsonl')
  const line = readFileSync(example, 'utf8').split('\n')[0]
  const where = { file: 'MODULE.bazel.intoto.jsonl', field: '', source: 'bench', origin: 'package' }
  const builtIn = rootFile.loadPublicGoodRoot()
  for (let round = 0; round < 3; round++) {
    const bundle = await time('parse', () => sigstore.parseBundle(JSON.parse(line), where))
    const entity = await time('entity', () => verify.toSignedEntity(bundle))
    const root = await time('root', () => specs.TrustedRoot.fromJSON(builtIn.json))
    const material = await time('material', () =>
      verify.toTrustMaterial(
        sigstore.rootSubset(root, sigstore.rootParts(root, sigstore.trustNeeds(bundle, entity)))
      )
    )
    await time('verify', () =>
      new verify.Verifier(material, sigstore.THRESHOLDS.keyless).verify(entity)
    )
    // verifyBundle keeps what it parsed of a root per process: the first call (cold) parses the
    // root and converts its parts, later ones (as for a second bundle in a run) reuse them.
    const trust = { root: builtIn.json, rootLabel: builtIn.label, keys: [] }
    const result = await time('whole', () =>
      sigstore.verifyBundle(sigstore.parseBundle(JSON.parse(line), where), null, trust, where)
    )
    if (!result.signature.verified) throw new Error(`not verified: ${result.signature.reason}`)
    const der = bundle.verificationMaterial.content.certificate.rawBytes
    const leaf = core.X509Certificate.parse(der)
    const copy = core.X509Certificate.parse(Buffer.from(der))
    if (!(await time('equals', () => leaf.equals(copy)))) throw new Error('equals: not equal')
    await time('clone', () => leaf.clone())
  }
  const start = process.hrtime.bigint()
  const cpu = await new Promise((resolve, reject) => {
    const worker = new Worker(
      'const { parentPort } = require("node:worker_threads"); parentPort.postMessage(process.threadCpuUsage())',
      { eval: true }
    )
    worker.once('message', usage => {
      t.worker = [ms(start)]
      void worker.terminate()
      resolve((usage.user + usage.system) / 1000)
    })
    worker.once('error', reject)
  })
  t.workerCpu = [cpu]
  process.stdout.write(JSON.stringify(t))
}

if (process.argv.includes('--child')) {
  await child()
} else {
  const i = process.argv.indexOf('--runs')
  const runs = Number(i > 0 ? process.argv[i + 1] : '11')
  const results = []
  for (let r = 0; r < runs; r++) {
    const out = spawnSync(process.execPath, [process.argv[1], '--child'], {
      cwd: REPO,
      encoding: 'utf8'
    })
    if (out.status !== 0) throw new Error(`child failed: ${out.stderr}`)
    results.push(JSON.parse(out.stdout))
  }
  const cell = (key, at) => {
    const xs = results.map(t => t[key][at]).filter(x => x !== undefined)
    return xs.length
      ? `${fmt(Math.min(...xs), 1).padStart(7)} ${fmt(median(xs), 1).padStart(6)}`
      : '      -      -'
  }
  console.log(`node ${process.version}, ${runs} fresh processes, ms: minimum and median`)
  console.log(`${'step'.padEnd(56)}    cold (min, med)  warm (min, med)`)
  for (const [key, label] of STEPS)
    console.log(`${label.padEnd(56)}${cell(key, 0)}   ${cell(key, 2)}`)
}
