/**
 * Parsing untrusted YAML and JSON with bounded work: duplicate keys are errors, YAML aliases are
 * capped (alias bombs), nesting is capped (checked before anything recurses), only the YAML 1.2
 * core schema is used (no custom tags, timestamps stay strings), and every error names the file
 * and, where known, the field.
 */
import type { CST, Document, Pair } from 'yaml'
import { constructFromEvents, parseEvents, type Event as YamlEvent } from 'js-yaml'
import { clip, GateError, messageOf } from './errors.js'
import yamlLibrary from './yaml-library.cjs'

export const DEFAULT_MAX_ALIAS_COUNT = 50

/**
 * Deepest nesting of arrays/objects (JSON) or collections (YAML) accepted. Evidence documents
 * nest a handful of levels (SLSA provenance about ten); deeper input is refused as PARSE_ERROR
 * before any recursive step (composer, duplicate-key scan, schema validation, messages) sees it.
 */
export const MAX_NESTING_DEPTH = 64

const tooDeep = (file: string, field?: string) =>
  new GateError(
    'PARSE_ERROR',
    `is nested more than ${MAX_NESTING_DEPTH} levels deep (arrays and objects); refused before parsing`,
    { file, field }
  )

/** A string's end or an escape in it. */
const QUOTE_OR_BACKSLASH = /["\\]/g

/**
 * The index of the `"` that closes the JSON string whose opening `"` is at `open` (the character
 * after each backslash skipped), or `text.length` when none does. The search is the regular
 * expression engine's, not a loop over each character: most of a signed document's text is in
 * long strings (base64 payloads, certificates).
 */
function stringEnd(text: string, open: number): number {
  QUOTE_OR_BACKSLASH.lastIndex = open + 1
  for (;;) {
    const found = QUOTE_OR_BACKSLASH.exec(text)
    if (found === null) return text.length
    if (text.charCodeAt(found.index) === 0x22 /* " */) return found.index
    QUOTE_OR_BACKSLASH.lastIndex = found.index + 2
  }
}

/** True when JSON text nests `[`/`{` deeper than `limit` (strings skipped). Iterative. */
export function jsonTextTooDeep(text: string, limit = MAX_NESTING_DEPTH): boolean {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22 /* " */) {
      i = stringEnd(text, i)
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return true
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--
    }
  }
  return false
}

/**
 * A YAML text's CST, parsed once, or null when its collections nest deeper than `limit` (judged
 * on the CST, iteratively). `onNewLine` is the parser's (a LineCounter's `addNewLine`).
 */
export function yamlTokens(
  text: string,
  onNewLine?: (offset: number) => void,
  limit = MAX_NESTING_DEPTH
): CST.Token[] | null {
  const tokens = Array.from(new (yamlLibrary().Parser)(onNewLine).parse(text))
  return cstTooDeep(tokens, limit) ? null : tokens
}

/** True when the CST tokens' collections nest deeper than `limit`. Iterative. */
function cstTooDeep(tokens: readonly CST.Token[], limit = MAX_NESTING_DEPTH): boolean {
  // The CST parser keeps its own explicit stack; only the composer (which builds nodes) recurses.
  const stack: [CST.Token, number][] = tokens.map(token => [token, 0])
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [token, depth] = next
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth])
    } else if (
      token.type === 'block-map' ||
      token.type === 'block-seq' ||
      token.type === 'flow-collection'
    ) {
      if (depth + 1 > limit) return true
      for (const item of token.items as CST.CollectionItem[]) {
        if (item.key) stack.push([item.key, depth + 1])
        if (item.value) stack.push([item.value, depth + 1])
      }
    }
  }
  return false
}

/**
 * True when a parsed value (arrays and objects) nests deeper than `limit`. Iterative; stops at
 * the limit, so even a cyclic value ends. Used after YAML aliases are expanded (an alias can put
 * a deep collection inside another).
 */
export function valueTooDeep(value: unknown, limit = MAX_NESTING_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [v, depth] = next
    if (v === null || typeof v !== 'object') continue
    if (depth + 1 > limit) return true
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1])
  }
  return false
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

export function decodeUtf8(bytes: Uint8Array, file: string, field?: string): string {
  try {
    return utf8.decode(bytes)
  } catch {
    throw new GateError('PARSE_ERROR', 'is not valid UTF-8 text', { file, field })
  }
}

/** `a.b[3].c` from path segments. */
export function fieldPath(segments: (string | number)[], base = ''): string {
  let out = base
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(s)) out += out === '' ? s : `.${s}`
    else out += `[${JSON.stringify(clip(s, 100))}]`
  }
  return out
}

/**
 * Walks a parsed YAML document's mappings depth first (depth is bounded before this runs) and
 * returns the field path where `check` first reports a problem: `'key'` for the pair's own path
 * (a repeated key), `'map'` for the map's (a key that is a collection or an alias). `keyOf`
 * names a pair's key in the paths below it.
 */
