/**
 * The evidence-reader registry: one reader per (kind, format). This is the seam where further
 * formats plug in: add a format to the index schema's `format` enum, a reader here, and (for
 * signed content) a verifier in src/verify. Sigstore bundles (`sigstore-bundle`) are read here
 * for update-manifest and build-provenance; affected-versions reads CSAF 2.0, OpenVEX 0.2,
 * OSV 1.x and CycloneDX VEX besides the gate's own YAML record, each with an optional detached
 * signature, as every record kind may be signed.
 */
import { GateError } from '../shared/errors.js'
import type { EvidenceKind } from '../contracts/policy-input.js'
import { readInside, type ReadResult, type Where } from '../shared/fs-safe.js'
import {
  decodeUtf8,
  findDuplicateJsonKey,
  jsonTextTooDeep,
  parseJson,
  parseYaml
} from '../shared/parse.js'
import { normaliseRecord, type RecordKind } from './records.js'
import { refuseRecognised } from './recognise.js'
import { validateOrThrow, type SchemaType } from '../shared/schema.js'
import { decodeBase64 } from '../shared/base64.js'
import { normaliseTimestamp } from '../shared/time.js'
import type { EvidenceRecord } from '../contracts/policy-input.js'
import type { DetachedSignature, DsseEnvelope, LoadedContent, LoadedEvidence } from './types.js'
import type { FetchedBundles } from '../contracts/evidence-package.js'
import type { Target as TestTarget } from '../generated/types/attestations/test-result.js'
import { readCsaf } from './vex/csaf.js'
import { readCycloneDx } from './vex/cyclonedx.js'
import { readJsonDocument, validateVex } from './vex/document.js'
import { readOpenVex } from './vex/openvex.js'
import { readOsv } from './vex/osv.js'
import type { VexDocument, VexFormat } from './vex/types.js'
import { isObject } from '../shared/values.js'
import { armoredSignature, isBinaryOpenPgpSignature } from './openpgp.js'

/** What a reader gets: the file already read (bounded, inside the root) and a way to read more. */
export interface ReaderContext {
  file: ReadResult
  /** The index item (raw, schema-valid). */
  item: { signature?: string }
  /** Index position, for `evidence[n].…` field paths. */
  position: number
  maxAliasCount: number
  /** Reads another package file (bounded, inside the root); null when absent. */
  readOther(rel: string, where: Where): ReadResult | null
}

export type EvidenceReader = (ctx: ReaderContext) => Promise<LoadedContent>

const document: EvidenceReader = async () => ({ type: 'document' })

/** The in-toto predicate type of each record kind signed as a statement (docs/evidence-format.md). */
export const RECORD_PREDICATE_TYPES: Record<RecordKind, string> = {
  'signing-event': 'https://update-gate.dev/attestation/signing-event/v1',
  'release-approval': 'https://update-gate.dev/attestation/release-approval/v1',
  'risk-acceptance': 'https://update-gate.dev/attestation/risk-acceptance/v1',
  'rollback-recovery-tests': 'https://update-gate.dev/attestation/rollback-recovery-tests/v1',
  'affected-versions': 'https://update-gate.dev/attestation/affected-versions/v1',
  'customer-notification': 'https://update-gate.dev/attestation/customer-notification/v1',
  'deployment-records': 'https://update-gate.dev/attestation/deployment-records/v1'
}
export const TEST_RESULT_V01 = 'https://in-toto.io/attestation/test-result/v0.1'
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1'

const record =
  (kind: RecordKind): EvidenceReader =>
  async ctx => {
    const text = decodeUtf8(ctx.file.bytes, ctx.file.path)
    const raw = parseYaml(text, ctx.file.path, { maxAliasCount: ctx.maxAliasCount })
    refuseRecognised(raw, kind, 'update-gate', ctx.file.path)
    validateOrThrow(kind, raw, ctx.file.path)
    return {
      type: 'record',
      record: normaliseRecord(kind, raw, ctx.file.path),
      signed: detachedSignature(ctx, kind)
    }
  }

/**
 * A record's (or a supplier's affected-versions document's) optional detached signature over its
 * exact bytes: base64 text as `cosign sign-blob` writes it, or a Sigstore bundle (JSON, a message
 * signature) as `cosign sign-blob --bundle` does.
 */
function detachedSignature(ctx: ReaderContext, kind: RecordKind): DetachedSignature | null {
  const rel = ctx.item.signature
  if (rel === undefined) return null
  const sig = ctx.readOther(rel, {
    file: 'update-evidence.yaml',
    field: `evidence[${ctx.position}].signature`
  })
  if (!sig)
    return {
      carrier: 'signature',
      bytes: ctx.file.bytes,
      file: rel,
      present: false,
      text: null,
      bundles: null
    }
  const bundle = opensWithBrace(sig.bytes)
  return {
    carrier: 'signature',
    bytes: ctx.file.bytes,
    file: sig.path,
    present: true,
    text: bundle ? null : signatureText(sig.bytes, sig.path),
    bundles: bundle ? parseBundleFile(sig, kind) : null
  }
}

