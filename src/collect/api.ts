/**
 * What every collect step needs of the GitHub client without loading it: its type and the
 * conversion of API failures into GateErrors. The client itself (src/collect/github.ts, with
 * Octokit and its HTTP stack) is imported only by runs that call the API.
 */
import type { getOctokit } from '@actions/github'
import { GateError } from '../shared/errors.js'

export type GitHubClient = ReturnType<typeof getOctokit>

/** The event payload (GITHUB_EVENT_PATH) lacks what the event needs, at `field`. */
export const payloadError = (message: string, field: string): GateError =>
  new GateError('USAGE', message, { file: 'GITHUB_EVENT_PATH', field })

/** The payload's repository.default_branch, or a payload error naming the `event` (release, push). */
export function defaultBranchOf(payload: Record<string, unknown>, event: string): string {
  const branch = (payload.repository as { default_branch?: unknown } | undefined)?.default_branch
  if (typeof branch !== 'string' || !branch) {
    throw payloadError(
      `the ${event} event has no repository.default_branch`,
      'repository.default_branch'
    )
  }
  return branch
}

/**
 * The event payload's `key` object when it is one and `complete` holds for it; else a payload
 * error: the event payload has no `key` (`what` says with which fields).
 */
export function payloadObject<T>(
  payload: Record<string, unknown>,
  key: string,
  what = '',
  complete: (value: T) => boolean = () => true
): T {
  const value = payload[key]
  if (!value || typeof value !== 'object' || !complete(value as T)) {
    throw payloadError(`the event payload has no ${key}${what}`, key)
  }
  return value as T
}

/** The HTTP status of an Octokit error, when it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** An entry of a list the API answered without a valid `field` (or not an object at all). */
export const entryError = (what: string, index: number, field: string): GateError =>
  new GateError('GITHUB_API', `GitHub API ${what}: entry ${index} has no valid ${field}`)

/** The API answered `what` with something other than `expected` (e.g. an object for a list). */
export const shapeError = (what: string, expected: string): GateError =>
  new GateError(
    'GITHUB_API',
    `GitHub API ${what}: the answer has an unexpected shape, not ${expected}`
  )

/** Turns any failure of an API call into a one-line GateError naming what was asked. */
export function apiError(what: string, error: unknown): GateError {
  if (error instanceof GateError) return error
  const status = statusOf(error)
  // A timeout surfaces as the fetch's TimeoutError/AbortError, or wrapped (as `cause`) by Octokit.
  const names = [error, (error as { cause?: unknown } | null)?.cause].map(
    e => (e as { name?: string } | null)?.name
  )
  let reason: string
  if (names.includes('TimeoutError') || names.includes('AbortError')) reason = 'timed out'
  else if (status !== undefined && status !== 500) reason = `HTTP ${status}`
  else reason = status === 500 ? `HTTP 500 or network error` : 'network error'
  const detail = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 200) : ''
  return new GateError(
    'GITHUB_API',
    `GitHub API ${what} failed: ${reason}${detail ? ` (${detail})` : ''}`
  )
}

/** Runs one API call, converting failures. */
export async function api<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw apiError(what, error)
  }
}
