/**
 * Recognised but declared as something else: a document of a format the gate knows (a CSAF
 * advisory, an OpenVEX document, a Sigstore bundle, one of the gate's own records...) given under
 * another kind or format gets one clear line naming what it looks like and how to declare it,
 * rather than the list of fields the declared format misses. Documents the gate does not read
 * (an SPDX or CycloneDX SBOM, an unsigned in-toto statement) get one line saying so.
 */
import { GateError } from '../shared/errors.js'
import { RECORD_KINDS } from './records.js'
import { isObject } from '../shared/values.js'

interface Known {
  /** `a CSAF document`, as the message says it. */
  what: string
  /** Which kinds read it (`label`: how the message names them), with which format; null: none. */
  reads: { kinds: string[]; format: string; label?: string } | null
  /** For a document no kind reads: what to give instead. */
  instead?: string
  /** The field that names what it is, when the document has one (a record's `kind`). */
  field?: string
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)

/** `SigningEvent` -> `signing-event`. */
const kebab = (pascal: string): string =>
  pascal.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()

/** What a parsed document is, when it is one the gate knows; null otherwise. */
export function recognise(raw: unknown): Known | null {
  if (!isObject(raw)) return null
  const doc = raw.document
  if (isObject(doc) && str(doc.csaf_version) !== null) {
    return { what: 'a CSAF document', reads: { kinds: ['affected-versions'], format: 'csaf' } }
  }
  if (str(raw['@context'])?.startsWith('https://openvex.dev/ns')) {
    return {
      what: 'an OpenVEX document',
      reads: { kinds: ['affected-versions'], format: 'openvex' }
    }
  }
  if (raw.bomFormat === 'CycloneDX') {
    if (Array.isArray(raw.vulnerabilities) && raw.vulnerabilities.length > 0) {
      return {
        what: 'a CycloneDX VEX document',
        reads: { kinds: ['affected-versions'], format: 'cyclonedx-vex' }
      }
    }
    return {
      what: 'a CycloneDX SBOM without vulnerabilities',
      reads: null,
      instead:
        'it says nothing about affected versions; affected-versions reads CycloneDX VEX (a BOM with vulnerabilities[].analysis) with format: cyclonedx-vex'
    }
  }
  if (str(raw.spdxVersion) !== null) {
    return {
      what: 'an SPDX SBOM',
      reads: null,
      instead:
        'the gate does not read SBOMs; affected-versions reads CSAF, OpenVEX, OSV or CycloneDX VEX'
    }
  }
  if (str(raw.mediaType)?.startsWith('application/vnd.dev.sigstore.bundle')) {
    return {
      what: 'a Sigstore bundle',
      reads: {
        kinds: ['build-provenance', 'update-manifest', ...RECORD_KINDS],
        format: 'sigstore-bundle',
        label: 'build-provenance, update-manifest and signed records'
      }
    }
  }
  if (str(raw.payloadType) !== null && Array.isArray(raw.signatures)) {
    return {
      what: 'a DSSE envelope',
      reads: {
        kinds: ['build-provenance', ...RECORD_KINDS],
        format: 'dsse',
        label: 'build-provenance and signed records'
      }
    }
  }
  if (str(raw._type)?.startsWith('https://in-toto.io/Statement/')) {
    return {
      what: 'an unsigned in-toto statement',
      reads: null,
      instead:
        'build provenance must be signed: a DSSE envelope (format: dsse) or a Sigstore bundle (format: sigstore-bundle) holding it'
    }
  }
  if (raw.apiVersion === 'update-gate.dev/v1' && typeof raw.kind === 'string') {
    const kind = kebab(raw.kind)
    if ((RECORD_KINDS as readonly string[]).includes(kind)) {
      return {
        what: `an update-gate ${raw.kind} record`,
        reads: { kinds: [kind], format: 'update-gate' },
        field: 'kind'
      }
    }
  }
  if (
    str(raw.id) !== null &&
    str(raw.modified) !== null &&
    (Array.isArray(raw.affected) || str(raw.schema_version) !== null)
  ) {
    return { what: 'an OSV record', reads: { kinds: ['affected-versions'], format: 'osv' } }
  }
  return null
}

/**
 * Throws one line when `raw` is a known document that `kind` with `format` does not read; returns
 * when it is what was declared or nothing the gate knows (the format's own checks then apply).
 */
export function refuseRecognised(raw: unknown, kind: string, format: string, file: string): void {
  const known = recognise(raw)
  if (!known) return
  const reads = known.reads
  if (reads && reads.format === format && reads.kinds.includes(kind)) return
  const message = reads
    ? `this looks like ${known.what}, not ${kind} in format ${format}; ${reads.label ?? reads.kinds.join(' and ')} ${reads.kinds.length > 1 ? 'read' : 'reads'} it with format: ${reads.format}`
    : `this looks like ${known.what}: ${known.instead}`
  throw new GateError('SCHEMA_VIOLATION', message, {
    file,
    ...(known.field ? { field: known.field } : {})
  })
}
