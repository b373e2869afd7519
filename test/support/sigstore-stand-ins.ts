/**
 * Sigstore stand-ins on 127.0.0.1 for keyless-signing tests: @sigstore/mock's Fulcio (CA and CT
 * log), Rekor and RFC 3161 timestamp handlers, mounted on a real node:http server started by the
 * test, plus the trusted root (trusted_root.json, protobuf-specs JSON) made of the stand-ins' own
 * CA certificate and log and TSA keys, and OIDC identity tokens the stand-in Fulcio accepts.
 */
import { createHash, generateKeyPairSync, sign, webcrypto, type KeyObject } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { bundleFromJSON, bundleToJSON, type SerializedBundle } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import {
  DSSEBundleBuilder,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
  type Signer,
  type Witness
} from '@sigstore/sign'
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify'
// @sigstore/mock's own dependencies, for leaf certificates its CA would not issue (@peculiar/x509
// needs the reflect-metadata polyfill loaded first, as @sigstore/mock loads it).
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { OctetString, Utf8String } from 'asn1js'
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
  type HandlerFn
} from '@sigstore/mock'

export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com'

/**
 * Verifies a Sigstore bundle (JSON) with @sigstore/verify against `trustedRoot` (e.g. the
 * stand-ins') under `thresholds`, as signed by the GitHub workflow identity `san`: the signer, or
 * it throws.
 */
export function verifyWorkflowBundle(
  bundle: unknown,
  trustedRoot: unknown,
  san: string,
  thresholds: { tlogThreshold?: number; ctlogThreshold?: number; timestampThreshold?: number }
) {
  return new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot)), thresholds).verify(
    toSignedEntity(bundleFromJSON(bundle)),
    {
      subjectAlternativeName: san,
      extensions: { issuer: GITHUB_OIDC_ISSUER }
    }
  )
}

const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' })

const b64 = (bytes: Buffer | ArrayBufferView): string =>
  Buffer.from(
    (bytes as ArrayBufferView).buffer,
    (bytes as ArrayBufferView).byteOffset,
    (bytes as ArrayBufferView).byteLength
  ).toString('base64')

const b64url = (value: Buffer | string) => Buffer.from(value).toString('base64url')

export interface StandIns {
  url: string
  fulcioUrl: string
  rekorUrl: string
  tsaUrl: string
  /** trusted_root.json for the stand-ins (CA, Rekor, CT log, TSA). */
  trustedRoot: Record<string, unknown>
  /** Requests served, by path. */
  served: string[]
  /** Paths answered with this status instead of the handler (to test failures). */
  failures: Map<string, number>
  /** The Fulcio CA and the TSA themselves: certificates and timestamps without a request. */
  ca: Awaited<ReturnType<typeof initializeCA>>
  tsa: Awaited<ReturnType<typeof initializeTSA>>
  /**
   * A leaf certificate of the stand-in CA (with its SCT) that Fulcio would not issue: with other
   * extended key usages than codeSigning (or none), or a CA certificate (CA:TRUE, keyCertSign).
   */
  issueLeaf: (options: LeafOptions) => Promise<Buffer>
  close: () => Promise<void>
}

/** A Fulcio certificate extension: its OID and value (a raw string when `legacy`, as the v1 ones). */
export interface CertificateExtension {
  oid: string
  value: string
  legacy?: boolean
}

export interface LeafOptions {
  /** DER SubjectPublicKeyInfo of the signing key. */
  publicKey: Buffer
  subjectAltName: string
  extensions: CertificateExtension[]
  /** The extended key usages (OIDs; Fulcio's is codeSigning, 1.3.6.1.5.5.7.3.3), null for none. */
  extendedKeyUsage: string[] | null
  ca: boolean
}

const FULCIO_OID = '1.3.6.1.4.1.57264.1.'

/**
 * The Fulcio extensions of a certificate for a GitHub Actions workflow run: issuer (v1 and v2),
 * build signer URI (the workflow that ran, with its ref), runner environment, source repository,
 * commit and ref, as Fulcio writes them from the token's claims. A value left out (null) is
 * not written.
 */
