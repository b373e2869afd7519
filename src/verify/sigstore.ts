/**
 * Sigstore bundles and certificate-carrying DSSE signatures, verified through @sigstore/verify
 * (chain to the trusted root's Fulcio CAs, SCTs, Rekor inclusion proof or promise, RFC 3161
 * timestamps, signature). This module is loaded lazily (dynamic import) only when a package holds
 * such evidence, so a run without one does not pay for it.
 *
 * Pure: parsed input in, facts out. Which identity or key is acceptable is decided in Rego; this
 * only records what the certificate, the log entries and the timestamps say.
 */
import { createHash } from 'node:crypto'
import {
  bundleFromJSON,
  ValidationError,
  type Bundle,
  type TransparencyLogEntry
} from '@sigstore/bundle'
import { ASN1Obj, pem, type X509Certificate } from '@sigstore/core'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import {
  PolicyError,
  toSignedEntity,
  toTrustMaterial,
  VerificationError,
  Verifier,
  type SignedEntity,
  type TrustMaterial
} from '@sigstore/verify'
import { requireBase64Fields } from '../shared/base64.js'
import { clip, GateError, messageOf } from '../shared/errors.js'
import { utcTimestamp, utcTimestampsInOrder } from '../shared/time.js'
import { isBuiltInRoot } from '../load/sigstore-root.js'
import type { TrustedKey } from '../load/types.js'
import type {
  CertificateIdentityFact,
  SignatureFact,
  TlogEntryFact
} from '../contracts/policy-input.js'

/** More log entries or timestamps than this in one bundle is malformed input, not evidence. */
export const MAX_BUNDLE_ENTRIES = 32

/** A log entry's integratedTime: whole seconds since the epoch, up to 9999-12-31T23:59:59Z. */
const INTEGRATED_TIME = /^(0|[1-9][0-9]{0,11})$/
const MAX_INTEGRATED_TIME = 253402300799

/** The bundle's bytes fields (base64 in protobuf JSON), checked before @sigstore/bundle reads them. */
const BUNDLE_BYTES_FIELDS = [
  'messageSignature.messageDigest.digest',
  'messageSignature.signature',
  'dsseEnvelope.payload',
  'dsseEnvelope.signatures[].sig',
  'verificationMaterial.certificate.rawBytes',
  'verificationMaterial.x509CertificateChain.certificates[].rawBytes',
  'verificationMaterial.tlogEntries[].logId.keyId',
  'verificationMaterial.tlogEntries[].canonicalizedBody',
  'verificationMaterial.tlogEntries[].inclusionPromise.signedEntryTimestamp',
  'verificationMaterial.tlogEntries[].inclusionProof.rootHash',
  'verificationMaterial.tlogEntries[].inclusionProof.hashes[]',
  'verificationMaterial.timestampVerificationData.rfc3161Timestamps[].signedTimestamp'
]

/**
 * What @sigstore/verify requires of a bundle signed by a trusted key (its log entry and timestamps
 * checked when present) and of a keyless one (an SCT, and a trusted time: a log entry's integrated
 * time or a signed timestamp, for the certificate's validity; and a log entry when the trusted
 * root has a log for it: keylessRequirements).
 */
export const THRESHOLDS = {
  key: { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 },
  keyless: { tlogThreshold: 0, ctlogThreshold: 1, timestampThreshold: 1 }
} as const

type LogInstance = TrustedRoot['tlogs'][number]

/**
 * What @sigstore/verify requires of a keyless bundle whose certificate is `leaf`: besides the SCT
 * and the trusted time, one verified transparency-log entry when the trusted root lists a log
 * whose key was valid when the certificate was issued (its notBefore, which the CA signed), as
 * cosign and `gh attestation verify` require for the public-good instance: a signature nobody
 * logged is one the signer's log monitoring never sees. A root without such a log (GitHub's
 * private instance, which has none) asks for none: a signed timestamp is its only witness.
 * `root` is the whole trusted root, never the parts a bundle's entries name (rootParts).
 * `log` is the first such log in the root's order, with the time it was looked up for.
 */
