/**
 * The evidence-reader registry: one reader per (kind, format). This is the seam where further
 * formats plug in: add a format to the index schema's `format` enum, a reader here, and (for
 * signed content) a verifier in src/verify. affected-versions reads CSAF 2.0, OpenVEX 0.2,
 * OSV 1.x and CycloneDX VEX besides the gate's own YAML record.
 */
import { GateError } from '../shared/errors.js'
import type { EvidenceKind } from '../contracts/policy-input.js'
import { readInside, type ReadResult, type Where } from '../shared/fs-safe.js'
import { decodeUtf8, parseJson, parseYaml } from '../shared/parse.js'
import { normaliseRecord, type RecordKind } from './records.js'
import { validateOrThrow } from '../shared/schema.js'
import type { DsseEnvelope, LoadedContent } from './types.js'
import { readCsaf } from './vex/csaf.js'
import { readCycloneDx } from './vex/cyclonedx.js'
import { readJsonDocument, validateVex } from './vex/document.js'
import { readOpenVex } from './vex/openvex.js'
import { readOsv } from './vex/osv.js'
import type { VexDocument, VexFormat } from './vex/types.js'

/** What a reader gets: the file already read (bounded, inside the root) and a way to read more. */
export interface ReaderContext {
  file: ReadResult
  /** The index item (raw, schema-valid). */
  item: { signature?: string }
  /** Index position, for `evidence[n].…` field paths. */
  position: number
  maxAliasCount: number
  /** Reads another package file (bounded, inside the root); null when absent. */
  readOther(rel: string, where: Where): Promise<ReadResult | null>
}

export type EvidenceReader = (ctx: ReaderContext) => Promise<LoadedContent>

const document: EvidenceReader = async () => ({ type: 'document' })

const record =
  (kind: RecordKind): EvidenceReader =>
  async ctx => {
    const text = decodeUtf8(ctx.file.bytes, ctx.file.path)
    const raw = parseYaml(text, ctx.file.path, { maxAliasCount: ctx.maxAliasCount })
    validateOrThrow(kind, raw, ctx.file.path)
    return { type: 'record', record: normaliseRecord(kind, raw, ctx.file.path) }
  }

/** A cosign `.sig` is base64 text; a raw DER or Ed25519 signature gets the conversion as its fix. */
function signatureText(bytes: Uint8Array, file: string): string {
  try {
    return decodeUtf8(bytes, file)
  } catch {
    throw new GateError(
      'PARSE_ERROR',
      'is binary, but the signature must be base64 text as `cosign sign-blob` writes it; convert it with `openssl base64 -A -in <binary signature> -out ' +
        file +
        '`',
      { file }
    )
  }
}

const cosignSignBlob: EvidenceReader = async ctx => {
  const rel = ctx.item.signature
  if (rel === undefined) {
    throw new GateError('SCHEMA_VIOLATION', 'is required for an update-manifest', {
      file: 'update-evidence.yaml',
      field: `evidence[${ctx.position}].signature`
    })
  }
  const sig = await ctx.readOther(rel, {
    file: 'update-evidence.yaml',
    field: `evidence[${ctx.position}].signature`
  })
  return {
    type: 'signed-blob',
    format: 'cosign-sign-blob',
    bytes: ctx.file.bytes,
    signature: sig
      ? {
          file: sig.path,
          present: true,
          text: signatureText(sig.bytes, sig.path),
          sha256: sig.sha256
        }
      : { file: rel, present: false, text: null, sha256: null }
  }
}

/** DSSE envelope structure (secure-systems-lab/dsse envelope.md); extra fields are tolerated. */
const dsse: EvidenceReader = async ctx => {
  const text = decodeUtf8(ctx.file.bytes, ctx.file.path)
  const raw = parseJson(text, ctx.file.path)
  validateOrThrow('dsse-envelope', raw, ctx.file.path)
  const env = raw as DsseEnvelope
  return {
    type: 'dsse',
    format: 'dsse',
    envelope: {
      payload: env.payload,
      payloadType: env.payloadType,
      signatures: env.signatures.map(s => ({
        ...(s.keyid !== undefined ? { keyid: s.keyid } : {}),
        sig: s.sig
      }))
    }
  }
}

/**
 * A supplier's affected-version document: bounded JSON, its published schema, then flattened
 * into statements (src/load/vex/); matching and version evaluation happen in src/verify/vex.ts.
 */
const vexDocument =
  (format: VexFormat, read: (doc: unknown, file: string) => VexDocument): EvidenceReader =>
  async ctx => {
    const raw = readJsonDocument(ctx.file.bytes, ctx.file.path)
    await validateVex(format, raw, ctx.file.path)
    return { type: 'vex', document: read(raw, ctx.file.path) }
  }

export interface KindFormats {
  defaultFormat: string
  readers: Record<string, EvidenceReader>
}

/** A kind whose only format so far is this project's YAML record. */
const yamlRecord = (kind: Parameters<typeof record>[0]): KindFormats => ({
  defaultFormat: 'update-gate',
  readers: { 'update-gate': record(kind) }
})

export const EVIDENCE_READERS: Record<Exclude<EvidenceKind, 'assertion'>, KindFormats> = {
  'process-document': { defaultFormat: 'text', readers: { text: document } },
  'recovery-procedure': { defaultFormat: 'text', readers: { text: document } },
  'update-manifest': {
    defaultFormat: 'cosign-sign-blob',
    readers: { 'cosign-sign-blob': cosignSignBlob }
    // 'sigstore-bundle': next step
  },
  'build-provenance': { defaultFormat: 'dsse', readers: { dsse } },
  'signing-event': yamlRecord('signing-event'),
  'release-approval': yamlRecord('release-approval'),
  'rollback-recovery-tests': yamlRecord('rollback-recovery-tests'),
  'affected-versions': {
    defaultFormat: 'update-gate',
    readers: {
      'update-gate': record('affected-versions'),
      csaf: vexDocument('csaf', readCsaf),
      openvex: vexDocument('openvex', readOpenVex),
      osv: vexDocument('osv', readOsv),
      'cyclonedx-vex': vexDocument('cyclonedx-vex', readCycloneDx)
    }
  },
  'customer-notification': yamlRecord('customer-notification'),
  'deployment-records': yamlRecord('deployment-records')
}

export { readInside }
