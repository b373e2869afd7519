/**
 * The GitHub REST client the Action uses: Octokit from @actions/github with the retry and
 * throttling plugins, the base URL from GITHUB_API_URL, a timeout on every request and a bound
 * on every retry. Whatever still fails becomes a GateError('GITHUB_API'), which ends the run as
 * `error`, never as an approval.
 */
import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { GitHubClient } from './api.js'

export interface ClientOptions {
  token: string
  /** Defaults to GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string
  /** Per request, covering connect, headers and body. Default 30 s. */
  timeoutMs?: number
  /** Retries after 5xx, network errors and 429 (retry plugin). Default 2. */
  retries?: number
  /** Retries after primary or secondary rate limits (throttling plugin). Default 2. */
  rateLimitRetries?: number
  /** A rate limit that asks for a longer wait than this fails instead. Default 60 s. */
  maxRateLimitWaitSeconds?: number
  log?: (message: string) => void
}

type FetchLike = (url: string, init?: RequestInit) => Promise<Response>

/**
 * undici cancels the body of a Response that is garbage-collected, and Octokit keeps only the
 * body of a streamed download: under GC pressure a download then ends early, empty. Keying the
 * Response by its body keeps it alive exactly as long as the body is.
 */
const responseOfBody = new WeakMap<object, Response>()

/** Adds a timeout to any request that does not bring its own signal (downloads do). */
export function withTimeout(fetchImpl: FetchLike, timeoutMs: number): FetchLike {
  return async (url, init = {}) => {
    const response = await fetchImpl(url, {
      ...init,
      signal: init.signal ?? AbortSignal.timeout(timeoutMs)
    })
    if (response.body) responseOfBody.set(response.body, response)
    return response
  }
}

export function createClient(options: ClientOptions): GitHubClient {
  const baseUrl = (
    options.baseUrl ||
    process.env.GITHUB_API_URL ||
    'https://api.github.com'
  ).replace(/\/+$/, '')
  const log = options.log ?? (() => {})
  const rateLimitRetries = options.rateLimitRetries ?? 2
  const maxWait = options.maxRateLimitWaitSeconds ?? 60
  // The @actions/github defaults carry the proxy-aware fetch; Octokit merges options shallowly,
  // so `request` is rebuilt from them rather than replaced.
  const baseFetch = ((defaults.request as { fetch?: FetchLike } | undefined)?.fetch ??
    globalThis.fetch) as FetchLike
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      requestOptions: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number
    ) => {
      const what = `${requestOptions.method ?? 'GET'} ${requestOptions.url ?? ''}`
      if (retryCount < rateLimitRetries && retryAfter <= maxWait) {
        log(`GitHub ${kind} rate limit on ${what}; retrying in ${retryAfter}s`)
        return true
      }
      log(`GitHub ${kind} rate limit on ${what}; giving up`)
      return false
    }
  return getOctokit(
    options.token,
    {
      baseUrl,
      request: {
        ...(defaults.request ?? {}),
        fetch: withTimeout(baseFetch, options.timeoutMs ?? 30_000)
      },
      retry: { retries: options.retries ?? 2 },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary')
      },
      log: { debug: () => {}, info: () => {}, warn: log, error: log }
    },
    retry,
    throttling
  )
}
