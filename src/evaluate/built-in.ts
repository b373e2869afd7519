/** The built-in policy shipped in dist/policy: where it is and how it is read. */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
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

/**
 * dist/policy/ beside the bundled entry points; run from sources (or compiled sources), the
 * nearest dist/policy/ up the tree.
 */
export function builtInPolicyDir(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  const candidates = [join(here, 'policy')]
  for (let dir = here; dirname(dir) !== dir; dir = dirname(dir))
    candidates.push(join(dir, 'dist', 'policy'))
  const found = candidates.find(dir => existsSync(join(dir, 'policy.wasm')))
  if (!found) {
    throw new GateError(
      'POLICY_LOAD',
      `the built-in policy is missing (no policy.wasm in ${here}/policy or any dist/policy above it); run npm run build`
    )
  }
  return found
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
