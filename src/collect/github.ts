/**
 * The GitHub REST client the Action uses: Octokit from @actions/github, the base URL from
 * GITHUB_API_URL, a timeout on every request and one retry policy with a total budget
 * (src/collect/retry.ts) at the fetch level. Whatever still fails becomes a
 * GateError('GITHUB_API'), which ends the run as `error`, never as an approval.
 */
import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import type { GitHubClient } from './api.js'
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.js'

export interface ClientOptions {
  token: string
  /** Defaults to GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string
  /** Per request, covering connect, headers and body. Default 30 s. */
  timeoutMs?: number
  /** Default DEFAULT_RETRY (3 attempts within 60 s, waits asked for up to 30 s). */
  retry?: Partial<RetryPolicy>
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
  // The @actions/github defaults carry the proxy-aware fetch; Octokit merges options shallowly,
  // so `request` is rebuilt from them rather than replaced.
  const baseFetch = ((defaults.request as { fetch?: FetchLike } | undefined)?.fetch ??
    globalThis.fetch) as FetchLike
  return getOctokit(options.token, {
    baseUrl,
    request: {
      ...(defaults.request ?? {}),
      fetch: withRetry(
        withTimeout(baseFetch, options.timeoutMs ?? 30_000),
        { ...DEFAULT_RETRY, ...options.retry },
        log
      )
    },
    log: { debug: () => {}, info: () => {}, warn: log, error: log }
  })
}
