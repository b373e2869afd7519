/**
 * Loads a compiled Rego policy (OPA wasm) and checks, before anything is evaluated, that the
 * host can run it: the decision entrypoint exists and every builtin it imports is provided.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as opaWasm from '@open-policy-agent/opa-wasm'
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm'

// The package's ESM entry names only loadPolicy; loadPolicySync is on its default export.
const { loadPolicySync } = (opaWasm as unknown as { default: typeof opaWasm }).default
import { GateError, messageOf } from '../shared/errors.js'
import { hostBuiltins, SDK_BUILTINS } from './host-builtins.js'
import { DECISION_ENTRYPOINT } from '../contracts/policy-output.js'
import { PolicySandbox } from './sandbox.js'

/** 64 KiB wasm pages: the policy may grow to 256 MiB and no further. */
export const MEMORY = { initial: 16, maximum: 4096 }

export interface PolicyBundle {
  /** Where it came from, for the report: `built-in` or a path. */
  name: string
  wasm: Uint8Array
  /** The bundle's own data document (data.json), merged under the run's data. */
  data: Record<string, unknown>
  /** The policy shipped in dist/policy (evaluated in process); any other runs in a worker. */
  builtIn?: boolean
}

export interface CompiledPolicy {
  name: string
  /** sha256 of the wasm module. */
  sha256: string
  /** Builtins the module imports from the host. */
  imports: string[]
  instance: LoadedPolicy
  data: Record<string, unknown>
  /** Set for a policy that is not the built-in one: evaluation runs in a bounded worker. */
  sandbox?: PolicySandbox
}

export interface CompileOptions {
  /** Time limit of one evaluation of a custom policy (default 10 s). */
  timeoutMs?: number
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

export async function readBuiltInPolicy(): Promise<PolicyBundle> {
  const dir = builtInPolicyDir()
  const wasm = await readFile(join(dir, 'policy.wasm'))
  const dataFile = join(dir, 'data.json')
  const data = existsSync(dataFile)
    ? (JSON.parse(await readFile(dataFile, 'utf8')) as Record<string, unknown>)
    : {}
  return { name: 'built-in', wasm, data, builtIn: true }
}

/** The builtins a module imports, read through the OPA wasm ABI (`builtins`, `opa_json_dump`). */
function importedBuiltins(instance: LoadedPolicy): string[] {
  const { exports } = instance.wasmInstance as unknown as { exports: Record<string, unknown> }
  const builtins = exports.builtins as () => number
  const dump = exports.opa_json_dump as (addr: number) => number
  const bytes = new Uint8Array(instance.mem.buffer)
  const start = dump(builtins())
  let end = start
  while (bytes[end] !== 0) end++
  const names = JSON.parse(new TextDecoder().decode(bytes.subarray(start, end))) as Record<
    string,
    number
  >
  return Object.keys(names).sort()
}

export async function compilePolicy(
  bundle: PolicyBundle,
  options: CompileOptions = {}
): Promise<CompiledPolicy> {
  let instance: LoadedPolicy
  try {
    // The async loader's `instanceof Response` check alone loads Node's fetch stack (~50 ms).
    instance = loadPolicySync(bundle.wasm, MEMORY, hostBuiltins)
  } catch (error) {
    throw new GateError('POLICY_LOAD', `not a loadable OPA wasm policy: ${messageOf(error)}`, {
      file: bundle.name
    })
  }
  const entrypoints = Object.keys((instance.entrypoints ?? {}) as Record<string, number>)
  if (!entrypoints.includes(DECISION_ENTRYPOINT)) {
    throw new GateError(
      'POLICY_LOAD',
      `the policy has no entrypoint ${DECISION_ENTRYPOINT} (it has: ${entrypoints.join(', ') || 'none'}); build it with -e ${DECISION_ENTRYPOINT}`,
      { file: bundle.name }
    )
  }
  const imports = importedBuiltins(instance)
  const provided = new Set([...Object.keys(hostBuiltins), ...SDK_BUILTINS])
  const missing = imports.filter(name => !provided.has(name))
  if (missing.length > 0) {
    throw new GateError(
      'POLICY_LOAD',
      `the policy calls builtins this host does not provide: ${missing.join(', ')}; build it against policies/capabilities.json`,
      { file: bundle.name }
    )
  }
  const sha256 = createHash('sha256').update(bundle.wasm).digest('hex')
  const compiled: CompiledPolicy = {
    name: bundle.name,
    sha256,
    imports,
    instance,
    data: bundle.data
  }
  if (!bundle.builtIn) {
    compiled.sandbox = new PolicySandbox({
      wasm: bundle.wasm,
      memory: MEMORY,
      name: bundle.name,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs })
    })
  }
  return compiled
}
