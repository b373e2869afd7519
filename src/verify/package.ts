/** Turns a loaded package and trust configuration into the policy input: facts, never verdicts. */
import { clip, GateError } from '../shared/errors.js'
import { resolveInside } from '../shared/fs-safe.js'
import { decodeUtf8, parseJson } from '../shared/parse.js'
import { validateOrThrow } from '../shared/schema.js'
import { normaliseTimestamp } from '../shared/time.js'
import type {
  LoadedContent,
  LoadedEvidence,
  LoadedPackage,
  LoadedTrust,
  SignedRecord
} from '../load/types.js'
import { sha256File } from './digest.js'
import { SLSA_PROVENANCE_V1, statementFacts, verifyDsse, type CertificateVerifier } from './dsse.js'
import { loadPublicGoodRoot } from '../load/sigstore-root.js'
import { fetchedProvenance } from '../load/readers.js'
import { createHash } from 'node:crypto'
import type { SigstoreTrust } from './sigstore.js'
import {
  POLICY_INPUT_VERSION,
  type AttestationFact,
  type EvidenceFact,
  type ManifestArtifact,
  type ManifestVerification,
  type PolicyInput,
  type ProvenanceVerification,
  type SignatureFact,
  type TrustData
} from '../contracts/policy-input.js'
import { decodeBase64, detachedSignatureFact } from './signature.js'
import { vexRecord } from './vex.js'
import {
  INDEX_FILE,
  MAX_ATTESTATIONS,
  type ProvenanceSource
} from '../contracts/evidence-package.js'
import { isValidVersion, type VersionScheme } from '../shared/versions.js'

export interface VerifiedPackage {
  input: PolicyInput
  data: { trust: TrustData }
  /** sha256 of every file the facts rest on: package files by relative path, artifacts as
   * `artifacts/<name>`, trust files as `trust:<path>`; keys sorted. */
  inputDigests: Record<string, string>
}

type ArtifactFact = ManifestVerification['artifacts'][number]

/** Verifiers by loaded-content type: the seam for Sigstore bundles and other signed formats. */
interface VerifyContext {
  pkg: LoadedPackage
  trust: LoadedTrust
  /** What an OpenPGP signature is judged as of (a signature made later does not verify). */
  evaluationTime: string
  artifacts: Map<string, ArtifactFact>
  /** Computed digests of every manifest artifact, in manifest order (filled by manifests first). */
  manifestArtifacts: { name: string; sha256: string | null }[]
}

async function artifactFact(
  ctx: VerifyContext,
  name: string,
  file: string,
  field: string
): Promise<ArtifactFact> {
  const cached = ctx.artifacts.get(name)
  if (cached) return { ...cached }
  const label = `${ctx.pkg.artifactsLabel}/${name}`
  const real =
    ctx.pkg.artifactsRoot === null
      ? null
      : await resolveInside(ctx.pkg.artifactsRoot, name, { file, field })
  const fact: ArtifactFact = real
    ? {
        name,
        file: label,
        present: true,
        ...(await sha256File(real, { file: label, field })),
        matches: false
      }
    : { name, file: label, present: false, size: null, sha256: null, matches: false }
  ctx.artifacts.set(name, fact)
  return { ...fact }
}

async function verifyManifest(
  ctx: VerifyContext,
  ev: LoadedEvidence,
  content: Extract<LoadedContent, { type: 'signed-blob' }>
): Promise<ManifestVerification> {
  // The signature is checked on these exact bytes, and the manifest is parsed from the same bytes.
  const signature = await detachedSignatureFact(
    content.signature.file,
    content.bytes,
    content.signature.text,
    ctx.trust,
    ctx.evaluationTime
  )
  return manifestFacts(ctx, ev, content.bytes, signature)
}

async function manifestFacts(
  ctx: VerifyContext,
  ev: LoadedEvidence,
  bytes: Buffer,
  signature: SignatureFact
): Promise<ManifestVerification> {
  const file = ev.file ?? ''
  const raw = parseJson(decodeUtf8(bytes, file), file)
  validateOrThrow('update-manifest', raw, file)
  const manifest = raw as { product: string; version: string; artifacts: ManifestArtifact[] }
  const artifacts: ArtifactFact[] = []
  const names = new Set<string>()
  for (const [i, a] of manifest.artifacts.entries()) {
    const field = `artifacts[${i}].name`
    if (names.has(a.name)) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `artifact '${clip(a.name, 100)}' appears more than once; must be unique`,
        { file, field }
      )
    }
    names.add(a.name)
    const fact = await artifactFact(ctx, a.name, file, field)
    fact.matches = fact.present && fact.size === a.size && fact.sha256 === a.sha256
    artifacts.push(fact)
    if (!ctx.manifestArtifacts.some(m => m.name === a.name)) {
      ctx.manifestArtifacts.push({ name: a.name, sha256: fact.sha256 })
    }
  }
  return {
    type: 'update-manifest',
    manifest: {
      product: manifest.product,
      version: manifest.version,
      artifacts: manifest.artifacts.map(a => ({ name: a.name, size: a.size, sha256: a.sha256 }))
    },
    signatures: [signature],
    artifacts
  }
}

