/**
 * parseYaml reads YAML with js-yaml where js-yaml gives the value the `yaml` library path gives
 * (yamlFastPath), and hands everything else to the `yaml` path, which words every error. These
 * tests hold the fast path to that: on every YAML file of the repository and on generated edits
 * of them, whatever it reads, the `yaml` path reads as the same value; what it declines, the
 * `yaml` path decides.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { stringify as stringifyYaml } from 'yaml'
import { isGateError } from '../src/shared/errors.js'
import {
  MAX_NESTING_DEPTH,
  parseYaml,
  parseYamlDocument,
  yamlFastPath
} from '../src/shared/parse.js'
import { fastIndexPlaces, yamlIndexPlaces } from '../src/shared/index-places.js'
import { REPO } from './helpers.js'

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : yamlFiles(full)
    return /\.ya?ml$/.test(entry.name) ? [full] : []
  })
}

const FILES = ['examples', 'test/fixtures', 'templates']
  .flatMap(dir => yamlFiles(path.join(REPO, dir)))
  .sort()
const TEXTS = FILES.map(file => readFileSync(file, 'utf8'))

/** The `yaml` path's answer: the value, or the GateError code. */
function yamlPath(text: string): { value: unknown } | { code: string } {
  try {
    return { value: parseYamlDocument(text, 'f.yaml') }
  } catch (error) {
    if (isGateError(error)) return { code: error.code }
    throw error
  }
}

/** Every mapping's keys in order, depth first (toStrictEqual does not compare key order). */
function keyOrder(value: unknown): string[] {
  const out: string[] = []
  const stack: [unknown, string][] = [[value, '']]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [v, at] = next
    if (v === null || typeof v !== 'object') continue
    const entries = Object.entries(v)
    if (!Array.isArray(v)) out.push(`${at}{${entries.map(([k]) => JSON.stringify(k)).join(',')}}`)
    for (const [k, child] of entries.reverse()) stack.push([child, `${at}/${k}`])
  }
  return out
}

/** Index places found from the fast path's read (fastIndexPlaces), with a place. */
let placed = 0

/**
 * The fast path read `text`, and the yaml path reads the same value, key order included; the
 * places of index items (the Action's annotation lines) are those the `yaml` document gives.
 */
function expectSameRead(text: string): boolean {
  const fast = yamlFastPath(text)
  const places = fastIndexPlaces(text)
  if (places) {
    expect(places).toEqual(yamlIndexPlaces(text))
    if (places.evidence.size + places.exceptions.size > 0) placed++
  }
  if (!fast) {
    expect(places).toBeUndefined()
    return false
  }
  const slow = yamlPath(text)
  // node's deep strict equality (prototypes, -0, NaN); Jest's would compare an own
  // `constructor` key as the object's constructor. toEqual shows the difference when there is one.
  if (!isDeepStrictEqual(slow, { value: fast.value })) expect(slow).toEqual({ value: fast.value })
  expect(isDeepStrictEqual(slow, { value: fast.value })).toBe(true)
  expect(keyOrder(fast.value)).toEqual(keyOrder((slow as { value: unknown }).value))
  return true
}