export function keylessRequirements(
  root: TrustedRoot,
  leaf: X509Certificate | null
): {
  thresholds: { tlogThreshold: number; ctlogThreshold: number; timestampThreshold: number }
  log: { instance: LogInstance; issuedAt: Date } | null
} {
  const issuedAt = leaf?.notBefore
  const instance =
    issuedAt === undefined
      ? undefined
      : root.tlogs.find(log => {
          const valid = log.publicKey?.validFor
          return (
            (valid?.start === undefined || valid.start <= issuedAt) &&
            (valid?.end === undefined || issuedAt <= valid.end)
          )
        })
  return instance === undefined || issuedAt === undefined
    ? { thresholds: THRESHOLDS.keyless, log: null }
    : { thresholds: { ...THRESHOLDS.keyless, tlogThreshold: 1 }, log: { instance, issuedAt } }
}

/** Fulcio certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const OID = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  issuerV2: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14'
} as const

export interface SigstoreTrust {
  /** The parsed trusted_root.json and where it came from (for messages). */
  root: unknown
  rootLabel: string
  /** Trust-configuration keys, for managed-key bundles (sorted by id). */
  keys: readonly TrustedKey[]
}

/** Where a bundle came from, for error messages and facts. */
export interface BundleSource {
  /** File the bundle is in (package-relative) or the API URL it was fetched from. */
  file: string
  /** JSON path prefix of the bundle inside the file (`line 3` of a .jsonl, or ``). */
  field: string
  /** `source` of the signature fact, e.g. `attestation.jsonl#1`. */
  source: string
  /** Where the evidence came from: `package` or `github-attestations-api:<owner>/<repo>`. */
  origin: string
}

export interface BundleVerification {
  signature: SignatureFact
  /** The DSSE envelope of a DSSE bundle (payload decoded), null for a message signature. */
  envelope: { payloadType: string; payload: Buffer } | null
}

/** A trusted root parsed once per run, with the trust material built from it (or its parts). */
interface ParsedRoot {
  root: TrustedRoot
  /** Whole-root material (every root named in a trust configuration). */
  whole: TrustMaterial | null
  /** Material of parts of the built-in root, by the parts' indices. */
  parts: Map<string, TrustMaterial>
}

const parsedRoots = new WeakMap<object, ParsedRoot>()

const rootError = (trust: SigstoreTrust, error: unknown): GateError =>
  new GateError(
    'PARSE_ERROR',
    `is not a usable Sigstore trusted root (trusted_root.json): ${messageOf(error)}`,
    { file: trust.rootLabel }
  )

function parsedRoot(trust: SigstoreTrust): ParsedRoot {
  const json = trust.root as object
  let parsed = parsedRoots.get(json)
  if (!parsed) {
    try {
      parsed = { root: TrustedRoot.fromJSON(trust.root), whole: null, parts: new Map() }
    } catch (error) {
      throw rootError(trust, error)
    }
    parsedRoots.set(json, parsed)
  }
  return parsed
}

/** What a bundle can chain to: its leaf certificate (and its DER), its log ids, its timestamps. */
export interface TrustNeeds {
  leaf: { certificate: X509Certificate; der: Buffer } | null
  tlogIds: readonly Buffer[]
  signedTimestamps: boolean
}

/** Indices into the trusted root's lists. */
export interface RootParts {
  certificateAuthorities: number[]
  tlogs: number[]
  ctlogs: number[]
  timestampAuthorities: number[]
}

const logId = (log: TrustedRoot['tlogs'][number]): Buffer | undefined =>
  (log.checkpointKeyId ?? log.logId)?.keyId

/**
 * The indices of the parts of `root` that @sigstore/verify can use for a bundle with `needs`;
 * every other part is one it would look at and pass over. A subset of the trusted root can only
 * refuse more, never accept more (verification that succeeds with the subset uses only parts the
 * whole root also holds); and no part left out could have verified anything:
 * - a certificate authority is used only when the leaf's issuer name is the subject of one of its
 *   certificates (the chain's name chaining); one whose certificates do not even contain the
 *   issuer's bytes cannot be (a self-issued leaf keeps them all);
 * - a transparency log, only for an entry with its log id (set promise and checkpoint);
 * - a CT log, only for an SCT in the leaf naming its log id, whose bytes are then in the leaf;
 * - timestamp authorities, only for RFC 3161 timestamps (kept all when there is one);
 * - a bundle signed by a key uses no certificate authority or CT log.
 * test/sigstore.test.ts verifies every fixture bundle with the whole root and with this subset
 * and gets the same result.
 */