interface SigstoreContext {
  module: typeof import('./sigstore.js')
  trust: SigstoreTrust
}

async function sigstoreContext(trust: LoadedTrust): Promise<SigstoreContext> {
  const module = await import('./sigstore.js')
  const root = trust.sigstoreRoot ?? loadPublicGoodRoot()
  return { module, trust: { root: root.json, rootLabel: root.label, keys: trust.keys } }
}

type BundleContent = Extract<LoadedContent, { type: 'sigstore-bundle' }>

const bundleSource = (
  content: Pick<BundleContent, 'bundleFile' | 'origin'>,
  b: BundleContent['bundles'][number]
) => ({
  file: content.bundleFile.file,
  field: b.field ?? (b.line === null ? '' : `line ${b.line}`),
  source: b.line === null ? content.bundleFile.file : `${content.bundleFile.file}#${b.line}`,
  origin: content.origin
})

/** Build provenance verified, and the other candidates verified the same way (in order). */
export interface BundleProvenance {
  verification: ProvenanceVerification
  alternatives: ProvenanceVerification[]
}

/**
 * Build provenance from Sigstore bundles. The candidates are the SLSA v1 statements that name a
 * manifest artifact's digest among their subjects, each verified, in the file's (a .jsonl) or the
 * answer's (the GitHub attestations API) order: anyone who can attest to the repository can add
 * one, so which counts is the policy's to judge by its signer (lib.evidence), never the first
 * listed. Without such a statement, the first that names an artifact, else the first, alone (as
 * it is judged: its predicate type or subjects are then the violation).
 */
export function verifyBundleProvenance(
  ctx: Pick<VerifyContext, 'manifestArtifacts'>,
  content: BundleContent,
  sigstore: SigstoreContext
): BundleProvenance {
  const wanted = new Set(
    ctx.manifestArtifacts.map(a => a.sha256).filter((d): d is string => d !== null)
  )
  const parsed = content.bundles.map(b => {
    const where = bundleSource(content, b)
    const bundle = sigstore.module.parseBundle(b.json, where)
    if (bundle.content.$case !== 'dsseEnvelope') {
      throw new GateError(
        'SCHEMA_VIOLATION',
        'is a message-signature bundle: build provenance is a DSSE bundle holding an in-toto statement',
        {
          file: where.file,
          field: where.field === '' ? 'messageSignature' : `${where.field}.messageSignature`
        }
      )
    }
    const env = bundle.content.dsseEnvelope
    const facts = statementFacts(
      env.payload,
      where.file,
      ctx.manifestArtifacts,
      where.field === '' ? 'dsseEnvelope' : `${where.field}.dsseEnvelope`,
      env.payloadType
    )
    return { bundle, where, facts }
  })
  const namesArtifact = (p: (typeof parsed)[number]) =>
    p.facts.statement.subjects.some(s => s.sha256 !== null && wanted.has(s.sha256))
  // An artifact may carry several attestations (an SBOM beside the provenance): SLSA v1 only.
  const slsa = parsed.filter(
    p => namesArtifact(p) && p.facts.statement.predicateType === SLSA_PROVENANCE_V1
  )
  const fallback = parsed.find(namesArtifact) ?? parsed[0]
  const candidates = slsa.length > 0 ? slsa : fallback ? [fallback] : []
  if (candidates.length === 0)
    throw new GateError('SCHEMA_VIOLATION', 'holds no Sigstore bundle', {
      file: content.bundleFile.file
    })
  if (candidates.length > MAX_ATTESTATIONS)
    throw new GateError(
      'SCHEMA_VIOLATION',
      `holds ${candidates.length} SLSA v1 statements naming a manifest artifact; at most ${MAX_ATTESTATIONS} are judged`,
      { file: content.bundleFile.file }
    )
  const [verification, ...alternatives] = candidates.map(c => ({
    ...c.facts,
    format: 'sigstore-bundle' as const,
    signatures: [sigstore.module.verifyBundle(c.bundle, null, sigstore.trust, c.where).signature]
  }))
  return { verification: verification!, alternatives }
}