function findYamlKeyProblem(
  node: unknown,
  segments: (string | number)[],
  check: (pair: Pair, key: string, seen: Set<string>) => 'key' | 'map' | null,
  keyOf: (pair: Pair) => string
): string | null {
  const { isMap, isSeq } = yamlLibrary()
  if (isMap(node)) {
    const seen = new Set<string>()
    for (const pair of node.items) {
      const key = keyOf(pair)
      const problem = check(pair, key, seen)
      if (problem === 'key') return fieldPath([...segments, key])
      if (problem === 'map') return fieldPath(segments) || '(document)'
      seen.add(key)
      const found = findYamlKeyProblem(pair.value, [...segments, key], check, keyOf)
      if (found) return found
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const found = findYamlKeyProblem(node.items[i], [...segments, i], check, keyOf)
      if (found) return found
    }
  }
  return null
}

/** The field path of the first repeated mapping key in a parsed YAML document. */
const findDuplicateYamlKey = (node: unknown): string | null =>
  findYamlKeyProblem(
    node,
    [],
    (_pair, key, seen) => (seen.has(key) ? 'key' : null),
    pair => (yamlLibrary().isScalar(pair.key) ? String(pair.key.value) : String(pair.key))
  )

/**
 * The field path of the first map with a key that is a collection or an alias (`? [a, b]: x`,
 * `*a: x`). Evidence keys are plain scalars; the YAML library would stringify such a key (and
 * warn on stderr) rather than fail.
 */
const findNonScalarYamlKey = (node: unknown): string | null =>
  findYamlKeyProblem(
    node,
    [],
    pair => (pair.key !== null && !yamlLibrary().isScalar(pair.key) ? 'map' : null),
    pair => (yamlLibrary().isScalar(pair.key) ? String(pair.key.value) : '')
  )

/** The YAML 1.2 core schema only; duplicate keys and every problem are errors. */
const YAML_OPTIONS = {
  schema: 'core',
  uniqueKeys: true,
  prettyErrors: true,
  strict: true,
  merge: false,
  // Problems are errors here, never warnings the library prints on stderr.
  logLevel: 'error'
} as const

/**
 * The one document of a parsed text, composed from its CST. A text with errors, warnings or a
 * second document is handed to `parseDocument`, which words its problems (line, column, the
 * line itself) and reports a second document, exactly as it does for any text.
 */
function composeDocument(tokens: CST.Token[], text: string): Document.Parsed {
  const { Composer, parseDocument } = yamlLibrary()
  const docs = Array.from(new Composer(YAML_OPTIONS).compose(tokens, true, text.length))
  const doc = docs[0]
  if (docs.length !== 1 || !doc || doc.errors.length > 0 || doc.warnings.length > 0)
    return parseDocument(text, YAML_OPTIONS)
  return doc
}

/**
 * The YAML library's message as one line: its first, which names the problem, the line and the
 * column (the code frame below it quotes the input over several lines).
 */
const yamlReason = (message: string): string =>
  clip((message.split('\n')[0] ?? '').replace(/:\s*$/, ''), 300)

export interface YamlOptions {
  maxAliasCount?: number
}

/**
 * Texts the fast path leaves to the `yaml` path: a tag (`!`), an anchor or alias (`&`, `*`), a
 * byte order mark, a directive or document marker (a line starting with `%`, `---` or `...`:
 * the fast path reads one document), a carriage return alone (which the `yaml` path refuses,
 * refuseLoneCarriageReturn), and a flow
 * collection followed on its line by anything but a comma, a closing bracket or a comment (js-yaml
 * reads some such lines the `yaml` path refuses). The syntax characters are looked for outside
 * comment lines (fastDeclines).
 */
const FAST_DECLINES = /\ufeff|\r(?!\n)/
const SYNTAX_DECLINES = /[!&*]|^(?:%|---|\.\.\.)|[\]}](?![ \t]*(?:$|[\r\n,\]}]|[ \t]#))/m

/**
 * Lines whose first character other than a space or a tab is `#`, to the line feed (YAML's line
 * break; `^` of a multiline regex would also start a line after U+2028 or U+2029).
 */
const COMMENT_LINES = /(?<![^\n])[ \t]*#[^\n]*/g

/**
 * Whether the fast path declines `text` (FAST_DECLINES, SYNTAX_DECLINES). A line whose first
 * character other than blanks is `#` is a comment, or text of a block scalar, to both parsers:
 * what it holds is no syntax, so `approvers[].keys` or an alias sign in a comment does not send
 * the text to the `yaml` path. It is so unless a quoted scalar spans lines (a `#` line can then
 * close it and go on with syntax): when any other line holds a quote, every line is looked at.
 */