export function githubExtensions(options: {
  repository: string | null
  ref?: string | null
  signer?: string | null
  runner?: string | null
  issuer?: string
}): CertificateExtension[] {
  const issuer = options.issuer ?? GITHUB_OIDC_ISSUER
  const values: [number, string | null | undefined][] = [
    [9, options.signer],
    [11, options.runner === undefined ? 'github-hosted' : options.runner],
    [12, options.repository === null ? null : `https://github.com/${options.repository}`],
    [13, options.repository === null ? null : 'a'.repeat(40)],
    [14, options.ref === undefined ? 'refs/heads/main' : options.ref]
  ]
  return [
    { oid: `${FULCIO_OID}1`, value: issuer, legacy: true },
    { oid: `${FULCIO_OID}8`, value: issuer },
    ...values.flatMap(([n, value]) =>
      typeof value === 'string' ? [{ oid: `${FULCIO_OID}${n}`, value }] : []
    )
  ]
}

export interface KeylessBundleOptions {
  subjectAltName: string
  extensions: CertificateExtension[]
  /** A DSSE envelope over `dsse` (an in-toto statement by default), or a message signature over `message`. */
  content: { dsse: Buffer; payloadType?: string } | { message: Buffer }
  /** Logged in the stand-in Rekor (default true), timestamped by the stand-in TSA (default true). */
  tlog?: boolean
  timestamp?: boolean
  /** A leaf Fulcio would not issue (issueLeaf), instead of the stand-in CA's usual certificate. */
  leaf?: Pick<LeafOptions, 'extendedKeyUsage' | 'ca'>
}

/**
 * A keyless Sigstore bundle (v0.3, JSON) made as a keyless signer makes one, with @sigstore/sign:
 * a fresh key, a certificate of the stand-in CA for the SAN and extensions, the signature logged
 * in the stand-in Rekor and timestamped by its TSA (each unless left out).
 */
export async function keylessBundle(
  standIns: StandIns,
  options: KeylessBundleOptions
): Promise<SerializedBundle> {
  const { privateKey, publicKey } = keyPair()
  const spki = publicKey.export({ type: 'spki', format: 'der' })
  const der = options.leaf
    ? await standIns.issueLeaf({
        publicKey: spki,
        subjectAltName: options.subjectAltName,
        extensions: options.extensions,
        ...options.leaf
      })
    : await standIns.ca.issueCertificate({
        publicKey: new Uint8Array(spki),
        subjectAltName: options.subjectAltName,
        extensions: options.extensions
      })
  const certificate = new x509.X509Certificate(
    Buffer.from(der.buffer, der.byteOffset, der.byteLength)
  ).toString('pem')
  const signer: Signer = {
    sign: async data => ({
      signature: sign('sha256', data, privateKey),
      key: { $case: 'x509Certificate', certificate }
    })
  }
  const witnesses: Witness[] = [
    ...(options.tlog === false ? [] : [new RekorWitness({ rekorBaseURL: standIns.rekorUrl })]),
    ...(options.timestamp === false ? [] : [new TSAWitness({ tsaBaseURL: standIns.tsaUrl })])
  ]
  const content = options.content
  const bundle =
    'dsse' in content
      ? await new DSSEBundleBuilder({ signer, witnesses }).create({
          data: content.dsse,
          type: content.payloadType ?? 'application/vnd.in-toto+json'
        })
      : await new MessageSignatureBundleBuilder({ signer, witnesses }).create({
          data: content.message
        })
  return bundleToJSON(bundle)
}

/**
 * What Rekor stores for a proposed `dsse` v0.0.1 entry (rekor pkg/types/dsse/v0.0.1 Canonicalize):
 * the envelope's and the payload's sha256 and each signature with its verifier, not the proposal
 * itself. @sigstore/mock's Rekor logs the proposal as it comes, which no verifier accepts; the
 * stand-in hands it the canonical entry instead (other kinds pass through unchanged).
 */
function canonicalDsse(body: string): string {
  const entry = JSON.parse(body) as {
    kind?: string
    apiVersion?: string
    spec?: { proposedContent?: { envelope: string; verifiers: string[] } }
  }
  const proposed = entry.spec?.proposedContent
  if (entry.kind !== 'dsse' || entry.apiVersion !== '0.0.1' || !proposed) return body
  const envelope = JSON.parse(proposed.envelope) as {
    payload: string
    signatures: { sig: string }[]
  }
  const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex')
  return JSON.stringify({
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha(proposed.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((s, i) => ({
        signature: s.sig,
        verifier: proposed.verifiers[i] ?? proposed.verifiers[0]
      }))
    }
  })
}

