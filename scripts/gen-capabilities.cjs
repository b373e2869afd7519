#!/usr/bin/env node
// Generates policies/capabilities.json: OPA v1.22.3's capabilities reduced to the builtins the
// wasm runtime implements natively plus the host builtins listed in policies/host-builtins.json.
// A builtin is native when a probe policy calling it, compiled with `opa build -t wasm`, does not
// import it (the wasm module's `builtins` export lists every import). Infix operators compile to
// native code; they are probed too, by their function names.
// Usage: node scripts/gen-capabilities.cjs [--check]   (opa from scripts/install-policy-tools.sh)
'use strict'
const { execFileSync } = require('child_process')
const fs = require('fs')
const os = require('os')
const path = require('path')
const { importedBuiltins } = require('./wasm-builtins.cjs')

const OPA_CAPABILITIES_VERSION = 'v1.22.3'
const root = path.resolve(__dirname, '..')
const out = path.join(root, 'policies', 'capabilities.json')
const hostFile = path.join(root, 'policies', 'host-builtins.json')
// `=` and `:=` are capability entries but not calls: the planner compiles them to plan
// instructions, so a call-shaped probe cannot test them. Every policy needs them.
const LANGUAGE = ['assign', 'eq']

const bin = execFileSync('bash', [path.join(root, 'scripts', 'install-policy-tools.sh')], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit']
}).trim()
const opa = path.join(bin, 'opa')

function capabilities() {
  return JSON.parse(
    execFileSync(opa, ['capabilities', '--version', OPA_CAPABILITIES_VERSION], { encoding: 'utf8' })
  )
}

// Compiles a probe calling `name` with arity `n`; returns the imported builtins or null when
// the wasm compiler refuses it outright (those are not usable from wasm at all).
function probe(dir, name, n) {
  const args = Array.from({ length: n }, (_, i) => `input.a${i}`).join(', ')
  fs.writeFileSync(path.join(dir, 'probe.rego'), `package probe\n\nr := ${name}(${args})\n`)
  const bundle = path.join(dir, 'bundle.tar.gz')
  try {
    execFileSync(opa, ['build', '-t', 'wasm', '-e', 'probe/r', '-o', bundle, 'probe.rego'], {
      cwd: dir,
      stdio: 'ignore'
    })
  } catch {
    return null
  }
  execFileSync('tar', ['-xzf', bundle, '-C', dir, '/policy.wasm'], { stdio: 'ignore' })
  return path.join(dir, 'policy.wasm')
}

async function main() {
  const caps = capabilities()
  const host = JSON.parse(fs.readFileSync(hostFile, 'utf8')).builtins
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'update-gate-caps-'))
  const native = []
  const refused = []
  try {
    for (const b of caps.builtins) {
      if (b.decl.variadic || LANGUAGE.includes(b.name)) continue // print: no use in a gate policy
      const wasm = probe(dir, b.name, (b.decl.args || []).length)
      if (wasm === null) {
        refused.push(b.name)
        continue
      }
      const imported = await importedBuiltins(wasm)
      fs.rmSync(wasm)
      if (!imported.includes(b.name)) native.push(b.name)
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
  const keep = new Set([...LANGUAGE, ...native, ...host])
  const missing = host.filter(h => !caps.builtins.some(b => b.name === h))
  if (missing.length) throw new Error(`host builtins unknown to OPA: ${missing.join(', ')}`)
  const result = {
    builtins: caps.builtins
      .filter(b => keep.has(b.name))
      .sort((a, b) => (a.name < b.name ? -1 : 1)),
    future_keywords: caps.future_keywords,
    wasm_abi_versions: caps.wasm_abi_versions,
    features: caps.features
  }
  const text = JSON.stringify(result, null, 2) + '\n'
  console.error(
    `gen-capabilities: ${native.length} native, ${host.length} host, ${refused.length} refused by the wasm compiler (${refused.join(', ')})`
  )
  if (process.argv.includes('--check')) {
    if (fs.readFileSync(out, 'utf8') !== text) {
      console.error(
        'gen-capabilities: policies/capabilities.json is out of date; run node scripts/gen-capabilities.cjs'
      )
      process.exit(1)
    }
    return
  }
  fs.writeFileSync(out, text)
}

main().catch(err => {
  console.error(`gen-capabilities: ${err.message}`)
  process.exit(1)
})