function fastDeclines(text: string): boolean {
  if (FAST_DECLINES.test(text)) return true
  if (!text.includes('#')) return SYNTAX_DECLINES.test(text)
  const uncommented = text.replace(COMMENT_LINES, '')
  return SYNTAX_DECLINES.test(/["']/.test(uncommented) ? text : uncommented)
}

/** Longest mapping key the fast path hands back; the `yaml` path refuses implicit keys over 1024 characters. */
const FAST_MAX_KEY_CHARS = 1000

/**
 * The value of a YAML text read by js-yaml (YAML 1.2 core schema, its default), or undefined
 * when the text is for the `yaml` path (`parseYamlDocument`) to read. js-yaml builds no CST and
 * no document, and reads evidence in about a fifth of the time; it is used only where it gives
 * the value the `yaml` path gives. Everything else goes to the `yaml` path, which reads (or
 * refuses, with the file, field and line) exactly as before: a text with a tag (`!`), a
 * directive (a line starting with `%`), a carriage return alone (a line break to js-yaml, which
 * the `yaml` path refuses: refuseLoneCarriageReturn) or a byte order mark (js-yaml drops one the
 * `yaml` path keeps in a key), any alias (`maxAliases: 0`), more than one document or
 * none, a duplicate or complex key, any other js-yaml error, and a value nested deeper than
 * MAX_NESTING_DEPTH, with a key `null` (js-yaml's name for a null key, which the `yaml` path
 * calls "") or a key longer than FAST_MAX_KEY_CHARS.
 */
export function yamlFastPath(text: string): { value: unknown } | undefined {
  const read = yamlFastRead(text)
  return read ? { value: read.value } : undefined
}

/** A text as the fast path read it: its value and the parser events it was built from. */
export interface FastRead {
  value: unknown
  events: YamlEvent[]
}

/**
 * yamlFastPath's read with the parser events it was built from (js-yaml's `load` is these two
 * steps): where each node starts, for places in the text (src/shared/index-places.ts).
 */
export function yamlFastRead(text: string): FastRead | undefined {
  if (fastDeclines(text)) return undefined
  let value: unknown
  let events: YamlEvent[]
  try {
    // js-yaml counts one level more than valueTooDeep does; fastValueIsPlain holds the limit.
    events = parseEvents(text, { maxDepth: MAX_NESTING_DEPTH + 1 })
    const documents = constructFromEvents(events, { maxAliases: 0, source: text })
    // One document, as `load` requires.
    if (documents.length !== 1) return undefined
    value = documents[0]
  } catch {
    return undefined
  }
  return fastValueIsPlain(value) ? { value, events } : undefined
}

/** No collection nested deeper than MAX_NESTING_DEPTH, no key `null` or over FAST_MAX_KEY_CHARS. Iterative. */
function fastValueIsPlain(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [v, depth] = next
    if (v === null || typeof v !== 'object') continue
    if (depth + 1 > MAX_NESTING_DEPTH) return false
    if (Array.isArray(v)) {
      for (const child of v) stack.push([child, depth + 1])
      continue
    }
    for (const [key, child] of Object.entries(v)) {
      if (key === 'null' || key.length > FAST_MAX_KEY_CHARS) return false
      stack.push([child, depth + 1])
    }
  }
  return true
}

/**
 * Parses one YAML document (core schema) into plain data: js-yaml where it reads the text as
 * the `yaml` path does (yamlFastPath), else the `yaml` path.
 */
export function parseYaml(text: string, file: string, options: YamlOptions = {}): unknown {
  return readYaml(text, file, options).value
}

/**
 * parseYaml's value, and the fast path's read when it was the fast path that read the text (its
 * events place the index's items: src/shared/index-places.ts).
 */
export function readYaml(
  text: string,
  file: string,
  options: YamlOptions = {}
): { value: unknown; fast: FastRead | undefined } {
  const fast = yamlFastRead(text)
  return { value: fast ? fast.value : parseYamlDocument(text, file, options), fast }
}

/** A carriage return that no line feed follows. */
const LONE_CR = /\r(?!\n)/

/**
 * Refuses a text with a carriage return alone. YAML 1.2 reads one as a line break (js-yaml and
 * PyYAML do), but the `yaml` library ends a comment only at a line feed: `a: 1 # c⏎b: 2` (⏎ a
 * lone CR) is `{a: 1}` to it and `{a: 1, b: 2}` to them, so one signed text would mean two
 * things. Line breaks are LF or CRLF. The line is counted in line feeds.
 */
function refuseLoneCarriageReturn(text: string, file: string): void {
  const found = LONE_CR.exec(text)
  if (found === null) return
  const line = text.slice(0, found.index).split('\n').length
  throw new GateError(
    'PARSE_ERROR',
    `has a carriage return not followed by a line feed on line ${line}; YAML line breaks must be LF or CRLF (YAML readers disagree on what a lone CR ends)`,
    { file }
  )
}

/**
 * Parses one YAML document (core schema) into plain data with the `yaml` library: every error
 * worded in one line (the problem, line and column; the field of a duplicate or non-scalar key), aliases
 * counted against `maxAliasCount`.
 */
export function parseYamlDocument(text: string, file: string, options: YamlOptions = {}): unknown {
  refuseLoneCarriageReturn(text, file)
  let doc
  try {
    // The text is parsed once: the depth check reads the CST the composer then builds from.
    const tokens = Array.from(new (yamlLibrary().Parser)().parse(text))
    if (cstTooDeep(tokens)) throw tooDeep(file)
    doc = composeDocument(tokens, text)
  } catch (error) {
    if (error instanceof GateError) throw error
    throw new GateError('PARSE_ERROR', `is not valid YAML: ${yamlReason(messageOf(error))}`, {
      file
    })
  }
  const first = doc.errors[0]
  if (first) {
    if (first.code === 'DUPLICATE_KEY' || doc.errors.some(e => e.code === 'DUPLICATE_KEY')) {
      const field = findDuplicateYamlKey(doc.contents) ?? undefined
      const error = doc.errors.find(e => e.code === 'DUPLICATE_KEY') ?? first
      throw new GateError(
        'DUPLICATE_KEY',
        `duplicate mapping key (each key may appear once): ${yamlReason(error.message)}`,
        { file, field }
      )
    }
    throw new GateError('PARSE_ERROR', `is not valid YAML: ${yamlReason(first.message)}`, { file })
  }
  const warning = doc.warnings[0]
  if (warning) {
    // Unknown tags and the like: evidence is data, nothing is interpreted beyond the core schema.
    throw new GateError('PARSE_ERROR', `is not plain YAML: ${yamlReason(warning.message)}`, {
      file
    })
  }
  const collectionKey = findNonScalarYamlKey(doc.contents)
  if (collectionKey !== null) {
    throw new GateError(
      'PARSE_ERROR',
      'has a mapping key that is a collection or an alias; keys must be plain scalars',
      { file, field: collectionKey }
    )
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT })
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new GateError(
        'ALIAS_LIMIT',
        `uses YAML aliases beyond the limit of ${options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT} (alias expansion bomb?): ${clip(error.message, 300)}`,
        { file }
      )
    }
    if (error instanceof RangeError) throw tooDeep(file)
    throw new GateError('PARSE_ERROR', `is not valid YAML: ${yamlReason(messageOf(error))}`, {
      file
    })
  }
  if (valueTooDeep(value)) throw tooDeep(file)
  return value
}