/** Starts Fulcio, Rekor and a TSA on one 127.0.0.1 port (each under its own path prefix). */
export async function startSigstoreStandIns(): Promise<StandIns> {
  const caKeys = keyPair()
  const ctKeys = keyPair()
  const tlogKeys = keyPair()
  const tsaKeys = keyPair()
  // One clock for every stand-in, in whole seconds: the TSA writes genTime with the clock's
  // milliseconds and drops trailing zeros ("...12.5Z"), which @sigstore/core refuses (it reads
  // only three fraction digits), so a real clock failed one run in ten. Two seconds ahead, so
  // the time is inside the validity of the certificates the stand-ins create now.
  const clock = new Date((Math.floor(Date.now() / 1000) + 2) * 1000)
  const ctlog = await initializeCTLog(ctKeys, clock)
  const ca = await initializeCA(caKeys, ctlog, clock)
  const tsa = await initializeTSA(tsaKeys, clock)

  /** As @sigstore/mock's CA issues a certificate (its issuer, validity, extensions and SCT), but for `leaf`. */
  async function issueLeaf(leaf: LeafOptions): Promise<Buffer> {
    const crypto = webcrypto
    const ecdsa = { name: 'ECDSA', namedCurve: 'P-256' }
    const caPrivate = await crypto.subtle.importKey(
      'pkcs8',
      caKeys.privateKey.export({ type: 'pkcs8', format: 'der' }),
      ecdsa,
      false,
      ['sign']
    )
    const caPublic = await crypto.subtle.importKey(
      'spki',
      caKeys.publicKey.export({ type: 'spki', format: 'der' }),
      ecdsa,
      true,
      ['verify']
    )
    const key = await crypto.subtle.importKey('spki', leaf.publicKey, ecdsa, true, ['verify'])
    const usage =
      x509.KeyUsageFlags.digitalSignature | (leaf.ca ? x509.KeyUsageFlags.keyCertSign : 0)
    const params = {
      serialNumber: '0102',
      notBefore: clock,
      notAfter: new Date(clock.getTime() + 10 * 60 * 1000),
      issuer: 'CN=sigstore,O=sigstore.mock',
      publicKey: key,
      signingAlgorithm: { name: 'ECDSA', hash: 'SHA-384' },
      signingKey: caPrivate,
      extensions: [
        new x509.KeyUsagesExtension(usage, true),
        ...(leaf.extendedKeyUsage === null
          ? []
          : [new x509.ExtendedKeyUsageExtension(leaf.extendedKeyUsage)]),
        ...(leaf.ca ? [new x509.BasicConstraintsExtension(true, undefined, true)] : []),
        new x509.SubjectAlternativeNameExtension(
          [{ type: 'url', value: leaf.subjectAltName }],
          true
        ),
        await x509.SubjectKeyIdentifierExtension.create(key, false, crypto),
        await x509.AuthorityKeyIdentifierExtension.create(caPublic, false, crypto),
        ...leaf.extensions.map(
          e =>
            new x509.Extension(
              e.oid,
              false,
              e.legacy ? Buffer.from(e.value) : new Utf8String({ value: e.value }).toBER(false)
            )
        )
      ]
    }
    const precertificate = await x509.X509CertificateGenerator.create(params, crypto)
    const issuerId = createHash('sha256')
      .update(caKeys.publicKey.export({ type: 'spki', format: 'der' }))
      .digest()
    const sct = Buffer.from(
      await ctlog.log(precertificate.rawData, new Uint8Array(issuerId).buffer)
    )
    const list = Buffer.concat([Buffer.from([0x00, sct.byteLength]), sct])
    params.extensions.push(
      new x509.Extension(
        '1.3.6.1.4.1.11129.2.4.2',
        false,
        new OctetString({ valueHex: list }).toBER(false)
      )
    )
    return Buffer.from((await x509.X509CertificateGenerator.create(params, crypto)).rawData)
  }

  const served: string[] = []
  const failures = new Map<string, number>()
  const routes = new Map<string, HandlerFn>()
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0]!
      served.push(`${req.method} ${path}`)
      const failure = failures.get(path)
      const handler = routes.get(path)
      if (failure !== undefined || !handler || req.method !== 'POST') {
        res.writeHead(failure ?? 404, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ message: failure ? 'stand-in failure' : 'not found' }))
        return
      }
      const body = Buffer.concat(chunks).toString()
      void handler(path.startsWith('/rekor/') ? canonicalDsse(body) : body)
        .then(r => {
          res.writeHead(r.statusCode, { 'content-type': r.contentType ?? 'application/json' })
          res.end(typeof r.response === 'string' ? r.response : Buffer.from(r.response.buffer))
        })
        .catch((error: unknown) => {
          res.writeHead(500)
          res.end(String(error))
        })
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const fulcioUrl = `${url}/fulcio`
  const rekorUrl = `${url}/rekor`
  // A TSA URL with a path is the full endpoint (as in a Sigstore signing config).
  const tsaUrl = `${url}/tsa/api/v1/timestamp`
  const tlog = await initializeTLog(rekorUrl, tlogKeys, clock)
  for (const [prefix, handler] of [
    ['/fulcio', fulcioHandler(ca)],
    ['/rekor', rekorHandler(tlog)],
    ['/tsa', tsaHandler(tsa)]
  ] as const)
    routes.set(`${prefix}${handler.path}`, handler.fn)

  const start = '2020-01-01T00:00:00Z'
  const spki = (k: KeyObject) => k.export({ type: 'spki', format: 'der' })
  const logKey = (der: Buffer) => ({
    rawBytes: der.toString('base64'),
    keyDetails: 'PKIX_ECDSA_P256_SHA_256',
    validFor: { start }
  })
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: rekorUrl,
        hashAlgorithm: 'SHA2_256',
        publicKey: logKey(spki(tlogKeys.publicKey)),
        logId: { keyId: createHash('sha256').update(spki(tlogKeys.publicKey)).digest('base64') }
      }
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: fulcioUrl,
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor: { start }
      }
    ],
    ctlogs: [
      {
        baseUrl: `${url}/ct`,
        hashAlgorithm: 'SHA2_256',
        publicKey: logKey(spki(ctKeys.publicKey)),
        logId: { keyId: b64(ctlog.logID) }
      }
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore-tsa' },
        uri: tsaUrl,
        certChain: {
          certificates: [
            { rawBytes: b64(tsa.intCertificate) },
            { rawBytes: b64(tsa.rootCertificate) }
          ]
        },
        validFor: { start }
      }
    ]
  }
  return {
    url,
    fulcioUrl,
    rekorUrl,
    tsaUrl,
    trustedRoot,
    served,
    failures,
    ca,
    tsa,
    issueLeaf,
    close: () => new Promise(resolve => server.close(() => resolve()))
  }
}

