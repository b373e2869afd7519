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

export class GateError extends Error {
  readonly code: GateErrorCode
  readonly file: string | undefined
  readonly field: string | undefined

  constructor(code: GateErrorCode, message: string, where: { file?: string; field?: string } = {}) {
    super(message)
    this.name = 'GateError'
    this.code = code
    this.file = where.file
    this.field = where.field
  }

  /** `file: field: message`, the one line a user sees. */
  describe(): string {
    const place = [this.file, this.field].filter(Boolean).join(': ')
    return place ? `${place}: ${this.message}` : this.message
  }
}

export const isGateError = (error: unknown): error is GateError => error instanceof GateError

/** The message of anything thrown: opa-wasm and some libraries throw plain `{ message }` objects. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String(error.message)
  return String(error)
}
