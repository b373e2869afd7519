/**
 * The evidence-reader registry: one reader per (kind, format). This is the seam where further
 * formats plug in: add a format to the index schema's `format` enum, a reader here, and (for
 * signed content) a verifier in src/verify. Sigstore bundles (`sigstore-bundle`) are read here
 * for update-manifest and build-provenance; affected-versions reads CSAF 2.0, OpenVEX 0.2,
 * OSV 1.x and CycloneDX VEX besides the gate's own YAML record.
 */
import { GateError } from '../shared/errors.js'
import type { EvidenceKind } from '../contracts/policy-input.js'
import { readInside, type ReadResult, type Where } from '../shared/fs-safe.js'
import { decodeUtf8, parseJson, parseYaml } from '../shared/parse.js'
import { normaliseRecord, type RecordKind } from './records.js'
import { refuseRecognised } from './recognise.js'
import { validateOrThrow } from '../shared/schema.js'
import type { DsseEnvelope, LoadedContent, LoadedEvidence } from './types.js'
import type { FetchedBundles } from '../contracts/evidence-package.js'
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
    refuseRecognised(raw, kind, 'update-gate', ctx.file.path)
    validateOrThrow(kind, raw, ctx.file.path)
    return { type: 'record', record: normaliseRecord(kind, raw, ctx.file.path) }
  }

/**
 * A cosign `.sig` is base64 text; a raw DER or Ed25519 signature gets the conversion as its fix,
 * and a JSON document the gate knows (a Sigstore bundle) one line saying how to declare it.
 */
function signatureText(bytes: Uint8Array, file: string): string {
  let text: string
  try {
    text = decodeUtf8(bytes, file)
  } catch {
    throw new GateError(
      'PARSE_ERROR',
      'is binary, but the signature must be base64 text as `cosign sign-blob` writes it; convert it with `openssl base64 -A -in <binary signature> -out ' +
        file +
        '`',
      { file }
    )
  }
  if (text.trimStart().startsWith('{')) {
    let json: unknown = null
    try {
      json = parseJson(text, file)
    } catch {
      // not JSON: the signature check says what is wrong with it
    }
    refuseRecognised(json, 'update-manifest', 'cosign-sign-blob', file)
  }
  return text
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

/** Sigstore bundle media types @sigstore/bundle reads (v0.1, v0.2, v0.3 and its legacy form). */
export const SIGSTORE_BUNDLE_MEDIA_TYPES = [
  'application/vnd.dev.sigstore.bundle+json;version=0.1',
  'application/vnd.dev.sigstore.bundle+json;version=0.2',
  'application/vnd.dev.sigstore.bundle+json;version=0.3',
  'application/vnd.dev.sigstore.bundle.v0.3+json'
]
const isSigstoreMediaType = (v: unknown): v is string =>
  typeof v === 'string' && v.startsWith('application/vnd.dev.sigstore.bundle')

/** At most this many bundles in one .jsonl file. */
export const MAX_BUNDLES_PER_FILE = 1000

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** One line: is it a Sigstore bundle of a supported media type? One clear line when not. */
function recogniseBundle(raw: unknown, file: string, field: string, kind: string): void {
  const at = { file, field: field === '' ? 'mediaType' : `${field}.mediaType` }
  if (!isObject(raw)) {
    throw new GateError('SCHEMA_VIOLATION', 'must be a Sigstore bundle (a JSON object)', {
      file,
      ...(field === '' ? {} : { field })
    })
  }
  const mediaType = raw.mediaType
  if (mediaType === undefined) {
    if (typeof raw.payloadType === 'string' && Array.isArray(raw.signatures)) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        'is missing: this is a bare DSSE envelope, not a Sigstore bundle; declare format: dsse',
        at
      )
    }
    if (field === '') refuseRecognised(raw, kind, 'sigstore-bundle', file)
    throw new GateError(
      'SCHEMA_VIOLATION',
      'is required: a Sigstore bundle names its media type (application/vnd.dev.sigstore.bundle.v0.3+json)',
      at
    )
  }
  if (!SIGSTORE_BUNDLE_MEDIA_TYPES.includes(mediaType as string)) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      isSigstoreMediaType(mediaType)
        ? `a Sigstore bundle of media type ${mediaType} is not supported (supported: v0.1, v0.2, v0.3)`
        : `${JSON.stringify(mediaType)} is not a Sigstore bundle media type`,
      at
    )
  }
}

/**
 * Reads a `.sigstore.json` bundle, or a `.jsonl` file with one bundle per line (as
 * `gh attestation download` writes). Structure beyond the media type is checked by
 * @sigstore/bundle in the verify stage.
 */
