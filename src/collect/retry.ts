/**
 * The one retry policy of every GitHub API request (docs/action.md, "Retries"), applied below
 * Octokit at the fetch level so nothing stacks on top of it:
 *
 * - retried: network errors and timeouts, 500/502/503/504, 429, and a 403 that is a rate limit
 *   (`x-ratelimit-remaining: 0` or a `retry-after` header); a POST or PATCH (a comment) only on a
 *   rate limit, which GitHub answers before acting, so a comment is never posted twice;
 * - the wait is what GitHub asks for (`retry-after`, else `x-ratelimit-reset` when the limit is
 *   spent), else 1 s, 2 s, 4 s...; a wait over `maxRetryAfterMs` is not waited for;
 * - a total budget per request: at most `maxAttempts` attempts (the first included) and at most
 *   `budgetMs` from the first attempt to the start of the last.
 *
 * When the policy gives up, the last answer (or error) goes to the caller, where it becomes a
 * GateError naming the request and the HTTP status.
 */

export interface RetryPolicy {
  /** Attempts per request, the first included. */
  maxAttempts: number
  /** Time from the first attempt within which a retry may start. */
  budgetMs: number
  /** The longest wait a rate limit may ask for; longer: give up at once. */
  maxRetryAfterMs: number
  /** First wait when GitHub names none; doubled on each retry. */
  baseDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 3,
  budgetMs: 60_000,
  maxRetryAfterMs: 30_000,
  baseDelayMs: 1_000
}

type FetchLike = (url: string, init?: RequestInit) => Promise<Response>

const RETRYABLE_STATUS = new Set([500, 502, 503, 504])

/** Milliseconds GitHub asks to wait, if it asks. */
export function requestedWait(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after')
  if (retryAfter !== null) {
    const seconds = Number(retryAfter)
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
    const date = Date.parse(retryAfter)
    if (!Number.isNaN(date)) return Math.max(0, date - now)
  }
  if (headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(headers.get('x-ratelimit-reset'))
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now)
  }
  return undefined
}

function isRateLimit(response: Response): boolean {
  if (response.status === 429) return true
  return (
    response.status === 403 &&
    (response.headers.get('x-ratelimit-remaining') === '0' || response.headers.has('retry-after'))
  )
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

export function withRetry(
  fetchImpl: FetchLike,
  policy: RetryPolicy = DEFAULT_RETRY,
  log: (message: string) => void = () => {}
): FetchLike {
  return async (url, init = {}) => {
    const method = (init.method ?? 'GET').toUpperCase()
    const idempotent = method === 'GET' || method === 'HEAD'
    const what = `${method} ${new URL(url).pathname}`
    const started = Date.now()
    for (let attempt = 1; ; attempt++) {
      let response: Response | undefined
      let failure: unknown
      try {
        response = await fetchImpl(url, init)
      } catch (error) {
        // A signal the caller aborted is not retried; a timeout or network error is (reads only).
        if (init.signal?.aborted && (init.signal.reason as Error)?.name !== 'TimeoutError')
          throw error
        failure = error
      }
      let reason: string
      let wait: number | undefined
      if (response) {
        const limited = isRateLimit(response)
        if (!limited && !(idempotent && RETRYABLE_STATUS.has(response.status))) return response
        reason = limited ? `rate limit (HTTP ${response.status})` : `HTTP ${response.status}`
        wait = requestedWait(response.headers)
      } else {
        if (!idempotent) throw failure
        reason = 'network error or timeout'
      }
      const delay = wait ?? policy.baseDelayMs * 2 ** (attempt - 1)
      const giveUp =
        attempt >= policy.maxAttempts
          ? `after ${attempt} attempts`
          : wait !== undefined && wait > policy.maxRetryAfterMs
            ? `GitHub asks to wait ${Math.ceil(wait / 1000)} s, more than the ${policy.maxRetryAfterMs / 1000} s cap`
            : Date.now() + delay - started > policy.budgetMs
              ? `the ${policy.budgetMs / 1000} s retry budget would be exceeded`
              : undefined
      if (giveUp) {
        log(`GitHub API ${what}: ${reason}; giving up (${giveUp})`)
        if (response) return response
        throw failure
      }
      log(`GitHub API ${what}: ${reason}; retrying in ${Math.ceil(delay / 1000)} s`)
      await response?.body?.cancel().catch(() => {})
      await sleep(delay)
    }
  }
}