export function rootParts(root: TrustedRoot, needs: TrustNeeds): RootParts {
  const indices = <T>(items: readonly T[], keep: (item: T) => boolean): number[] =>
    items.flatMap((item, i) => (keep(item) ? [i] : []))
  const leaf = needs.leaf
  const selfIssued = leaf !== null && leaf.certificate.issuer.equals(leaf.certificate.subject)
  return {
    certificateAuthorities: indices(
      root.certificateAuthorities,
      ca =>
        leaf !== null &&
        (selfIssued ||
          (ca.certChain?.certificates ?? []).some(c =>
            c.rawBytes.includes(leaf.certificate.issuer)
          ))
    ),
    tlogs: indices(root.tlogs, log => {
      const id = logId(log)
      return id !== undefined && needs.tlogIds.some(e => id.equals(e))
    }),
    ctlogs: indices(root.ctlogs, log => {
      const id = logId(log)
      return leaf !== null && id !== undefined && leaf.der.includes(id)
    }),
    timestampAuthorities: needs.signedTimestamps ? root.timestampAuthorities.map((_, i) => i) : []
  }
}

/** The trusted root with only the given parts. */
export function rootSubset(root: TrustedRoot, parts: RootParts): TrustedRoot {
  const pick = <T>(items: readonly T[], at: readonly number[]): T[] => at.map(i => items[i] as T)
  return {
    ...root,
    certificateAuthorities: pick(root.certificateAuthorities, parts.certificateAuthorities),
    tlogs: pick(root.tlogs, parts.tlogs),
    ctlogs: pick(root.ctlogs, parts.ctlogs),
    timestampAuthorities: pick(root.timestampAuthorities, parts.timestampAuthorities)
  }
}

/**
 * Trust material for a bundle: for the built-in public-good root, only the parts it can chain to
 * (rootParts), so that a run converts (parses certificates, creates keys for) only those; a root
 * named in the trust configuration is converted whole, every part checked as it always was.
 */
function trustMaterial(trust: SigstoreTrust, needs: TrustNeeds): TrustMaterial {
  const parsed = parsedRoot(trust)
  try {
    if (!isBuiltInRoot(trust.root)) return (parsed.whole ??= toTrustMaterial(parsed.root))
    const parts = rootParts(parsed.root, needs)
    const key = JSON.stringify(parts)
    let material = parsed.parts.get(key)
    if (!material) {
      material = toTrustMaterial(rootSubset(parsed.root, parts))
      parsed.parts.set(key, material)
    }
    return material
  } catch (error) {
    throw rootError(trust, error)
  }
}

/** What `bundle` (with its signed entity) can chain to. */
export function trustNeeds(bundle: Bundle, entity: SignedEntity): TrustNeeds {
  const material = bundle.verificationMaterial
  const content = material.content
  const der =
    content.$case === 'certificate'
      ? content.certificate.rawBytes
      : content.$case === 'x509CertificateChain'
        ? content.x509CertificateChain.certificates[0]?.rawBytes
        : undefined
  return {
    leaf:
      entity.key.$case === 'certificate' && der !== undefined
        ? { certificate: entity.key.certificate, der }
        : null,
    tlogIds: material.tlogEntries.flatMap(e => (e.logId ? [e.logId.keyId] : [])),
    signedTimestamps: (material.timestampVerificationData?.rfc3161Timestamps.length ?? 0) > 0
  }
}

const join = (prefix: string, field: string): string =>
  prefix === '' ? field : `${prefix}.${field}`