/**
 * A message-signature bundle over `bytes`: of several (a .jsonl), the one whose message digest is
 * the digest of the bytes. `what` names the signed thing for the error on a DSSE bundle.
 */
function verifyMessageBundles(
  content: Pick<BundleContent, 'bundleFile' | 'bundles' | 'origin'>,
  bytes: Buffer,
  sigstore: SigstoreContext,
  what: string
): SignatureFact {
  const digest = createHash('sha256').update(bytes).digest()
  const parsed = content.bundles.map(b => {
    const where = bundleSource(content, b)
    return { bundle: sigstore.module.parseBundle(b.json, where), where }
  })
  const chosen =
    parsed.find(
      p =>
        p.bundle.content.$case === 'messageSignature' &&
        p.bundle.content.messageSignature.messageDigest?.digest.equals(digest)
    ) ?? parsed[0]
  if (!chosen)
    throw new GateError('SCHEMA_VIOLATION', 'holds no Sigstore bundle', {
      file: content.bundleFile.file
    })
  if (chosen.bundle.content.$case !== 'messageSignature') {
    throw new GateError(
      'SCHEMA_VIOLATION',
      `is a DSSE bundle: ${what} is signed as a message signature (cosign sign-blob --bundle); a DSSE bundle over it is not supported`,
      {
        file: chosen.where.file,
        field: chosen.where.field === '' ? 'dsseEnvelope' : `${chosen.where.field}.dsseEnvelope`
      }
    )
  }
  return sigstore.module.verifyBundle(chosen.bundle, bytes, sigstore.trust, chosen.where).signature
}

async function verifyBundleManifest(
  ctx: VerifyContext,
  ev: LoadedEvidence,
  content: BundleContent,
  sigstore: SigstoreContext
): Promise<ManifestVerification> {
  const bytes = content.bytes ?? Buffer.alloc(0)
  let signature: SignatureFact
  if (!content.bundleFile.present) {
    signature = {
      source: content.bundleFile.file,
      verified: false,
      keyId: null,
      keyFingerprint: null,
      algorithm: null,
      reason: 'signature file not found'
    }
  } else {
    signature = verifyMessageBundles(content, bytes, sigstore, 'an update manifest')
  }
  return manifestFacts(ctx, ev, bytes, signature)
}

/**
 * How an item's content is signed: a record's carrier (a detached signature, or the in-toto
 * statement holding it), a supplier document's detached signature; null when it is not signed
 * or is content of another kind.
 */
const signedOf = (c: LoadedContent): SignedRecord | null =>
  c.type === 'record' || c.type === 'vex' ? c.signed : null

/**
 * How a record (or a supplier's affected-versions document) is signed, as facts: each signature
 * (key or certificate identity, through the same verifiers as manifests and provenance) and, for
 * an in-toto statement, its predicate type and whether its subjects are exactly the signed
 * manifest's artifact digests. Null when unsigned.
 */
async function attestationFact(
  ctx: VerifyContext,
  ev: LoadedEvidence,
  sigstore: SigstoreContext | null,
  certificate: (file: string) => CertificateVerifier | undefined
): Promise<AttestationFact | null> {
  const signed = signedOf(ev.content)
  if (signed === null) return null
  const file = ev.file ?? ''
  if (signed.carrier === 'signature') {
    const signatures: SignatureFact[] =
      signed.bundles !== null && sigstore
        ? [
            verifyMessageBundles(
              {
                bundleFile: { file: signed.file, present: true, sha256: null },
                bundles: signed.bundles,
                origin: 'package'
              },
              signed.bytes,
              sigstore,
              'a record'
            )
          ]
        : [
            await detachedSignatureFact(
              signed.file,
              signed.bytes,
              signed.text,
              ctx.trust,
              ctx.evaluationTime
            )
          ]
    return {
      carrier: 'signature',
      file: signed.file,
      signatures,
      payloadType: null,
      predicateType: null,
      subjects: null,
      subjectsMatch: null
    }
  }
  const statement: ProvenanceVerification =
    signed.carrier === 'dsse'
      ? verifyDsse(signed.envelope, file, ctx.trust.keys, ctx.manifestArtifacts, certificate(file))
      : sigstore
        ? verifyBundleProvenance(
            ctx,
            {
              type: 'sigstore-bundle',
              format: 'sigstore-bundle',
              bytes: null,
              origin: 'package',
              ...signed
            },
            sigstore
          ).verification
        : (() => {
            throw new Error(`the Sigstore verifier was not loaded for ${file}`)
          })()
  const subjects = statement.statement.subjects.map(x => ({ name: x.name, sha256: x.sha256 }))
  return {
    carrier: signed.carrier,
    file,
    signatures: statement.signatures,
    payloadType: statement.payloadType,
    predicateType: statement.statement.predicateType,
    subjects,
    subjectsMatch:
      ctx.manifestArtifacts.length === 0 ? null : sameDigests(ctx.manifestArtifacts, subjects)
  }
}

