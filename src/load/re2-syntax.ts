/**
 * Whether a pattern is RE2 syntax: what the policy's `regex.match` compiles (OPA's wasm runtime
 * links RE2), checked as the trust file is read. JavaScript's RegExp is the wrong judge in both
 * directions: it accepts what RE2 refuses (a lookahead, a backreference, `\u0041`, `(?<name>`),
 * which then matches no certificate at all, and refuses what RE2 accepts (`(?i)`, `\z`,
 * `[[:alpha:]]`, `\pL`: the syntax of cosign's --certificate-identity-regexp).
 *
 * Follows RE2's syntax reference (github.com/google/re2/wiki/Syntax) and its parser's limits:
 * counted repetitions of at most 1000, nested ones whose counts multiply to at most 1000.
 * test/re2-syntax.test.ts holds it to the policy's own RE2 on every case it knows.
 */

/** A flag group's flags: case-insensitive, multi-line, dot matches newline, ungreedy. */
const FLAGS = new Set(['i', 'm', 's', 'U'])

/** The names of `[[:name:]]`. */
const ASCII_CLASSES = new Set([
  'alnum',
  'alpha',
  'ascii',
  'blank',
  'cntrl',
  'digit',
  'graph',
  'lower',
  'print',
  'punct',
  'space',
  'upper',
  'word',
  'xdigit'
])

/** Unicode general categories RE2 knows (`\pL`, `\p{Lu}`); scripts are checked apart. */
const CATEGORIES = new Set(
  'C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'.split(
    ' '
  )
)

/** The most a counted repetition may count, alone or nested in others (RE2's parser). */
const MAX_REPEAT = 1000

/** Escapes that stand for a control character. */
const CONTROL_ESCAPES = new Set(['a', 'f', 'n', 'r', 't', 'v'])

/** Empty-width escapes: beginning of text, word boundary and not, end of text. */
const ASSERTION_ESCAPES = new Set(['A', 'b', 'B', 'z'])

const PERL_CLASSES = new Set(['d', 'D', 's', 'S', 'w', 'W'])

/** Constructs of other regex dialects RE2 does not have, by how they start after `(?`. */
const UNSUPPORTED_GROUPS: [string, string][] = [
  ['=', 'lookahead (?='],
  ['!', 'negative lookahead (?!'],
  ['<=', 'lookbehind (?<='],
  ['<!', 'negative lookbehind (?<!'],
  ['<', 'named group (?<'],
  ["'", "named group (?'name'"],
  ['#', 'comment (?#'],
  ['>', 'atomic group (?>'],
  ['|', 'branch reset (?|'],
  ['P=', 'backreference (?P='],
  ['P>', 'subroutine call (?P>']
]

class Re2SyntaxError extends Error {}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'
const isOctal = (c: string | undefined) => c !== undefined && c >= '0' && c <= '7'
const isHex = (c: string | undefined) => c !== undefined && /^[0-9A-Fa-f]$/.test(c)
const isAsciiAlnum = (c: string) => /^[A-Za-z0-9]$/.test(c)

/** A Unicode script name RE2 knows: a long Script value, as JavaScript knows it too. */
function isScript(name: string): boolean {
  if (!/^[A-Z][a-z]+(?:_[A-Z][a-z]+)*$/.test(name)) return false
  try {
    new RegExp(`\\p{Script=${name}}`, 'u')
    return true
  } catch {
    return false
  }
}

/** One level of grouping: what may be repeated next, and how much its content repeats. */
interface Frame {
  /** Where the group opened (for "missing )"). */
  start: number
  /** The counted-repetition product of the item a repetition would apply to; null: none. */
  last: number | null
  /** Whether the last thing read was a repetition (RE2 refuses `a**`, `a*+`). */
  repeated: boolean
  /** The largest counted-repetition product inside the group. */
  product: number
}

class Scanner {
  private i = 0
  private readonly frames: Frame[] = [{ start: 0, last: null, repeated: false, product: 1 }]

  constructor(private readonly re: string) {}