/** Parses and validates the bundle JSON (media type, required members) with @sigstore/bundle. */
export function parseBundle(json: unknown, where: BundleSource): Bundle {
  // Bounded before the library walks it: a bundle with thousands of entries is malformed input.
  const raw = (json as { verificationMaterial?: { tlogEntries?: unknown } }).verificationMaterial
  if (Array.isArray(raw?.tlogEntries) && raw.tlogEntries.length > MAX_BUNDLE_ENTRIES) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      `has ${raw.tlogEntries.length} entries; at most ${MAX_BUNDLE_ENTRIES} are accepted`,
      { file: where.file, field: join(where.field, 'verificationMaterial.tlogEntries') }
    )
  }
  requireBase64Fields(json, BUNDLE_BYTES_FIELDS, { file: where.file, prefix: where.field })
  try {
    const bundle = bundleFromJSON(json)
    const material = bundle.verificationMaterial
    if (material.tlogEntries.length > MAX_BUNDLE_ENTRIES) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `has ${material.tlogEntries.length} entries; at most ${MAX_BUNDLE_ENTRIES} are accepted`,
        { file: where.file, field: join(where.field, 'verificationMaterial.tlogEntries') }
      )
    }
    for (const [i, entry] of material.tlogEntries.entries()) {
      const time = entry.integratedTime
      if (!INTEGRATED_TIME.test(time) || Number(time) > MAX_INTEGRATED_TIME) {
        throw new GateError(
          'SCHEMA_VIOLATION',
          `must be whole seconds since the epoch, 0 to ${MAX_INTEGRATED_TIME} (9999-12-31T23:59:59Z), got '${clip(time, 40)}'`,
          {
            file: where.file,
            field: join(where.field, `verificationMaterial.tlogEntries[${i}].integratedTime`)
          }
        )
      }
    }
    const tsa = material.timestampVerificationData?.rfc3161Timestamps ?? []
    if (tsa.length > MAX_BUNDLE_ENTRIES) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `has ${tsa.length} timestamps; at most ${MAX_BUNDLE_ENTRIES} are accepted`,
        {
          file: where.file,
          field: join(where.field, 'verificationMaterial.timestampVerificationData')
        }
      )
    }
    return bundle
  } catch (error) {
    if (error instanceof GateError) throw error
    if (error instanceof ValidationError) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `is not a valid Sigstore bundle: ${error.message}${error.fields.length ? ` (${error.fields.join(', ')})` : ''}`,
        { file: where.file, field: join(where.field, error.fields[0] ?? 'verificationMaterial') }
      )
    }
    throw new GateError('PARSE_ERROR', `is not a valid Sigstore bundle: ${messageOf(error)}`, {
      file: where.file,
      field: where.field === '' ? 'verificationMaterial' : where.field
    })
  }
}

/** The signed entity, with malformed certificates, log entries and timestamps named. */
function signedEntity(bundle: Bundle, artifact: Buffer | undefined, where: BundleSource) {
  const content = bundle.verificationMaterial.content
  try {
    return toSignedEntity(bundle, artifact)
  } catch (error) {
    const field =
      content.$case === 'x509CertificateChain'
        ? 'verificationMaterial.x509CertificateChain.certificates[0].rawBytes'
        : content.$case === 'certificate'
          ? 'verificationMaterial.certificate.rawBytes'
          : 'verificationMaterial.timestampVerificationData'
    const what =
      content.$case === 'publicKey'
        ? 'a signed timestamp that is not DER RFC 3161'
        : 'a certificate that is not DER X.509 (or a malformed signed timestamp)'
    throw new GateError('PARSE_ERROR', `the Sigstore bundle holds ${what}: ${messageOf(error)}`, {
      file: where.file,
      field: join(where.field, field)
    })
  }
}

/** subjectAltName (RFC 5280, 4.2.1.6) and the GeneralName tags of a URI and an e-mail address. */
const SAN_OID = '2.5.29.17'
const SAN_URI = 6
const SAN_EMAIL = 1

/**
 * The SAN the signer is named by, as its bytes: the first URI, else the first e-mail address (as
 * @sigstore/core's `subjectAltName` picks it, which decodes it as 'ascii' and so drops each byte's
 * high bit: 0xf3 reads as `s`).
 */
function sanBytes(cert: X509Certificate): Buffer | null {
  const names = cert.extension(SAN_OID)?.valueObj.subs[0]?.subs ?? []
  const name = (tag: number) => names.find(n => n.tag.isContextSpecific(tag))?.value
  const uri = name(SAN_URI)
  return uri !== undefined && uri.length > 0 ? uri : (name(SAN_EMAIL) ?? null)
}

/** A Fulcio extension's value as bytes: v2 extensions are DER UTF8String values, v1 raw strings. */
function extensionBytes(cert: X509Certificate, oid: string, der: boolean): Buffer | null {
  const ext = cert.extension(oid)
  if (!ext) return null
  try {
    return der ? ASN1Obj.parseBuffer(ext.value as Buffer<ArrayBuffer>).value : ext.value
  } catch {
    return null
  }
}

