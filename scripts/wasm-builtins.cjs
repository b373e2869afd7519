#!/usr/bin/env node
// Prints, as a sorted JSON array, the builtins a compiled OPA policy.wasm imports from its host
// (the ones the wasm runtime does not implement natively). Usage: node scripts/wasm-builtins.cjs <policy.wasm>
'use strict'
const fs = require('fs')

async function importedBuiltins(file) {
  const memory = new WebAssembly.Memory({ initial: 5 })
  const fail = () => {
    throw new Error('unexpected call into the host while listing builtins')
  }
  const env = { memory, opa_abort: fail, opa_println: () => {} }
  for (let i = 0; i <= 4; i++) env[`opa_builtin${i}`] = fail
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(file), { env })
  const addr = instance.exports.opa_json_dump(instance.exports.builtins())
  const bytes = new Uint8Array(memory.buffer)
  let end = addr
  while (bytes[end] !== 0) end++
  return Object.keys(JSON.parse(Buffer.from(bytes.slice(addr, end)).toString('utf8'))).sort()
}

if (require.main === module) {
  const file = process.argv[2]
  if (!file) {
    console.error('usage: wasm-builtins.cjs <policy.wasm>')
    process.exit(2)
  }
  importedBuiltins(file).then(
    names => console.log(JSON.stringify(names)),
    err => {
      console.error(`wasm-builtins: ${err.message}`)
      process.exit(1)
    }
  )
}

module.exports = { importedBuiltins }
