/**
 * Reading a supplier document: bounded JSON (size, and nesting checked before parsing), then its
 * published JSON Schema (compiled at build time, scripts/build-validators.mjs; loaded on first
 * use so a package without such documents does not pay for them). A schema error names the
 * format, the file and the JSON pointer of the offending value.
 */
import type { ErrorObject, ValidateFunction } from 'ajv'
import { GateError } from '../../shared/errors.js'
import { decodeUtf8, parseJson } from '../../shared/parse.js'
import type { VexFormat } from './types.js'

/** Most statements (product entries times vulnerabilities) one document may expand to. */
export const MAX_STATEMENTS = 100_000
/** Most product-tree nodes (CSAF branches, full product names, relationships) read. */
export const MAX_PRODUCT_NODES = 10_000
/**
 * Most product ids the CSAF flags and impact threats of one document name, product groups
 * expanded (each group once per vulnerability).
 */
export const MAX_JUSTIFIED_PRODUCTS = 1_000_000

export const FORMAT_NAME: Record<VexFormat, string> = {
  csaf: 'CSAF 2.0',
  openvex: 'OpenVEX 0.2',
  osv: 'OSV 1.x',
  'cyclonedx-vex': 'CycloneDX VEX'
}

export function readJsonDocument(bytes: Uint8Array, file: string): unknown {
  // parseJson refuses nesting deeper than MAX_NESTING_DEPTH (64) before parsing.
  return parseJson(decodeUtf8(bytes, file), file)
}

type Validators = Record<string, ValidateFunction>
let modern: Promise<Validators> | undefined
let draft07: Promise<Validators> | undefined

const load = async (which: '2020' | '07'): Promise<Validators> => {
  const mod =
    which === '2020'
      ? await import('../../generated/vex-validators-2020.cjs')
      : await import('../../generated/vex-validators-07.cjs')
  return ((mod as { default?: Validators }).default ?? mod) as Validators
}

async function validatorFor(format: VexFormat, data: unknown): Promise<ValidateFunction> {
  if (format !== 'cyclonedx-vex') {
    modern ??= load('2020')
    return (await modern)[format]!
  }
  draft07 ??= load('07')
  const spec = (data as { specVersion?: unknown } | null)?.specVersion
  const name = `cyclonedx_${String(spec).replace('.', '_')}`
  const v = (await draft07)[name]
  if (!v) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      `CycloneDX specVersion must be 1.4, 1.5 or 1.6, got ${JSON.stringify(spec)}`,
      { file: '', field: '/specVersion' }
    )
  }
  return v
}

function describe(e: ErrorObject): { pointer: string; message: string } {
  const p = e.params as Record<string, unknown>
  if (e.keyword === 'required')
    return { pointer: `${e.instancePath}/${String(p.missingProperty)}`, message: 'is required' }
  if (e.keyword === 'additionalProperties')
    return {
      pointer: `${e.instancePath}/${String(p.additionalProperty)}`,
      message: 'is not allowed here'
    }
  if (e.keyword === 'enum')
    return {
      pointer: e.instancePath,
      message: `must be one of ${(p.allowedValues as unknown[]).map(v => JSON.stringify(v)).join(', ')}`
    }
  return { pointer: e.instancePath, message: e.message ?? `fails ${e.keyword}` }
}

/** Validates against the format's published schema; SCHEMA_VIOLATION names format, file, pointer. */
export async function validateVex(format: VexFormat, data: unknown, file: string): Promise<void> {
  let validate: ValidateFunction
  try {
    validate = await validatorFor(format, data)
  } catch (error) {
    if (error instanceof GateError)
      throw new GateError(
        error.code,
        `is not a valid ${FORMAT_NAME[format]} document: ${error.message}`,
        {
          file,
          field: error.field
        }
      )
    throw error
  }
  if (validate(data)) return
  const errors = validate.errors ?? []
  const first = errors[0]
  let d = first ? describe(first) : { pointer: '', message: 'does not match the schema' }
  // An error inside one alternative of oneOf/anyOf says little: name the choice instead.
  const choice = errors.find(
    e =>
      (e.keyword === 'oneOf' || e.keyword === 'anyOf') &&
      first?.instancePath.startsWith(e.instancePath)
  )
  if (choice && first !== choice)
    d = {
      pointer: choice.instancePath,
      message: `matches none of the forms the schema allows (first: ${d.pointer} ${d.message})`
    }
  throw new GateError(
    'SCHEMA_VIOLATION',
    `is not a valid ${FORMAT_NAME[format]} document (published schema): ${d.pointer || '/'} ${d.message}`,
    { file, field: d.pointer || '/' }
  )
}

/** JSON pointer segment escaping (RFC 6901). */
export const ptr = (...segments: (string | number)[]): string =>
  segments.map(s => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