/**
 * Scans syntactically valid JSON for a repeated key within one object; returns its field path.
 * Iterative, so deep nesting cannot overflow the stack.
 */
export function findDuplicateJsonKey(text: string, base = ''): string | null {
  type Frame =
    | { type: 'object'; keys: Set<string>; expectKey: boolean; current: string | null }
    | { type: 'array'; index: number }
  const stack: Frame[] = []
  const segments = (): (string | number)[] => {
    const out: (string | number)[] = []
    for (const f of stack) {
      if (f.type === 'array') out.push(f.index)
      else if (f.current !== null) out.push(f.current)
    }
    return out
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') {
      const j = stringEnd(text, i)
      const start = i
      i = j
      const top = stack[stack.length - 1]
      if (top?.type === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(start, j + 1)) as string
        if (top.keys.has(key)) {
          top.current = key
          return fieldPath(segments(), base)
        }
        top.keys.add(key)
        top.current = key
        top.expectKey = false
      }
    } else if (c === '{') {
      stack.push({ type: 'object', keys: new Set(), expectKey: true, current: null })
    } else if (c === '[') {
      stack.push({ type: 'array', index: 0 })
    } else if (c === '}' || c === ']') {
      stack.pop()
    } else if (c === ',') {
      const top = stack[stack.length - 1]
      if (top?.type === 'object') top.expectKey = true
      else if (top?.type === 'array') top.index++
    }
  }
  return null
}

/** Parses JSON strictly: syntax errors are PARSE_ERROR, repeated keys DUPLICATE_KEY. */
export function parseJson(text: string, file: string, field?: string): unknown {
  if (jsonTextTooDeep(text)) throw tooDeep(file, field)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new GateError('PARSE_ERROR', `is not valid JSON: ${clip(messageOf(error), 300)}`, {
      file,
      field
    })
  }
  const duplicate = findDuplicateJsonKey(text, field ?? '')
  if (duplicate !== null) {
    throw new GateError('DUPLICATE_KEY', 'duplicate object key (each key may appear once)', {
      file,
      field: duplicate
    })
  }
  return value
}