describe('the js-yaml fast path', () => {
  test('the repository has YAML files to compare on', () => {
    expect(FILES.length).toBeGreaterThan(20)
  })

  test.each(FILES.map((file, i) => [path.relative(REPO, file), i] as const))(
    '%s: read by the fast path, as the yaml path reads it',
    (_name, i) => {
      expect(yamlPath(TEXTS[i]!)).toHaveProperty('value')
      // Files the fast path declines (a tag, an alias) are read by the yaml path alone.
      expectSameRead(TEXTS[i]!)
    }
  )

  test('most of the repository YAML takes the fast path', () => {
    const fast = TEXTS.filter(text => yamlFastPath(text) !== undefined)
    expect(fast.length).toBeGreaterThan(TEXTS.length / 2)
  })

  test.each([
    ['a tag', 'a: !custom x\n'],
    ['a core tag', 'a: !!str 5\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['keys that are the same string', '1: a\n"1": b\n'],
    ['a null key', '~: a\n'],
    ['an empty key', ': a\n'],
    ['a key over 1000 characters', `${'k'.repeat(1001)}: v\n`],
    ['a collection as key', '[a, b]: x\n'],
    ['an explicit complex key', '? [a]\n: x\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['an empty text', ''],
    ['only a comment', '# nothing\n'],
    ['a tab as indentation', 'a:\n\tb: 1\n'],
    ['a carriage return alone', '\ra: 1\n'],
    ['a byte order mark', 'a: \ufeff1\n'],
    ['an anchor', 'a: &x 1\n'],
    ['a document start marker', '---\na: 1\n'],
    ['a document end marker', '...\na: 1\n'],
    ['text after a flow collection', 'a: [1, 2] b: 3\n'],
    ['text after a flow mapping in a sequence', '- { a: 1 }   b: 2\n'],
    [
      'nesting past the limit',
      `a: ${'['.repeat(MAX_NESTING_DEPTH + 1)}${']'.repeat(MAX_NESTING_DEPTH + 1)}\n`
    ]
  ])('declines %s (the yaml path decides)', (_what, text) => {
    expect(yamlFastPath(text)).toBeUndefined()
  })

  test('reads a text whose comment lines hold syntax characters, as the yaml path reads it', () => {
    for (const text of [
      '# see approvers[].keys, *x, &y and !z\na: [1, 2]\n',
      'a:\n  # {b: 1} c\n  - 1\n',
      "# Carol's key (approvers[].keys)\nb: {x: 1}\n",
      'a: |\n  # [1] x *y\n  z\n'
    ]) {
      expect(expectSameRead(text)).toBe(true)
    }
  })

  test.each([
    ['a quoted scalar that a # line closes', 'a: ["x\n  # y", b] c\n'],
    ['a single-quoted one', "a: ['x\n  # y', b] c\n"],
    ['syntax after a # that is not first on its line', 'a: [1] b # c]\n'],
    ['a # line after U+2028 (no YAML line break)', 'a: [x,\u2028# c] y\n'],
    ['an alias outside the comments', '# *x\na: &x 1\nb: *x\n']
  ])('declines %s, comment lines notwithstanding', (_what, text) => {
    expect(yamlFastPath(text)).toBeUndefined()
  })

  test('parseYaml gives the yaml path the texts the fast path declines', () => {
    // A null key is "" in the yaml path (js-yaml would say "null").
    expect(parseYaml('~: a\n', 'f.yaml')).toStrictEqual({ '': 'a' })
    expect(() => parseYaml('a: 1\na: 2\n', 'f.yaml')).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_KEY', file: 'f.yaml', field: 'a' })
    )
    expect(() => parseYaml(`a: ${'['.repeat(70)}${']'.repeat(70)}\n`, 'f.yaml')).toThrow(
      expect.objectContaining({ code: 'PARSE_ERROR', file: 'f.yaml' })
    )
    expect(
      parseYaml('a: 1.0\nb: 0o17\nc: 0x1F\nd: yes\ne: .inf\nf: 5.4.3\n', 'f.yaml')
    ).toStrictEqual({ a: 1, b: 15, c: 31, d: 'yes', e: Infinity, f: '5.4.3' })
  })

  test('a carriage return alone is refused with its line, on either path; CRLF is read as LF', () => {
    // YAML 1.2 (js-yaml, PyYAML) ends the comment at the lone CR and reads `b: 2`; the `yaml`
    // library ends it at the line feed and would read `{ a: 1 }`.
    for (const text of [
      'a: 1 # c\rb: 2\n',
      'x: 0\r\na: 1 # c\rb: 2\n',
      '# c\rb: 2\n',
      'a: "x\ry"\n',
      'a: 1\n\r'
    ]) {
      const line = text.slice(0, text.search(/\r(?!\n)/)).split('\n').length
      const refused = expect.objectContaining({
        code: 'PARSE_ERROR',
        file: 'f.yaml',
        message: expect.stringContaining(`not followed by a line feed on line ${line};`)
      })
      expect(yamlFastPath(text)).toBeUndefined()
      expect(() => parseYaml(text, 'f.yaml')).toThrow(refused)
      expect(() => parseYamlDocument(text, 'f.yaml')).toThrow(refused)
    }
    const crlf = 'a: 1 # c\r\nb: 2\r\nc:\r\n  - 3\r\n'
    expect(expectSameRead(crlf)).toBe(true)
    expect(parseYaml(crlf, 'f.yaml')).toStrictEqual({ a: 1, b: 2, c: [3] })
    expect(parseYamlDocument(crlf, 'f.yaml')).toStrictEqual({ a: 1, b: 2, c: [3] })
  })

  test('on edited repository YAML, what the fast path reads the yaml path reads the same', () => {
    // Edits that YAML is sensitive to: characters with syntax, indentation, lines removed,
    // repeated or joined, and the text cut short.
    const piece = fc.constantFrom(
      ':',
      ': ',
      '-',
      '- ',
      ' ',
      '  ',
      '\t',
      '\n',
      '#',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      ',',
      '?',
      '|',
      '>',
      '~',
      'null',
      '0o7',
      '1_0',
      '.5',
      'x: y',
      '\n  ',
      '\n- ',
      '\u00a0',
      '\r',
      '\r\n',
      '\u0085',
      '\u2028',
      '\ufeff',
      '\u0000',
      '\u007f',
      '&a ',
      '*a',
      '!',
      '%',
      '...',
      '---',
      '@',
      '`'
    )
    const edit = fc.oneof(
      fc.record({ type: fc.constant('insert' as const), at: fc.nat(), text: piece }),
      fc.record({
        type: fc.constant('delete' as const),
        at: fc.nat(),
        length: fc.integer({ min: 1, max: 8 })
      }),
      fc.record({
        type: fc.constant('line' as const),
        at: fc.nat(),
        op: fc.constantFrom('drop', 'repeat', 'join', 'indent', 'dedent')
      }),
      fc.record({ type: fc.constant('cut' as const), at: fc.nat() })
    )
    type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never
    const apply = (text: string, edits: Edit[]): string => {
      let out = text
      for (const e of edits) {
        const at = out.length === 0 ? 0 : e.at % out.length
        if (e.type === 'insert') out = out.slice(0, at) + e.text + out.slice(at)
        else if (e.type === 'delete') out = out.slice(0, at) + out.slice(at + e.length)
        else if (e.type === 'cut') out = out.slice(0, at)
        else {
          const lines = out.split('\n')
          const i = e.at % lines.length
          if (e.op === 'drop') lines.splice(i, 1)
          else if (e.op === 'repeat') lines.splice(i, 0, lines[i]!)
          else if (e.op === 'join' && i + 1 < lines.length)
            lines.splice(i, 2, `${lines[i]} ${lines[i + 1]}`)
          else if (e.op === 'indent') lines[i] = `  ${lines[i]}`
          else if (e.op === 'dedent') lines[i] = lines[i]!.replace(/^ {1,2}/, '')
          out = lines.join('\n')
        }
      }
      return out
    }
    let compared = 0
    fc.assert(
      fc.property(
        fc.nat({ max: TEXTS.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        (i, edits) => {
          const text = apply(TEXTS[i]!, edits)
          if (expectSameRead(text)) compared++
        }
      ),
      { numRuns: 5000, seed: 9 }
    )
    // The property compared real reads, not only declined texts, and places of index items.
    expect(compared).toBeGreaterThan(500)
    expect(placed).toBeGreaterThan(200)
  })

  test('on generated documents (values written by the yaml library, block and flow), both read the same', () => {
    const scalar = fc.oneof(
      fc.string({
        unit: fc.constantFrom(...'ab:#-? []{},"\'|>~.0123456789eE+xo_TtrueFalsnN\\\n'.split('')),
        maxLength: 12
      }),
      fc.string({ maxLength: 8 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null)
    )
    const key = fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.constantFrom('<<', '__proto__', 'constructor', 'true', '1', '0x1', '1e3', '-', '? a')
    )
    const value = fc.letrec(tie => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('node'), { maxKeys: 4 })
    })).node
    const style = fc.record({
      collectionStyle: fc.constantFrom('any' as const, 'block' as const, 'flow' as const),
      defaultStringType: fc.constantFrom(
        'PLAIN' as const,
        'QUOTE_DOUBLE' as const,
        'QUOTE_SINGLE' as const,
        'BLOCK_LITERAL' as const,
        'BLOCK_FOLDED' as const
      ),
      lineWidth: fc.constantFrom(0, 20, 80)
    })
    let compared = 0
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), style, (doc, options) => {
        const text = stringifyYaml(doc, { ...options, aliasDuplicateObjects: false })
        if (expectSameRead(text)) compared++
      }),
      { numRuns: 3000, seed: 7 }
    )
    expect(compared).toBeGreaterThan(500)
  })

  test('edge cases: merge keys stay plain keys, __proto__ is an own key, long and deep input', () => {
    expect(expectSameRead('a: {x: 1}\nb:\n  <<: {y: 2}\n  z: 3\n')).toBe(true)
    expect(parseYaml('b:\n  <<: {y: 2}\n', 'f.yaml')).toStrictEqual({ b: { '<<': { y: 2 } } })

    expect(
      expectSameRead('__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\n')
    ).toBe(true)
    const proto = parseYaml('__proto__: {polluted: yes}\n', 'f.yaml') as Record<string, unknown>
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype)
    expect(Object.keys(proto)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()

    // Keys over 1000 characters (the yaml path refuses block implicit keys over 1024) are
    // left to the yaml path, in flow and block mappings alike.
    for (const text of [`a: {${'k'.repeat(1100)}: v}\n`, `${'k'.repeat(1001)}: v\n`]) {
      expect(yamlFastPath(text)).toBeUndefined()
      const slow = yamlPath(text)
      if ('value' in slow) expect(parseYaml(text, 'f.yaml')).toStrictEqual(slow.value)
      else expect(() => parseYaml(text, 'f.yaml')).toThrow(expect.objectContaining(slow))
    }

    const nested = (n: number) => `a: ${'['.repeat(n)}1${']'.repeat(n)}\n`
    expect(expectSameRead(nested(MAX_NESTING_DEPTH - 1))).toBe(true)
    expect(yamlFastPath(nested(MAX_NESTING_DEPTH))).toBeUndefined()
    expect(yamlPath(nested(MAX_NESTING_DEPTH))).toStrictEqual({ code: 'PARSE_ERROR' })

    const big = Array.from(
      { length: 20000 },
      (_, i) => `  - id: c-${i}\n    n: ${i}\n    s: "x ${i}"\n`
    )
    expect(expectSameRead(`items:\n${big.join('')}`)).toBe(true)
  })
})
