/**
 * Data files (`--data`, the Action's `data` input): merged into the policy's data document.
 * Under `update_gate` the gate reads two keys: `requirements`, which overrides the trust
 * configuration's requirements key by key, and `parameters.<team>`, a team package's settings.
 * Anything else under `update_gate` would shadow the policy's own packages, so it is refused.
 */
import { GateError } from '../shared/errors.js'

const REQUIREMENT_KEYS: Record<string, (value: unknown) => boolean> = {
  minimumMaturity: v => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5,
  requiredControls: v =>
    Array.isArray(v) && v.every(c => typeof c === 'string' && c.length > 0 && c.length <= 1000),
  requiredApprovals: v => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100
}

const EXPECTED: Record<string, string> = {
  minimumMaturity: 'an integer 1-5',
  requiredControls: 'a list of control ids',
  requiredApprovals: 'an integer 0-100'
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

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
    for (const [key, value] of Object.entries(requirements)) {
      const check = REQUIREMENT_KEYS[key]
      if (!check) {
        throw new GateError(
          'SCHEMA_VIOLATION',
          `unknown requirement (expected one of ${Object.keys(REQUIREMENT_KEYS).join(', ')})`,
          { file, field: `update_gate.requirements.${key}` }
        )
      }
      if (!check(value)) {
        throw new GateError('SCHEMA_VIOLATION', `must be ${EXPECTED[key]}`, {
          file,
          field: `update_gate.requirements.${key}`
        })
      }
    }
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