/**
 * Whether a signature file is JSON (its first byte after white space is `{`): a Sigstore bundle,
 * read as one, rather than base64 text (whose reading would refuse a bundle as the wrong format).
 */
function opensWithBrace(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue
    return b === 0x7b
  }
  return false
}

/**
 * The record an in-toto statement carries: its predicate is the record itself (the update-gate
 * predicate type of the kind, same schema as the YAML record) or, for rollback and recovery tests,
 * an in-toto test-result v0.1 predicate about one configuration (test-result schema).
 */
function recordFromStatement(
  kind: RecordKind,
  payload: Buffer,
  file: string,
  field: string
): EvidenceRecord {
  const text = decodeUtf8(payload, file)
  const statement = parseJson(text, file, field)
  const at = (f: string) => ({ file, field: `${field}.${f}` })
  if (!isObject(statement) || statement._type !== IN_TOTO_STATEMENT_V1) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      `must be an in-toto Statement (_type ${IN_TOTO_STATEMENT_V1})`,
      at('_type')
    )
  }
  const wanted = RECORD_PREDICATE_TYPES[kind]
  const predicateType = statement.predicateType
  if (kind === 'rollback-recovery-tests' && predicateType === TEST_RESULT_V01) {
    validateOrThrow('test-result', statement.predicate, file)
    return testResultRecord(statement.predicate, file, `${field}.predicate`)
  }
  if (predicateType !== wanted) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      `is ${JSON.stringify(predicateType)}; a ${kind} statement has predicate type ${wanted}${kind === 'rollback-recovery-tests' ? ` or ${TEST_RESULT_V01}` : ''}`,
      at('predicateType')
    )
  }
  validateOrThrow(kind, statement.predicate, file)
  return normaliseRecord(kind, statement.predicate, file)
}

/**
 * One test-result v0.1 run on one configuration as a RollbackRecoveryTests record. A run whose
 * `result` is FAILED vouches for no test: every test it lists counts as failed, passedTests and
 * warnedTests included (a failed run never yields a passed test, whatever its lists say).
 */
function testResultRecord(
  predicate: SchemaType<'test-result'>,
  file: string,
  field: string
): EvidenceRecord {
  // The schema requires exactly one descriptor named update-gate:test-target with these annotations.
  const target = (predicate.configuration as Partial<TestTarget>[]).find(
    c => c.name === 'update-gate:test-target'
  )
  if (!target)
    throw new GateError('SCHEMA_VIOLATION', 'names no update-gate:test-target', {
      file,
      field: `${field}.configuration`
    })
  const a = target.annotations as TestTarget['annotations']
  const time = normaliseTimestamp(a.time, {
    file,
    field: `${field}.configuration.annotations.time`
  })
  const result = (test: 'rollback' | 'recovery', outcome: 'passed' | 'failed') => ({
    configuration: a.configuration,
    hardware: a.hardware,
    test,
    outcome,
    time,
    reference: predicate.url ?? null
  })
  const passed = predicate.result === 'FAILED' ? 'failed' : 'passed'
  return {
    kind: 'RollbackRecoveryTests',
    product: a.product,
    fromVersion: a.fromVersion,
    toVersion: a.toVersion,
    rollbackConditions: [...a.rollbackConditions],
    results: [
      ...(predicate.passedTests ?? []).map(t => result(t, passed)),
      ...(predicate.warnedTests ?? []).map(t => result(t, passed)),
      ...(predicate.failedTests ?? []).map(t => result(t, 'failed'))
    ]
  }
}

/** A record signed as a DSSE envelope holding an in-toto statement. */
const dsseRecord =
  (kind: RecordKind): EvidenceReader =>
  async ctx => {
    const envelope = readDsseEnvelope(ctx, kind)
    const payload = decodeBase64(envelope.payload)
    if (payload === null) {
      throw new GateError('PARSE_ERROR', 'is not valid base64', {
        file: ctx.file.path,
        field: 'payload'
      })
    }
    return {
      type: 'record',
      record: recordFromStatement(kind, payload, ctx.file.path, 'payload'),
      signed: { carrier: 'dsse', envelope }
    }
  }

