/**
 * parseYaml reads YAML with js-yaml where js-yaml gives the value the `yaml` library path gives
 * (yamlFastPath), and hands everything else to the `yaml` path, which words every error. These
 * tests hold the fast path to that: on every YAML file of the repository and on generated edits
 * of them, whatever it reads, the `yaml` path reads as the same value; what it declines, the
 * `yaml` path decides.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { isGateError } from '../src/shared/errors.js'
import {
  MAX_NESTING_DEPTH,
  parseYaml,
  parseYamlDocument,
  yamlFastPath
} from '../src/shared/parse.js'
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

describe('the js-yaml fast path', () => {
  test('the repository has YAML files to compare on', () => {
    expect(FILES.length).toBeGreaterThan(20)
  })

  test.each(FILES.map((file, i) => [path.relative(REPO, file), i] as const))(
    '%s: read by the fast path, as the yaml path reads it',
    (_name, i) => {
      const fast = yamlFastPath(TEXTS[i]!)
      const slow = yamlPath(TEXTS[i]!)
      expect(slow).toHaveProperty('value')
      // Files the fast path declines (a tag, an alias) are read by the yaml path alone.
      if (fast) expect(fast.value).toStrictEqual((slow as { value: unknown }).value)
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
          const fast = yamlFastPath(text)
          if (!fast) return
          compared++
          expect(yamlPath(text)).toStrictEqual({ value: fast.value })
        }
      ),
      { numRuns: 5000, seed: 9 }
    )
    // The property compared real reads, not only declined texts.
    expect(compared).toBeGreaterThan(500)
  })
})