/**
 * Whether a statement's subjects are exactly the signed manifest's artifacts, as sets of sha256
 * digests (two artifacts with the same bytes are one digest): every artifact's digest is a
 * subject's and every subject's an artifact's. No subjects, or an artifact without a computed
 * digest, bind nothing.
 */
function sameDigests(
  artifacts: readonly { sha256: string | null }[],
  subjects: readonly { sha256: string | null }[]
): boolean {
  const named = new Set(subjects.map(x => x.sha256))
  const manifest = new Set(artifacts.map(a => a.sha256))
  return (
    subjects.length > 0 &&
    !manifest.has(null) &&
    !named.has(null) &&
    named.size === manifest.size &&
    [...named].every(d => manifest.has(d))
  )
}

/**
 * The product's version scheme is the trust configuration's (the buyer's), never the package's:
 * an index that claims another is an input error, and so is a version in scope or in an
 * exception that is not valid in the scheme.
 */
function versionSchemeOf(pkg: LoadedPackage, trust: LoadedTrust): VersionScheme {
  const product = pkg.facts.scope.product
  const scheme =
    (trust.data.products ?? []).find(p => p.id === product)?.versionScheme ?? ('semver' as const)
  if (pkg.claimedVersionScheme !== null && pkg.claimedVersionScheme !== scheme) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      `claims version scheme ${pkg.claimedVersionScheme}, but the trust configuration declares ${scheme} for product ${product} (the buyer decides how versions compare)`,
      { file: INDEX_FILE, field: 'scope.versionScheme' }
    )
  }
  const check = (value: string, field: string) => {
    if (!isValidVersion(scheme, value)) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `must be a ${scheme} version (the version scheme of product ${product}), got ${JSON.stringify(value)}`,
        { file: INDEX_FILE, field }
      )
    }
  }
  check(pkg.facts.scope.fromVersion, 'scope.fromVersion')
  check(pkg.facts.scope.toVersion, 'scope.toVersion')
  pkg.facts.exceptions.forEach((e, i) => check(e.remainOn, `exceptions[${i}].remainOn`))
  return scheme
}

export interface VerifyOptions {
  /**
   * Where build provenance may be fetched from (the GitHub attestations API) when the package
   * carries none: asked for each manifest artifact's digest, after the manifests are verified.
   */
  provenance?: ProvenanceSource
}

const needsSigstore = (items: readonly LoadedEvidence[]): boolean =>
  items.some(ev => {
    const c = ev.content
    const signed = signedOf(c)
    const envelope =
      c.type === 'dsse' ? c.envelope : signed?.carrier === 'dsse' ? signed.envelope : null
    return (
      c.type === 'sigstore-bundle' ||
      signed?.carrier === 'sigstore-bundle' ||
      (signed?.carrier === 'signature' && signed.bundles !== null) ||
      (envelope !== null && envelope.signatures.some(s => s.cert !== undefined))
    )
  })

/**
 * Build provenance fetched for the manifest artifacts' digests: one evidence item per distinct
 * answer that holds attestations (`github-attestations:<artifact>`); no item when there are none,
 * so the package stays without provenance. Errors of the source are the run's errors.
 */
async function fetchProvenance(
  source: ProvenanceSource,
  ctx: VerifyContext,
  position: number
): Promise<LoadedEvidence[]> {
  const out: LoadedEvidence[] = []
  const seen = new Set<string>()
  for (const artifact of ctx.manifestArtifacts) {
    if (artifact.sha256 === null || seen.has(artifact.sha256)) continue
    seen.add(artifact.sha256)
    const answer = await source.bundlesFor(artifact.sha256)
    if (answer.bundles.length === 0 || out.some(ev => ev.sha256 === answer.sha256)) continue
    const id = `github-attestations:${artifact.name}`
    out.push(fetchedProvenance(answer, source.origin, id, position + out.length))
  }
  return out
}

/**
 * Computes the policy input for one loaded package. Deterministic: the same package, trust and
 * evaluation time give the same result. Throws GateError only for input errors (a malformed
 * manifest or provenance payload, an artifact path leaving the artifacts directory, a bad
 * evaluation time); a failed signature or a changed artifact is a fact, not an error.
 */
