/** The built-in policy shipped in dist/policy: where it is and how it is read. */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { distFile } from '../shared/dist-file.js'
import { GateError } from '../shared/errors.js'

/** A compiled policy as read from its source, not yet loaded. */
export interface PolicyBundle {
  /** Where it came from, for the report: `built-in` or a path. */
  name: string
  wasm: Uint8Array
  /** The bundle's own data document (data.json), merged under the run's data. */
  data: Record<string, unknown>
  /** The policy shipped in dist/policy (evaluated in process); any other runs in a worker. */
  builtIn?: boolean
}

/** dist/policy/ beside the bundled entry points, or in the checkout's dist/ (distFile). */
export function builtInPolicyDir(): string {
  const wasm = distFile(import.meta.url, join('policy', 'policy.wasm'))
  if (!wasm) {
    throw new GateError(
      'POLICY_LOAD',
      'the built-in policy is missing (no dist/policy/policy.wasm beside the gate or in its checkout); run npm run build'
    )
  }
  return dirname(wasm)
}

/** The names that select the built-in policy (`--policy`, the Action's `policy` input). */
export const isBuiltInPolicyName = (name: string): boolean =>
  name === 'builtin' || name === 'built-in'

/** Read synchronously: the policy ships beside the code, and a thread hop costs more than the read. */
export function readBuiltInPolicy(): PolicyBundle {
  const dir = builtInPolicyDir()
  const wasm = readFileSync(join(dir, 'policy.wasm'))
  const dataFile = join(dir, 'data.json')
  const data = existsSync(dataFile)
    ? (JSON.parse(readFileSync(dataFile, 'utf8')) as Record<string, unknown>)
    : {}
  return { name: 'built-in', wasm, data, builtIn: true }
}
