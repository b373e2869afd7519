// Jest global setup: the policy tests need opa (only opa, not Regal). It is built once from
// source with Go into ~/.cache/update-gate/tools by scripts/install-policy-tools.sh, which says
// what it is doing while it builds; afterwards this takes milliseconds. Its bin directory goes
// on PATH for every test worker. Without Go (and no cached opa) the run stops here, once, with
// the reason, instead of failing every policy test with "Command failed".
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export default async function globalSetup() {
  const script = path.join(repo, 'scripts/install-policy-tools.sh')
  const child = spawn('bash', [script, '--opa-only'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let failure = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => {
    const text = String(chunk)
    // Progress is shown as it comes; the failure reason is kept for the one error below.
    if (/Go is required/.test(text)) failure += text
    else process.stderr.write(text)
  })
  const code = await new Promise(resolve => child.on('close', resolve))
  if (code !== 0) {
    const reason = failure.replace(/^install-policy-tools: /, '').trim()
    const error = new Error(reason || `scripts/install-policy-tools.sh --opa-only exited ${code}`)
    error.stack = error.message // the reason is the message; a stack would only repeat it
    throw error
  }
  const bin = stdout.trim()
  process.env.PATH = `${bin}${path.delimiter}${process.env.PATH ?? ''}`
}