export function parseBundleFile(
  file: ReadResult,
  kind: 'build-provenance' | 'update-manifest'
): { json: unknown; line: number | null }[] {
  const text = decodeUtf8(file.bytes, file.path)
  let whole: unknown
  let wholeError: unknown = null
  try {
    whole = parseJson(text, file.path)
  } catch (error) {
    wholeError = error
  }
  if (wholeError === null) {
    recogniseBundle(whole, file.path, '', kind)
    return [{ json: whole, line: null }]
  }
  const lines = text.split('\n')
  const nonEmpty = lines.filter(l => l.trim() !== '').length
  if (nonEmpty <= 1 && !file.path.endsWith('.jsonl')) throw wholeError
  if (nonEmpty > MAX_BUNDLES_PER_FILE) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      `holds ${nonEmpty} bundles; at most ${MAX_BUNDLES_PER_FILE} are accepted`,
      { file: file.path }
    )
  }
  const bundles: { json: unknown; line: number | null }[] = []
  lines.forEach((l, i) => {
    if (l.trim() === '') return
    const field = `line ${i + 1}`
    const json = parseJson(l, file.path, field)
    recogniseBundle(json, file.path, field, kind)
    bundles.push({ json, line: i + 1 })
  })
  if (bundles.length === 0) {
    throw new GateError('SCHEMA_VIOLATION', 'holds no Sigstore bundle', { file: file.path })
  }
  return bundles
}

/**
 * Build provenance the package does not carry, fetched by artifact digest (the GitHub
 * attestations API, src/collect/attestations.ts): one evidence item holding the answer's
 * bundles, each recognised like a line of a bundle file and verified like one.
 */
export function fetchedProvenance(
  fetched: FetchedBundles,
  origin: string,
  id: string,
  position: number
): LoadedEvidence {
  const bundles = fetched.bundles.map((json, i) => {
    const field = `attestations[${i}].bundle`
    recogniseBundle(json, fetched.label, field, 'build-provenance')
    return { json, line: i + 1, field }
  })
  return {
    position,
    id,
    kind: 'build-provenance',
    format: 'sigstore-bundle',
    file: fetched.label,
    producer: origin,
    time: null,
    controls: [],
    statement: null,
    present: true,
    sha256: fetched.sha256,
    content: {
      type: 'sigstore-bundle',
      format: 'sigstore-bundle',
      bytes: null,
      bundleFile: { file: fetched.label, present: true, sha256: fetched.sha256 },
      origin,
      bundles
    }
  }
}

const bundleProvenance: EvidenceReader = async ctx => ({
  type: 'sigstore-bundle',
  format: 'sigstore-bundle',
  bytes: null,
  bundleFile: { file: ctx.file.path, present: true, sha256: ctx.file.sha256 },
  origin: 'package',
  bundles: parseBundleFile(ctx.file, 'build-provenance')
})

const bundleManifest: EvidenceReader = async ctx => {
  const rel = ctx.item.signature
  const where = { file: 'update-evidence.yaml', field: `evidence[${ctx.position}].signature` }
  if (rel === undefined) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      'is required for an update-manifest: the Sigstore bundle over the manifest',
      where
    )
  }
  const sig = await ctx.readOther(rel, where)
  return {
    type: 'sigstore-bundle',
    format: 'sigstore-bundle',
    bytes: ctx.file.bytes,
    bundleFile: sig
      ? { file: sig.path, present: true, sha256: sig.sha256 }
      : { file: rel, present: false, sha256: null },
    origin: 'package',
    bundles: sig ? parseBundleFile(sig, 'update-manifest') : []
  }
}

/** DSSE envelope structure (secure-systems-lab/dsse envelope.md); extra fields are tolerated. */
const dsse: EvidenceReader = async ctx => {
  const text = decodeUtf8(ctx.file.bytes, ctx.file.path)
  let raw: unknown
  try {
    raw = parseJson(text, ctx.file.path)
  } catch (error) {
    // `gh attestation download` writes bundles one per line: say so rather than "invalid JSON".
    const first = text.split('\n', 1)[0] ?? ''
    if (/"mediaType"\s*:\s*"application\/vnd\.dev\.sigstore\.bundle/.test(first)) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        'is a file of Sigstore bundles (one per line), not a DSSE envelope; declare format: sigstore-bundle',
        { file: ctx.file.path }
      )
    }
    throw error
  }
  if (isObject(raw) && isSigstoreMediaType(raw.mediaType)) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      `is a Sigstore bundle (media type ${raw.mediaType}), not a bare DSSE envelope; declare format: sigstore-bundle`,
      { file: ctx.file.path, field: 'mediaType' }
    )
  }
  refuseRecognised(raw, 'build-provenance', 'dsse', ctx.file.path)
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
        sig: s.sig,
        ...(typeof s.cert === 'string' ? { cert: s.cert } : {})
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
    refuseRecognised(raw, 'affected-versions', format, ctx.file.path)
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
    readers: { 'cosign-sign-blob': cosignSignBlob, 'sigstore-bundle': bundleManifest }
  },
  'build-provenance': {
    defaultFormat: 'dsse',
    readers: { dsse, 'sigstore-bundle': bundleProvenance }
  },
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
