/**
 * Keyless signing of the verification summary through Sigstore: an ephemeral key, a short-lived
 * certificate from Fulcio for the OIDC identity token passed in, the DSSE signature witnessed by
 * Rekor (and/or an RFC 3161 timestamp authority), packaged as a Sigstore bundle v0.3 (what
 * `cosign verify-blob-attestation --bundle`, `gh attestation verify --bundle` and @sigstore/verify
 * read). The endpoints are passed in, never assumed, so tests point them at stand-ins.
 *
 * Output plumbing only: it signs the exact bytes `--format vsa` prints (src/report/vsa.ts). This
 * module is loaded by a dynamic import only when keyless signing is asked for, so @sigstore/sign
 * and its HTTP stack cost nothing to a run that does not sign.
 */
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle'
import { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness } from '@sigstore/sign'
import type { Witness } from '@sigstore/sign'
import type { GateReport } from '../contracts/report.js'
import { GateError, messageOf } from '../shared/errors.js'
import { IN_TOTO_PAYLOAD_TYPE } from '../verify/dsse.js'
import { renderVsa } from './vsa.js'
import { DEFAULT_FIELDS, type KeylessOptions } from './keyless-options.js'

export type { KeylessOptions }

/** Which step of keyless signing failed, from @sigstore/sign's error code. */
function stepOf(code: string | undefined, options: KeylessOptions): string {
  const fields = options.fields ?? DEFAULT_FIELDS
  switch (code) {
    case 'CA_CREATE_SIGNING_CERTIFICATE_ERROR':
      return `the signing certificate from Fulcio (${fields.fulcio} ${options.fulcioUrl})`
    case 'TLOG_CREATE_ENTRY_ERROR':
    case 'TLOG_FETCH_ENTRY_ERROR':
      return `the transparency log entry in Rekor (${fields.rekor} ${options.rekorUrl ?? ''})`
    case 'TSA_CREATE_TIMESTAMP_ERROR':
      return `the timestamp (${fields.tsa} ${options.tsaUrl ?? ''})`
    case 'IDENTITY_TOKEN_READ_ERROR':
    case 'IDENTITY_TOKEN_PARSE_ERROR':
      return `the OIDC identity token (${fields.token})`
    default:
      return 'the Sigstore bundle'
  }
}

/** The error and its causes, one line: @sigstore/sign wraps the HTTP error as `cause`. */
function reasonOf(error: unknown): string {
  const parts: string[] = []
  for (let e: unknown = error, depth = 0; e !== undefined && depth < 4; depth++) {
    const line = messageOf(e).split('\n')[0] ?? ''
    if (line && !parts.includes(line)) parts.push(line)
    e = (e as { cause?: unknown } | null)?.cause
  }
  return parts.join(': ') || 'unknown error'
}

/**
 * The text with the identity token taken out: @sigstore/sign quotes a token it refuses, and a
 * token is a credential (the reason the CLI reads it from SIGSTORE_ID_TOKEN). Anything shaped
 * like a JWT goes too, should a library quote it re-encoded.
 */
function withoutToken(text: string, token: string | undefined): string {
  const named = token ? text.split(token).join('<identity token>') : text
  return named.replace(/eyJ[\w-]*\.[\w-]+\.[\w-]*/g, '<identity token>')
}

/**
 * Signs the statement bytes (`payload`, an in-toto Statement) keyless into a DSSE Sigstore bundle.
 * Any failure is a GateError naming the step (token, Fulcio, Rekor, timestamp) and the URL.
 */
export async function signStatementKeyless(
  payload: Buffer,
  options: KeylessOptions
): Promise<SerializedBundle> {
  if (options.rekorUrl === null && !options.tsaUrl)
    throw new GateError(
      'USAGE',
      'keyless signing needs a transparency log (Rekor) or a timestamp authority: the signature must be witnessed after the certificate is issued',
      { field: (options.fields ?? DEFAULT_FIELDS).rekor }
    )
  const timeout = options.timeoutMs ?? 15_000
  const retry = options.retries ?? 2
  let tokenError: unknown
  let token: string | undefined
  const signer = new FulcioSigner({
    fulcioBaseURL: options.fulcioUrl,
    identityProvider: {
      getToken: () =>
        options.identityToken().then(
          value => (token = value),
          (error: unknown) => {
            tokenError = error
            throw error
          }
        )
    },
    timeout,
    retry
  })
  const witnesses: Witness[] = []
  if (options.rekorUrl !== null)
    witnesses.push(new RekorWitness({ rekorBaseURL: options.rekorUrl, timeout, retry }))
  if (options.tsaUrl) witnesses.push(new TSAWitness({ tsaBaseURL: options.tsaUrl, timeout, retry }))
  try {
    const bundle = await new DSSEBundleBuilder({ signer, witnesses }).create({
      data: payload,
      type: IN_TOTO_PAYLOAD_TYPE
    })
    return bundleToJSON(bundle)
  } catch (error) {
    if (error instanceof GateError) throw error
    const code = (error as { code?: string } | null)?.code
    const step =
      tokenError !== undefined
        ? `the OIDC identity token (${(options.fields ?? DEFAULT_FIELDS).token})`
        : stepOf(code, options)
    throw new GateError(
      'SIGNING',
      `keyless signing failed at ${step}: ${withoutToken(reasonOf(tokenError ?? error), token)}`
    )
  }
}

/** The verification summary (the bytes `--format vsa` prints), signed keyless: a Sigstore bundle. */
export async function signVsaKeyless(
  report: GateReport,
  toolVersion: string,
  options: KeylessOptions
): Promise<SerializedBundle> {
  return signStatementKeyless(Buffer.from(renderVsa(report, toolVersion), 'utf8'), options)
}

export async function renderKeylessVsa(
  report: GateReport,
  toolVersion: string,
  options: KeylessOptions
): Promise<string> {
  return `${JSON.stringify(await signVsaKeyless(report, toolVersion, options), null, 2)}\n`
}