  /** Stops at `what`, found at `at`; `why` when RE2 lacks a construct other dialects have. */
  private fail(what: string, at: number, why?: string): never {
    throw new Re2SyntaxError(`${what} at character ${at + 1}${why ? ` (${why})` : ''}`)
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1]!
  }

  /** The character (code point) at `i`. */
  private at(i: number): string | undefined {
    const c = this.re.codePointAt(i)
    return c === undefined ? undefined : String.fromCodePoint(c)
  }

  /** Something a repetition may apply to, whose own counted repetitions multiply to `product`. */
  private item(product = 1): void {
    this.frame.last = product
    this.frame.repeated = false
    this.frame.product = Math.max(this.frame.product, product)
  }

  scan(): void {
    while (this.i < this.re.length) {
      const start = this.i
      const c = this.at(this.i)!
      this.i += c.length
      switch (c) {
        case '(':
          this.openGroup(start)
          break
        case ')':
          this.closeGroup(start)
          break
        case '|':
          this.frame.last = null
          this.frame.repeated = false
          break
        case '[':
          this.characterClass(start)
          this.item()
          break
        case '*':
        case '+':
        case '?':
          this.repeat(start, c === '+' ? 1 : 0, c === '?' ? 1 : -1)
          break
        case '{': {
          const counts = this.counts()
          if (counts) this.repeat(start, counts.min, counts.max)
          else this.item()
          break
        }
        case '\\':
          this.escape(start)
          break
        default:
          this.item()
      }
    }
    if (this.frames.length > 1) this.fail('missing closing )', this.frame.start)
  }

  private openGroup(start: number): void {
    if (this.re[this.i] === '?') {
      const rest = this.re.slice(this.i + 1)
      for (const [prefix, what] of UNSUPPORTED_GROUPS) {
        if (!rest.startsWith(prefix)) continue
        this.fail(what, start, prefix === '<' ? 'not in RE2: write (?P<name>...)' : 'not in RE2')
      }
      if (rest.startsWith('P<')) {
        const name = /^P<([A-Za-z0-9_]+)>/.exec(rest)
        if (!name) this.fail('invalid named group (?P<', start)
        this.i += 1 + name[0].length
      } else if (!this.flags(start)) {
        // (?flags) opens no group; what comes next may repeat what came before (as in RE2).
        this.frame.repeated = false
        return
      }
    }
    this.frames.push({ start, last: null, repeated: false, product: 1 })
  }

  /**
   * Reads `(?flags)` or `(?flags:` after `(`: flags, and at most one `-`, followed by a flag.
   * True when a group follows (`:`).
   */
  private flags(start: number): boolean {
    let j = this.i + 1
    let negated = false
    let sawFlag = false
    for (; j < this.re.length; j++) {
      const c = this.re[j]!
      if (FLAGS.has(c)) {
        sawFlag = true
      } else if (c === '-' && !negated) {
        negated = true
        sawFlag = false
      } else if ((c === ':' || c === ')') && (!negated || sawFlag)) {
        this.i = j + 1
        return c === ':'
      } else break
    }
    const seen = this.re.slice(start, Math.min(j + 1, this.re.length))
    this.fail(`invalid or unsupported group ${seen}`, start)
  }

  private closeGroup(start: number): void {
    if (this.frames.length === 1) this.fail('unexpected )', start)
    const group = this.frames.pop()!
    this.item(group.product)
  }

  /** `{n}`, `{n,}` or `{n,m}` at `i` (after `{`), consumed; null when it is a literal `{`. */
  private counts(): { min: number; max: number } | null {
    const m = /^(\d+)(?:(,)(\d*))?\}/.exec(this.re.slice(this.i))
    if (!m) return null
    // RE2 reads a number with a leading zero, or a long one, as no number: `{` is then literal.
    const number = (s: string) =>
      (s.length > 1 && s[0] === '0') || s.length > 8 ? null : Number(s)
    const min = number(m[1]!)
    const max = m[2] === undefined ? min : m[3] === '' ? -1 : number(m[3]!)
    if (min === null || max === null) return null
    this.i += m[0].length
    return { min, max }
  }

  /** A repetition read from `start` (its `{...}` already consumed); then its lazy `?`. */
  private repeat(start: number, min: number, max: number): void {
    const operator = this.re.slice(start, this.i)
    if (this.frame.repeated) this.fail(`repetition of a repetition (${operator})`, start)
    const last = this.frame.last
    if (last === null) this.fail(`nothing to repeat before ${operator}`, start)
    if (operator.startsWith('{')) {
      if (min > MAX_REPEAT || max > MAX_REPEAT || (max !== -1 && max < min)) {
        this.fail(`invalid repetition count ${operator} (at most ${MAX_REPEAT})`, start)
      }
    }
    const count = operator.startsWith('{') ? (max >= 0 ? max : min) : 0
    const product = count > 0 ? last * count : last
    if (product > MAX_REPEAT) {
      this.fail(`nested repetition counts over ${MAX_REPEAT} in all (${operator})`, start)
    }
    if (this.re[this.i] === '?') this.i++
    this.frame.last = product
    this.frame.product = Math.max(this.frame.product, product)
    this.frame.repeated = true
  }

  /** An escape outside a class, from its `\` at `start`. */
  private escape(start: number): void {
    const c = this.at(this.i)
    if (c === undefined) this.fail('trailing backslash', start)
    if (c === 'Q') {
      // \Q...\E: literal text, to \E or the end.
      const end = this.re.indexOf('\\E', this.i + 1)
      const text = this.re.slice(this.i + 1, end === -1 ? undefined : end)
      this.i = end === -1 ? this.re.length : end + 2
      if (text.length > 0) this.item()
      return
    }
    if (ASSERTION_ESCAPES.has(c) || c === 'C' || PERL_CLASSES.has(c)) {
      this.i += 1
      this.item()
      return
    }
    if (c === 'p' || c === 'P') {
      this.unicodeClass(start)
      this.item()
      return
    }
    this.escapedCharacter(start)
    this.item()
  }

  /** `\pN`, `\p{Name}`, `\p{^Name}` (or `\P`) from `\` at `start`. */
  private unicodeClass(start: number): void {
    this.i += 1 // p or P
    const c = this.at(this.i)
    if (c === undefined) this.fail('missing class name after \\p', start)
    let name: string
    if (c === '{') {
      const end = this.re.indexOf('}', this.i)
      if (end === -1) this.fail('unterminated \\p{', start)
      name = this.re.slice(this.i + 1, end).replace(/^\^/, '')
      this.i = end + 1
    } else {
      name = c
      this.i += c.length
    }
    if (name !== 'Any' && !CATEGORIES.has(name) && !isScript(name)) {
      this.fail(`unknown Unicode class '${name}'`, start)
    }
  }

  /**
   * An escape that stands for one character (a class's range ends may only be these), from `\`
   * at `start`: octal, hexadecimal, a control character or escaped punctuation.
   */
  private escapedCharacter(start: number): void {
    const c = this.at(this.i)
    if (c === undefined) this.fail('trailing backslash', start)
    this.i += c.length
    if (c >= '1' && c <= '7' && !isDigit(this.re[this.i])) {
      this.fail(`backreference \\${c}`, start, 'not in RE2')
    }
    if (c >= '0' && c <= '7') {
      for (let n = 0; n < 2 && isOctal(this.re[this.i]); n++) this.i++
      return
    }
    if (c === 'x') {
      if (this.re[this.i] === '{') {
        const m = /^\{([0-9A-Fa-f]+)\}/.exec(this.re.slice(this.i))
        if (!m || m[1]!.length > 8 || parseInt(m[1]!, 16) > 0x10ffff) {
          this.fail('invalid \\x{...} escape', start)
        }
        this.i += m[0].length
        return
      }
      if (!isHex(this.re[this.i]) || !isHex(this.re[this.i + 1])) {
        this.fail('invalid \\x escape (two hex digits, or \\x{...})', start)
      }
      this.i += 2
      return
    }
    if (CONTROL_ESCAPES.has(c)) return
    if (c.codePointAt(0)! < 0x80 && !isAsciiAlnum(c)) return
    this.fail(`escape \\${c}`, start, c === 'u' ? 'not in RE2: write \\x{...}' : 'not in RE2')
  }

  /** A bracketed class from its `[` at `start`, to its `]`. */
  private characterClass(start: number): void {
    if (this.re[this.i] === '^') this.i++
    let first = true
    for (;;) {
      const c = this.at(this.i)
      if (c === undefined) this.fail('missing closing ]', start)
      if (c === ']' && !first) {
        this.i++
        return
      }
      first = false
      const itemStart = this.i
      // `[:` up to the next `:]` anywhere after it is a named class, as RE2 reads it, or an error.
      const close =
        c === '[' && this.re[this.i + 1] === ':' ? this.re.indexOf(':]', this.i + 2) : -1
      if (close !== -1) {
        const name = this.re.slice(this.i + 2, close)
        if (!ASCII_CLASSES.has(name.replace(/^\^/, ''))) {
          this.fail(`unknown class [:${name}:]`, itemStart)
        }
        this.i = close + 2
        continue
      }
      if (c === '\\') {
        const e = this.re[this.i + 1]
        if (e !== undefined && PERL_CLASSES.has(e)) {
          this.i += 2
          continue
        }
        if (e === 'p' || e === 'P') {
          this.i += 1
          this.unicodeClass(itemStart)
          continue
        }
      }
      this.classCharacter(itemStart)
      // A range, unless the `-` closes the class ([a-]).
      if (
        this.re[this.i] === '-' &&
        this.re[this.i + 1] !== undefined &&
        this.re[this.i + 1] !== ']'
      ) {
        const low = this.re.slice(itemStart, this.i)
        this.i += 1
        const highStart = this.i
        this.classCharacter(highStart)
        const high = this.re.slice(highStart, this.i)
        if (codeOf(high) < codeOf(low)) this.fail(`invalid range ${low}-${high}`, itemStart)
      }
    }
  }

  /** One character in a class, at `i`: a literal or an escape that stands for one. */
  private classCharacter(start: number): void {
    const c = this.at(this.i)
    if (c === undefined) this.fail('missing closing ]', start)
    if (c === '\\') {
      this.i += 1
      this.escapedCharacter(start)
      return
    }
    this.i += c.length
  }
}

/** The code point a class character stands for: itself, or its escape's value. */
function codeOf(text: string): number {
  if (!text.startsWith('\\')) return text.codePointAt(0)!
  const e = text[1]!
  if (e === 'x') return parseInt(text.replace(/^\\x\{?|\}$/g, ''), 16)
  if (e >= '0' && e <= '7') return parseInt(text.slice(1), 8)
  const controls: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 }
  return controls[e] ?? text.codePointAt(1)!
}

/** What makes `pattern` not RE2 syntax (with the character where it is), or undefined. */
export function re2SyntaxProblem(pattern: string): string | undefined {
  try {
    new Scanner(pattern).scan()
    return undefined
  } catch (error) {
    if (error instanceof Re2SyntaxError) return error.message
    throw error
  }
}