/** Extended key usage (RFC 5280, 4.2.1.12) and its code-signing purpose. */
const EKU_OID = '2.5.29.37'
const CODE_SIGNING = '1.3.6.1.5.5.7.3.3'

/**
 * Why a certificate that chains to the trusted root may still not sign, or null: @sigstore/verify
 * checks neither its purpose nor that it is a leaf. Fulcio issues code-signing leaves only, but a
 * CA in a custom root may also issue TLS or CA certificates; as sigstore-go and cosign, the gate
 * requires the codeSigning extended key usage, and refuses a CA certificate (basicConstraints
 * CA:TRUE). An extension that cannot be read is refused too.
 */
function signingCertificateProblem(cert: X509Certificate): string | null {
  const refused = 'certificate not accepted for signing:'
  let ca: boolean
  let purposes: string[] | null
  try {
    ca = cert.extBasicConstraints?.isCA ?? false
    const eku = cert.extension(EKU_OID)
    purposes = eku ? (eku.valueObj.subs[0]?.subs ?? []).map(o => o.toOID()) : null
  } catch (error) {
    return `${refused} its basic constraints or extended key usage cannot be read (${messageOf(error)})`
  }
  if (ca)
    return `${refused} it is a CA certificate (basicConstraints CA:TRUE); a signature must be made with a leaf certificate`
  if (purposes === null)
    return `${refused} it has no extended key usage (${EKU_OID}); codeSigning (${CODE_SIGNING}) is required`
  if (!purposes.includes(CODE_SIGNING))
    return `${refused} its extended key usage (${EKU_OID}) is ${purposes.join(', ') || 'empty'}, not codeSigning (${CODE_SIGNING})`
  return null
}

/**
 * What a verified certificate says about its signer, each value from its own bytes, or why it
 * says nothing: a value compared with the trust configuration's identities (SAN, issuer, Fulcio
 * extensions) that holds a byte outside printable ASCII (0x20-0x7e). Decoding such a byte folds
 * or replaces it (`ascii` drops the high bit, UTF-8 turns invalid bytes into U+FFFD), so a
 * certificate issued to another name would read as a trusted one.
 */
function identityOf(
  cert: X509Certificate
): { identity: CertificateIdentityFact; reason: null } | { identity: null; reason: string } {
  const problems: string[] = []
  const text = (bytes: Buffer | null, what: string): string | null => {
    if (bytes === null) return null
    const at = bytes.findIndex(b => b < 0x20 || b > 0x7e)
    if (at < 0) return bytes.toString('ascii')
    problems.push(
      `${what} holds byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at offset ${at}`
    )
    return null
  }
  const extension = (name: keyof typeof OID, der = true) =>
    text(extensionBytes(cert, OID[name], der), `extension ${name} (${OID[name]})`)
  const signer = extension('buildSignerUri')
  const identity = {
    issuer: extension('issuerV2') ?? extension('issuerV1', false),
    subject: text(sanBytes(cert), 'subjectAltName'),
    sourceRepository: extension('sourceRepositoryUri'),
    sourceRef: extension('sourceRepositoryRef'),
    sourceCommit: extension('sourceRepositoryDigest'),
    buildSignerUri: signer,
    signerWorkflow: signer === null ? null : signer.replace(/@[^@]*$/, ''),
    runnerEnvironment: extension('runnerEnvironment')
  }
  if (problems.length === 0) return { identity, reason: null }
  return {
    identity: null,
    reason: `certificate identity not trusted: its ${problems.join(', its ')}, outside printable ASCII (0x20-0x7e), which readers fold or replace`
  }
}

/**
 * The log entries as facts, each as the log vouches for it. The inclusion promise signs the
 * entry's index and integratedTime. An entry that carries only an inclusion proof proves that it
 * is in the log at the proof's index, not when it got there: its own logIndex and integratedTime
 * are anybody's numbers, so the index is the proof's and the time is null (as @sigstore/verify,
 * which takes no time from such an entry).
 */
function tlogFacts(entries: readonly TransparencyLogEntry[]): TlogEntryFact[] {
  return entries.map(e => {
    const seconds = Number(e.integratedTime)
    const promised = e.inclusionPromise !== undefined
    return {
      logId: e.logId.keyId.toString('base64'),
      logIndex: String(promised || !e.inclusionProof ? e.logIndex : e.inclusionProof.logIndex),
      integratedTime: promised && seconds > 0 ? utcTimestamp(new Date(seconds * 1000)) : null
    }
  })
}

