/**
 * Data files (`--data`, the Action's `data` input): merged into the policy's data document.
 * Under `update_gate` the gate reads two keys: `requirements`, which overrides the trust
 * configuration's requirements key by key, and `parameters.<team>`, a team package's settings.
 * Anything else under `update_gate` would shadow the policy's own packages, so it is refused.
 */
import { GateError } from '../shared/errors.js'
import { readBounded, realRoot, sha256Hex } from '../shared/fs-safe.js'
import { decodeUtf8, parseYaml } from '../shared/parse.js'
import { validateOrThrow } from '../shared/schema.js'
import { isObject } from '../shared/values.js'

export function validateDataFile(data: Record<string, unknown>, file: string): void {
  if (!('update_gate' in data)) return
  const gate = data.update_gate
  if (!isObject(gate)) {
    throw new GateError('SCHEMA_VIOLATION', 'update_gate must be an object', {
      file,
      field: 'update_gate'
    })
  }
  for (const key of Object.keys(gate)) {
    if (key !== 'requirements' && key !== 'parameters') {
      throw new GateError(
        'SCHEMA_VIOLATION',
        'under update_gate a data file may set only requirements and parameters.<team>',
        { file, field: `update_gate.${key}` }
      )
    }
  }
  if ('requirements' in gate) {
    const requirements = gate.requirements
    if (!isObject(requirements)) {
      throw new GateError('SCHEMA_VIOLATION', 'must be an object', {
        file,
        field: 'update_gate.requirements'
      })
    }
    // The bounds are trust.schema.json's (a derived schema: every key optional).
    validateOrThrow('requirements-override', requirements, file, 'update_gate.requirements')
  }
  if ('parameters' in gate) {
    const parameters = gate.parameters
    if (!isObject(parameters) || !Object.values(parameters).every(isObject)) {
      throw new GateError('SCHEMA_VIOLATION', 'must map each team to an object', {
        file,
        field: 'update_gate.parameters'
      })
    }
  }
}

/** Deep merge: objects merge key by key, anything else (arrays included) is replaced. */
function merge(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over
  const out: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(over)) out[key] = merge(out[key], value)
  return out
}

/** The data files in order, later ones winning. */
export function mergeDataFiles(files: Record<string, unknown>[]): Record<string, unknown> {
  return files.reduce<Record<string, unknown>>((acc, data) => merge(acc, data) as never, {})
}

/** Data files are the gate runner's, like the trust file: bounded, parsed like any evidence. */
export function readDataFile(
  path: string,
  file: string
): { data: Record<string, unknown>; sha256: string } {
  let real: string
  try {
    real = realRoot(path, { file })
  } catch (error) {
    if (error instanceof GateError && error.code === 'FILE_NOT_FOUND')
      throw new GateError(
        'FILE_NOT_FOUND',
        'data file does not exist; give an existing JSON or YAML file (or leave the data option out)',
        { file }
      )
    throw error
  }
  const bytes = readBounded(real, 4 * 1024 * 1024, { file })
  const data = parseYaml(decodeUtf8(bytes, file), file)
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new GateError('SCHEMA_VIOLATION', 'a data file must hold an object at its top level', {
      file
    })
  }
  if ('trust' in data) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      '`trust` is reserved for the trust configuration; use another top-level key',
      {
        file,
        field: 'trust'
      }
    )
  }
  validateDataFile(data as Record<string, unknown>, file)
  return { data: data as Record<string, unknown>, sha256: sha256Hex(bytes) }
}