/** The claims of a GitHub Actions OIDC token for `owner/repo`'s workflow at `ref`. */
export function githubClaims(
  repository: string,
  workflow = '.github/workflows/gate.yml',
  ref = 'refs/heads/main'
): Record<string, unknown> {
  const workflowRef = `${repository}/${workflow}@${ref}`
  return {
    iss: GITHUB_OIDC_ISSUER,
    // Fulcio puts the workflow as the certificate's URI SAN; the stand-in reads it from `sub`.
    sub: `https://github.com/${workflowRef}`,
    repository,
    repository_owner: repository.split('/')[0],
    ref,
    sha: 'a'.repeat(40),
    workflow_ref: workflowRef,
    job_workflow_ref: workflowRef,
    event_name: 'push',
    runner_environment: 'github-hosted'
  }
}

/** A signed ES256 JWT with `aud: sigstore` and the given claims, valid for ten minutes. */
export function identityToken(claims: Record<string, unknown>): string {
  const { privateKey } = keyPair()
  const now = Math.floor(Date.now() / 1000)
  const header = b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid: 'stand-in' }))
  const body = b64url(
    JSON.stringify({ aud: 'sigstore', iat: now, nbf: now, exp: now + 600, ...claims })
  )
  const signature = sign('sha256', Buffer.from(`${header}.${body}`), {
    key: privateKey,
    dsaEncoding: 'ieee-p1363'
  })
  return `${header}.${body}.${b64url(signature)}`
}