/** A record signed as a Sigstore DSSE bundle holding an in-toto statement (one bundle). */
const bundleRecord =
  (kind: RecordKind): EvidenceReader =>
  async ctx => {
    const bundles = parseBundleFile(ctx.file, kind)
    if (bundles.length !== 1) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `holds ${bundles.length} bundles; a signed record is one bundle`,
        {
          file: ctx.file.path
        }
      )
    }
    const json = bundles[0]!.json as Record<string, unknown>
    const env = isObject(json.dsseEnvelope) ? json.dsseEnvelope : null
    const payload = env && typeof env.payload === 'string' ? decodeBase64(env.payload) : null
    if (payload === null) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        'must be a DSSE bundle holding an in-toto statement (dsseEnvelope.payload, base64)',
        { file: ctx.file.path, field: 'dsseEnvelope.payload' }
      )
    }
    return {
      type: 'record',
      record: recordFromStatement(kind, payload, ctx.file.path, 'dsseEnvelope.payload'),
      signed: {
        carrier: 'sigstore-bundle',
        bundleFile: { file: ctx.file.path, present: true, sha256: ctx.file.sha256 },
        bundles
      }
    }
  }

/**
 * A cosign `.sig` is base64 text and an OpenPGP signature armored text (a binary one is given its
 * armor); a raw DER or Ed25519 signature gets the conversion as its fix, and a JSON document the
 * gate knows (a Sigstore bundle) one line saying how to declare it.
 */
function signatureText(bytes: Uint8Array, file: string): string {
  if (isBinaryOpenPgpSignature(bytes)) return armoredSignature(bytes)
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
  const sig = ctx.readOther(rel, {
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
 * `text` as one JSON value that parseJson would accept, or null. JSON.parse alone tells a file of
 * several bundles at once; parseJson's scans (depth, repeated keys) then run only over a text that
 * is one value, not over every line before each is read, and the text is parsed once.
 */
function wholeJson(text: string): { json: unknown } | null {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  return jsonTextTooDeep(text) || findDuplicateJsonKey(text) !== null ? null : { json }
}

/**
 * Reads a `.sigstore.json` bundle, or a `.jsonl` file with one bundle per line (as
 * `gh attestation download` writes). Structure beyond the media type is checked by
 * @sigstore/bundle in the verify stage.
 */
export function parseBundleFile(
  file: ReadResult,
  kind: string
): { json: unknown; line: number | null }[] {
  const text = decodeUtf8(file.bytes, file.path)
  const lines = text.split('\n')
  const nonEmpty = lines.filter(l => l.trim() !== '').length
  // The whole text is read as one bundle when it is one JSON value; a single line that is not is
  // reported as parseJson reports it.
  const whole =
    nonEmpty <= 1 && !file.path.endsWith('.jsonl')
      ? { json: parseJson(text, file.path) }
      : wholeJson(text)
  if (whole !== null) {
    recogniseBundle(whole.json, file.path, '', kind)
    return [{ json: whole.json, line: null }]
  }
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
  const sig = ctx.readOther(rel, where)
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
function readDsseEnvelope(ctx: ReaderContext, kind: string): DsseEnvelope {
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
  refuseRecognised(raw, kind, 'dsse', ctx.file.path)
  validateOrThrow('dsse-envelope', raw, ctx.file.path)
  const env = raw as DsseEnvelope
  return {
    payload: env.payload,
    payloadType: env.payloadType,
    signatures: env.signatures.map(s => ({
      ...(s.keyid !== undefined ? { keyid: s.keyid } : {}),
      sig: s.sig,
      ...(typeof s.cert === 'string' ? { cert: s.cert } : {})
    }))
  }
}

const dsse: EvidenceReader = async ctx => ({
  type: 'dsse',
  format: 'dsse',
  envelope: readDsseEnvelope(ctx, 'build-provenance')
})

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
    return {
      type: 'vex',
      document: read(raw, ctx.file.path),
      signed: detachedSignature(ctx, 'affected-versions')
    }
  }

export interface KindFormats {
  defaultFormat: string
  readers: Record<string, EvidenceReader>
}

/**
 * A record kind: its YAML (with an optional detached signature), or signed as an in-toto
 * statement; `documents`: the other formats the kind reads (a supplier's affected-versions
 * documents, each with an optional detached signature).
 */
const signableRecord = (
  kind: RecordKind,
  documents: Record<string, EvidenceReader> = {}
): KindFormats => ({
  defaultFormat: 'update-gate',
  readers: {
    'update-gate': record(kind),
    dsse: dsseRecord(kind),
    'sigstore-bundle': bundleRecord(kind),
    ...documents
  }
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
  'signing-event': signableRecord('signing-event'),
  'release-approval': signableRecord('release-approval'),
  'rollback-recovery-tests': signableRecord('rollback-recovery-tests'),
  'affected-versions': signableRecord('affected-versions', {
    csaf: vexDocument('csaf', readCsaf),
    openvex: vexDocument('openvex', readOpenVex),
    osv: vexDocument('osv', readOsv),
    'cyclonedx-vex': vexDocument('cyclonedx-vex', readCycloneDx)
  }),
  'customer-notification': signableRecord('customer-notification'),
  'deployment-records': signableRecord('deployment-records'),
  'risk-acceptance': signableRecord('risk-acceptance')
}

export { readInside }
