/**
 * Typed errors with codes, as in sigstore-js. An input error names the file, the field (a JSON
 * path such as `evidence[2].time`) and what was expected; it ends the run as `error` (exit 2),
 * never as an approval. Anything else that escapes is an internal error (exit 3).
 */

export type GateErrorCode =
  | 'USAGE'
  | 'FILE_NOT_FOUND'
  | 'FILE_UNREADABLE'
  | 'FILE_TOO_LARGE'
  | 'PATH_OUTSIDE_ROOT'
  | 'PARSE_ERROR'
  | 'DUPLICATE_KEY'
  | 'ALIAS_LIMIT'
  | 'LIMIT_EXCEEDED'
  | 'SCHEMA_VIOLATION'
  | 'INVALID_TIME'
  | 'INVALID_KEY'
  | 'POLICY_LOAD'
  | 'POLICY_BUILD'
  | 'POLICY_EVAL'
  | 'POLICY_OUTPUT'
  | 'GITHUB_API'
  | 'SIGNING'

export class GateError extends Error {
  readonly code: GateErrorCode
  readonly file: string | undefined
  readonly field: string | undefined
  /** Lines under the message: the items of a list (each problem of a policy's output...). */
  readonly details: readonly string[]

  constructor(
    code: GateErrorCode,
    message: string,
    where: { file?: string; field?: string; details?: readonly string[] } = {}
  ) {
    // A safety net: messages quote bounded excerpts (`excerpt`, `clip`), so this rarely cuts.
    super(clip(message, MAX_MESSAGE_CHARS))
    this.name = 'GateError'
    this.code = code
    this.file = where.file === undefined ? undefined : clip(where.file, MAX_PLACE_CHARS)
    this.field = where.field === undefined ? undefined : clip(where.field, MAX_PLACE_CHARS)
    this.details = (where.details ?? []).slice(0, MAX_DETAILS).map(d => clip(d, MAX_MESSAGE_CHARS))
  }

  /**
   * `file: field: message`, the line a user sees, then each detail indented on a line of its
   * own. A line break or other control character inside any part (a path, a quoted value) is
   * written as an escape, so no input can start a line (one that reads like the gate's).
   */
  describe(): string {
    const place = [this.file, this.field].filter(Boolean).join(': ')
    const head = oneLine(place ? `${place}: ${this.message}` : this.message)
    return [head, ...this.details.map(d => `  ${oneLine(d)}`)].join('\n')
  }
}

/** Most detail lines a GateError shows. */
const MAX_DETAILS = 40

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r' }

/**
 * `text` with each control character that can end or rewrite a line (C0 but the tab, C1, line
 * and paragraph separators) escaped.
 */
export function oneLine(text: string): string {
  return text.replace(
    CONTROL,
    c => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

/** Longest message a GateError carries; anything longer is cut (it quotes input, never all of it). */
export const MAX_MESSAGE_CHARS = 2000
const MAX_PLACE_CHARS = 500

/** `text` cut to at most `max` UTF-16 units, marked with `…` when cut (never halving a pair). */
export function clip(text: string, max = 100): string {
  if (text.length <= max) return text
  let end = Math.max(0, max - 1)
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return `${text.slice(0, end)}…`
}

/**
 * A bounded excerpt of an input value for an error message: JSON-like, at most `max` characters,
 * nesting shown to a few levels only. Never stringifies the whole value, so neither a long nor a
 * deeply nested value can make the message huge or overflow the stack.
 */
export function excerpt(value: unknown, max = 100): string {
  const out: string[] = []
  let length = 0
  const push = (s: string): boolean => {
    out.push(s)
    length += s.length
    return length <= max
  }
  const walk = (v: unknown, depth: number): boolean => {
    if (typeof v === 'string') return push(JSON.stringify(clip(v, max)))
    if (v === null || typeof v !== 'object') return push(v === undefined ? 'undefined' : String(v))
    const isArray = Array.isArray(v)
    const entries: [string | null, unknown][] = isArray
      ? (v as unknown[]).map(x => [null, x])
      : Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, x])
    if (entries.length === 0) return push(isArray ? '[]' : '{}')
    if (depth >= EXCERPT_DEPTH) return push(isArray ? '[…]' : '{…}')
    if (!push(isArray ? '[' : '{')) return false
    for (const [i, [key, x]] of entries.entries()) {
      if (i > 0 && !push(',')) return false
      if (key !== null && !push(`${JSON.stringify(clip(key, max))}:`)) return false
      if (!walk(x, depth + 1)) return false
    }
    return push(isArray ? ']' : '}')
  }
  walk(value, 0)
  return clip(out.join(''), max)
}
const EXCERPT_DEPTH = 4

export const isGateError = (error: unknown): error is GateError => error instanceof GateError

/** The message of anything thrown: opa-wasm and some libraries throw plain `{ message }` objects. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String(error.message)
  return String(error)
}