function timestampFacts(entity: SignedEntity): string[] {
  const times: Date[] = []
  for (const t of entity.timestamps) {
    if (t.$case === 'timestamp-authority') times.push(t.timestamp.signingTime)
  }
  return utcTimestampsInOrder(times)
}

const earliest = (times: (string | null)[]): string | null => {
  const known = times
    .filter((t): t is string => t !== null)
    .sort((a, b) => Date.parse(a) - Date.parse(b))
  return known[0] ?? null
}

const reasonOf = (error: unknown): string =>
  error instanceof VerificationError || error instanceof PolicyError
    ? `${error.code}: ${error.message}`
    : messageOf(error)

const explain = (code: string, message: string, hasTime: boolean): string => {
  if (code === 'TIMESTAMP_ERROR' && !hasTime)
    return `${code}: no transparency-log entry or signed timestamp: without a trusted time the certificate's validity cannot be checked`
  return `${code}: ${message}`
}

/** Why a keyless bundle without log entries is refused by a root with a log (keylessRequirements). */
const unlogged = (
  where: BundleSource,
  log: NonNullable<ReturnType<typeof keylessRequirements>['log']>,
  rootLabel: string
): string =>
  `TLOG_ERROR: ${where.source} has no transparency-log entry (${join(where.field, 'verificationMaterial.tlogEntries')} is empty): a keyless bundle must carry a verified entry of the trusted root's log ${log.instance.baseUrl}, valid when its certificate was issued (${utcTimestamp(log.issuedAt)}; trusted root ${rootLabel}); a signed timestamp alone counts only with a root that lists no log`

function base(
  where: BundleSource,
  mediaType: string
): Pick<SignatureFact, 'source' | 'bundle'> & Partial<SignatureFact> {
  return { source: where.source, bundle: { mediaType, origin: where.origin } }
}

/** Keys in the order they are tried: the one whose fingerprint the hint names first. */
function keysForHint(keys: readonly TrustedKey[], hint: string): TrustedKey[] {
  const named = keys.filter(k => {
    const hex = k.fingerprint.replace(/^sha256:/, '')
    return hint === k.id || hint === Buffer.from(hex, 'hex').toString('base64') || hint === hex
  })
  return [...named, ...keys.filter(k => !named.includes(k))]
}

/**
 * Verifies one parsed bundle. `artifact` is the signed blob for a message-signature bundle (the
 * update manifest's bytes). Input errors (malformed bundle, certificate that is not DER) throw
 * GateError; a bundle that does not verify is a fact (verified: false, reason).
 */