export async function verifyPackage(
  pkg: LoadedPackage,
  trust: LoadedTrust,
  evaluationTime: string,
  options: VerifyOptions = {}
): Promise<VerifiedPackage> {
  const time = normaliseTimestamp(evaluationTime, { field: 'evaluationTime' })
  const ctx: VerifyContext = {
    pkg,
    trust,
    evaluationTime: time,
    artifacts: new Map(),
    manifestArtifacts: []
  }
  const verification = new Map<number, EvidenceFact['verification']>()
  // Manifests first: provenance facts need the manifest artifacts' computed digests.
  for (const ev of pkg.evidence) {
    if (ev.content.type === 'signed-blob')
      verification.set(ev.position, await verifyManifest(ctx, ev, ev.content))
  }
  // The Sigstore verifier is loaded only when a bundle or a certificate-carrying DSSE signature
  // is there, so a run without one does not pay for it.
  let sigstore = needsSigstore(pkg.evidence) ? await sigstoreContext(trust) : null
  for (const ev of pkg.evidence) {
    if (ev.content.type === 'sigstore-bundle' && ev.kind === 'update-manifest' && sigstore) {
      verification.set(ev.position, await verifyBundleManifest(ctx, ev, ev.content, sigstore))
    }
  }
  const fetched =
    options.provenance && !pkg.evidence.some(ev => ev.kind === 'build-provenance')
      ? await fetchProvenance(options.provenance, ctx, pkg.evidence.length)
      : []
  if (fetched.length > 0) sigstore ??= await sigstoreContext(trust)
  const items = [...pkg.evidence, ...fetched]
  const loaded = sigstore
  const certificate = (file: string): CertificateVerifier | undefined =>
    loaded
      ? (i, s, payloadType, payload) =>
          loaded.module.verifyDsseCertificate(
            {
              payloadType,
              payload,
              sig: decodeBase64(s.sig) ?? Buffer.alloc(0),
              keyid: s.keyid
            },
            s.cert,
            loaded.trust,
            {
              file,
              field: `signatures[${i}].cert`,
              source: `envelope#${i}`,
              origin: 'package'
            }
          )
      : undefined
  const attestations = new Map<number, AttestationFact | null>()
  const alternatives = new Map<number, ProvenanceVerification[]>()
  for (const ev of items) {
    if (ev.content.type === 'dsse') {
      const file = ev.file ?? ''
      verification.set(
        ev.position,
        verifyDsse(ev.content.envelope, file, trust.keys, ctx.manifestArtifacts, certificate(file))
      )
    }
    if (ev.content.type === 'sigstore-bundle' && ev.kind === 'build-provenance' && sigstore) {
      const provenance = verifyBundleProvenance(ctx, ev.content, sigstore)
      verification.set(ev.position, provenance.verification)
      if (provenance.alternatives.length > 0) alternatives.set(ev.position, provenance.alternatives)
    }
    attestations.set(ev.position, await attestationFact(ctx, ev, sigstore, certificate))
  }
  const scope = {
    ...pkg.facts.scope,
    versionScheme: versionSchemeOf(pkg, trust),
    identifiers: pkg.facts.scope.identifiers ?? []
  }
  const facts = { ...pkg.facts, scope }
  const evidence: EvidenceFact[] = items.map(ev => ({
    id: ev.id,
    kind: ev.kind,
    file: ev.file,
    producer: ev.producer,
    time: ev.time,
    controls: [...ev.controls],
    present: ev.present,
    sha256: ev.sha256,
    statement: ev.statement,
    record:
      ev.content.type === 'record'
        ? ev.content.record
        : ev.content.type === 'vex'
          ? vexRecord(ev.content.document, ev.file ?? '', scope, scope.versionScheme, time)
          : null,
    verification: verification.get(ev.position) ?? null,
    ...(alternatives.has(ev.position) ? { alternatives: alternatives.get(ev.position) } : {}),
    attestation: attestations.get(ev.position) ?? null
  }))

  const digests: Record<string, string> = { ...pkg.fileDigests, ...trust.fileDigests }
  for (const ev of fetched) if (ev.file !== null && ev.sha256 !== null) digests[ev.file] = ev.sha256
  for (const a of ctx.artifacts.values()) if (a.sha256 !== null) digests[a.file] = a.sha256
  const inputDigests = Object.fromEntries(
    Object.entries(digests).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  )
  return {
    input: { apiVersion: POLICY_INPUT_VERSION, evaluationTime: time, package: facts, evidence },
    data: { trust: trust.data },
    inputDigests
  }
}
