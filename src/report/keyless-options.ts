/**
 * What keyless signing takes (src/report/keyless.ts does the signing and is loaded only when it
 * is asked for; this module holds what the entry points check before a run, without
 * @sigstore/sign).
 */
import { GateError } from '../shared/errors.js'

/** Sigstore's public-good instance (what cosign and @actions/attest use for public repositories). */
export const PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev'
export const PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev'

export interface KeylessOptions {
  /** Fulcio's base URL (certificate for the identity token). */
  fulcioUrl: string
  /** Rekor's base URL (transparency log entry); null: none (then a TSA is required). */
  rekorUrl: string | null
  /** An RFC 3161 timestamp authority's base URL (GitHub's own Sigstore instance uses one). */
  tsaUrl?: string | null
  /** The OIDC identity token (a JWT) Fulcio binds the certificate to, fetched on demand. */
  identityToken: () => Promise<string>
  /** Per request; default 15 s. */
  timeoutMs?: number
  /** Retries per request (5xx, 408, 429, network errors); default 2. */
  retries?: number
  /** Names the flag or input each URL came from, for error messages (e.g. `--fulcio-url`). */
  fields?: { fulcio: string; rekor: string; tsa: string; token: string }
}

export const DEFAULT_FIELDS = {
  fulcio: 'Fulcio URL',
  rekor: 'Rekor URL',
  tsa: 'timestamp authority URL',
  token: 'identity token'
}

/** An http(s) URL, or a usage error naming the flag or input it came from. */
export function checkServiceUrl(value: string, field: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new GateError('USAGE', `expected an http(s) URL, got "${value}"`, { field })
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new GateError('USAGE', `expected an http(s) URL, got "${value}"`, { field })
  return value.replace(/\/+$/, '')
}