export function verifyBundle(
  bundle: Bundle,
  artifact: Buffer | null,
  trust: SigstoreTrust,
  where: BundleSource
): BundleVerification {
  const content = bundle.content
  const envelope =
    content.$case === 'dsseEnvelope'
      ? { payloadType: content.dsseEnvelope.payloadType, payload: content.dsseEnvelope.payload }
      : null
  if (content.$case === 'messageSignature' && artifact === null) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      'is a message-signature bundle: it signs a file, so it belongs to an update-manifest (signature: <bundle>), not to build provenance',
      { file: where.file, field: join(where.field, 'messageSignature') }
    )
  }
  const entity = signedEntity(bundle, artifact ?? undefined, where)
  const tlog = tlogFacts(bundle.verificationMaterial.tlogEntries)
  const material = bundle.verificationMaterial.content
  const common = base(where, bundle.mediaType)
  const unverified = (reason: string): BundleVerification => ({
    signature: {
      ...common,
      verified: false,
      keyId: null,
      keyFingerprint: null,
      algorithm: null,
      reason,
      method: material.$case === 'publicKey' ? 'key' : 'certificate',
      identity: null,
      certificate: null,
      // What a bundle that does not verify says about its log entries is nobody's word: no
      // index or time of it is a fact (the reason says what failed).
      tlogEntries: [],
      signedTimestamps: [],
      signedAt: null
    },
    envelope
  })

  if (material.$case === 'publicKey') {
    if (trust.keys.length === 0) return unverified('the trust configuration has no keys')
    const reasons = new Set<string>()
    const shared = trustMaterial(trust, trustNeeds(bundle, entity))
    for (const key of keysForHint(trust.keys, material.publicKey.hint ?? '')) {
      const verifier = new Verifier(
        { ...shared, publicKey: () => ({ publicKey: key.publicKey, validFor: () => true }) },
        THRESHOLDS.key
      )
      try {
        verifier.verify(entity)
      } catch (error) {
        reasons.add(reasonOf(error))
        continue
      }
      const signed = timestampFacts(entity)
      return {
        signature: {
          ...common,
          verified: true,
          keyId: key.id,
          keyFingerprint: key.fingerprint,
          algorithm: key.algorithm,
          reason: null,
          method: 'key',
          identity: null,
          certificate: null,
          tlogEntries: tlog,
          signedTimestamps: signed,
          signedAt: earliest([...tlog.map(t => t.integratedTime), ...signed])
        },
        envelope
      }
    }
    return unverified(`no trusted key verifies this bundle (${[...reasons].sort().join('; ')})`)
  }

  const cert = entity.key.$case === 'certificate' ? entity.key.certificate : null
  const required = keylessRequirements(parsedRoot(trust).root, cert)
  const verifier = new Verifier(
    trustMaterial(trust, trustNeeds(bundle, entity)),
    required.thresholds
  )
  const hasTime =
    tlog.some(t => t.integratedTime !== null) ||
    (bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length ?? 0) > 0
  let signer
  try {
    signer = verifier.verify(entity)
  } catch (error) {
    const tlogError = error instanceof VerificationError && error.code === 'TLOG_ERROR'
    if (tlogError && tlog.length === 0 && required.log)
      return unverified(unlogged(where, required.log, trust.rootLabel))
    if (error instanceof VerificationError)
      return unverified(
        `${explain(error.code, error.message, hasTime)} (trusted root ${trust.rootLabel})`
      )
    return unverified(reasonOf(error))
  }
  const problem = cert ? signingCertificateProblem(cert) : null
  if (problem !== null) return unverified(problem)
  const named = cert ? identityOf(cert) : null
  if (named?.reason) return unverified(named.reason)
  const signed = timestampFacts(entity)
  const fingerprint =
    'sha256:' +
    createHash('sha256')
      .update(signer.key.export({ type: 'spki', format: 'der' }))
      .digest('hex')
  return {
    signature: {
      ...common,
      verified: true,
      keyId: null,
      keyFingerprint: fingerprint,
      algorithm: null,
      reason: null,
      method: 'certificate',
      identity: named?.identity ?? null,
      certificate: cert
        ? { notBefore: utcTimestamp(cert.notBefore), notAfter: utcTimestamp(cert.notAfter) }
        : null,
      tlogEntries: tlog,
      signedTimestamps: signed,
      signedAt: earliest([...tlog.map(t => t.integratedTime), ...signed])
    },
    envelope
  }
}

/**
 * A bare DSSE signature that carries a Fulcio certificate (slsa-github-generator's
 * `signatures[].cert`): verified through the certificate, as a bundle without log entries or
 * timestamps, never by matching a bare key. Without a trusted time it cannot verify.
 */
export function verifyDsseCertificate(
  envelope: { payloadType: string; payload: Buffer; sig: Buffer; keyid: string },
  certPem: string,
  trust: SigstoreTrust,
  where: BundleSource
): SignatureFact {
  const der = pemToDer(certPem)
  if (der === null) {
    throw new GateError('PARSE_ERROR', 'is not a PEM certificate (-----BEGIN CERTIFICATE-----)', {
      file: where.file,
      field: where.field
    })
  }
  const bundle = {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {
      content: { $case: 'certificate', certificate: { rawBytes: der } },
      tlogEntries: [],
      timestampVerificationData: { rfc3161Timestamps: [] }
    },
    content: {
      $case: 'dsseEnvelope',
      dsseEnvelope: {
        payload: envelope.payload,
        payloadType: envelope.payloadType,
        signatures: [{ sig: envelope.sig, keyid: envelope.keyid }]
      }
    }
  } as unknown as Bundle
  return verifyBundle(bundle, null, trust, { ...where, field: where.field }).signature
}

function pemToDer(text: string): Buffer | null {
  if (!/-----BEGIN CERTIFICATE-----/.test(text)) return null
  try {
    const der = pem.toDER(text)
    return der.length > 0 ? der : null
  } catch {
    return null
  }
}
