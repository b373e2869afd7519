/**
 * Sigstore stand-ins on 127.0.0.1 for keyless-signing tests: @sigstore/mock's Fulcio (CA and CT
 * log), Rekor and RFC 3161 timestamp handlers, mounted on a real node:http server started by the
 * test, plus the trusted root (trusted_root.json, protobuf-specs JSON) made of the stand-ins' own
 * CA certificate and log and TSA keys, and OIDC identity tokens the stand-in Fulcio accepts.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify'
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
  close: () => Promise<void>
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
