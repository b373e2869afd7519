/** Product identifiers in documents and indexes: purls (packageurl-js) and CPE 2.3 names. */
import packageurl from './packageurl.cjs'
import { GateError } from '../../shared/errors.js'

export interface ParsedPurl {
  type: string
  namespace: string | null
  name: string
  version: string | null
}

/** Parses a purl; a purl that does not parse is an input error naming file and field. */
export function parsePurl(text: string, file: string, field: string): ParsedPurl {
  try {
    const p = packageurl().PackageURL.fromString(text)
    return {
      type: p.type,
      namespace: p.namespace ?? null,
      name: p.name,
      version: p.version ?? null
    }
  } catch (error) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      `is not a valid package URL (purl): ${error instanceof Error ? error.message : String(error)}`,
      { file, field }
    )
  }
}

export interface ParsedCpe {
  part: string
  vendor: string
  product: string
  version: string
  update: string
}

/** Splits a CPE 2.3 formatted string at unescaped colons. */
export function parseCpe23(text: string, file: string, field: string): ParsedCpe {
  const parts: string[] = []
  let cur = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\\' && i + 1 < text.length) {
      cur += c + text[++i]
    } else if (c === ':') {
      parts.push(cur)
      cur = ''
    } else cur += c
  }
  parts.push(cur)
  if (
    parts.length !== 13 ||
    parts[0] !== 'cpe' ||
    parts[1] !== '2.3' ||
    !/^[aoh*-]$/.test(parts[2]!)
  ) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      `is not a CPE 2.3 formatted string (cpe:2.3:part:vendor:product:version:…, 13 fields), got ${JSON.stringify(text.slice(0, 200))}`,
      { file, field }
    )
  }
  return {
    part: parts[2]!,
    vendor: parts[3]!,
    product: parts[4]!,
    version: parts[5]!,
    update: parts[6]!
  }
}

/** A CPE attribute's value unbound from the formatted string: `ic22\-firmware` is `ic22-firmware`. */
export const unquoted = (field: string): string => field.replace(/\\(.)/g, '$1')

const named = (field: string): string | null =>
  field === '*' || field === '-' ? null : unquoted(field)

/**
 * The one version a CPE names (its version field, unless ANY `*` or NA `-`), unescaped. A CPE
 * that also names an update (`1.1.0:sp1`) names that update, not the version: it is listed as
 * `1.1.0:sp1`, which no plain version equals.
 */
export function cpeVersion(cpe: ParsedCpe): string | null {
  const version = named(cpe.version)
  const update = named(cpe.update)
  return version !== null && update !== null ? `${version}:${update}` : version
}
