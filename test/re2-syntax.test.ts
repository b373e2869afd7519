/**
 * The trust file's RE2 check (src/load/re2-syntax.ts) against the RE2 the policy matches with:
 * OPA's wasm runtime, built here by opa (on PATH from test/support/global-setup.mjs) from a
 * one-rule policy asking `regex.is_valid` of each pattern, and run by the same SDK as the gate.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import * as opaWasm from '@open-policy-agent/opa-wasm'
import fc from 'fast-check'
import { re2SyntaxProblem } from '../src/load/re2-syntax.js'

const { loadPolicySync } = (opaWasm as unknown as { default: typeof opaWasm }).default

/** Patterns and whether RE2 takes them. */
const CASES: [string, boolean][] = [
  // What identity patterns look like.
  ['https://github\\.com/supplier/fw/\\.github/workflows/release\\.yml@refs/tags/v[0-9.]+', true],
  ['https://github\\.com/[^/]+/fw/.*', true],
  ['(?i)https://github\\.com/Supplier/.*', true],
  ['.*@example\\.com', true],
  // Syntax RE2 has and JavaScript does not.
  ['(?i)abc', true],
  ['(?s).', true],
  ['(?i-s:a.)', true],
  ['(?U)a+', true],
  ['(?P<tag>v[0-9]+)', true],
  ['(?P<a>x)(?P<a>y)', true],
  ['(?)a', true],
  ['a\\z', true],
  ['\\Aa', true],
  ['\\Qa.b\\E', true],
  ['\\Qa.b', true],
  ['[[:alpha:]]+', true],
  ['[[:^digit:]]', true],
  ['\\pL+', true],
  ['\\PL', true],
  ['\\p{L}', true],
  ['\\p{Greek}', true],
  ['\\p{^Greek}', true],
  ['\\p{Any}', true],
  ['\\x{41}', true],
  ['\\x41', true],
  ['\\101', true],
  ['\\0', true],
  ['[\\d-z]', true],
  ['[a-b-c]', true],
  ['[a-]', true],
  ['[-a]', true],
  ['[]a]', true],
  ['[^]a]', true],
  ['a{2}', true],
  ['a{2,}', true],
  ['a{2,5}?', true],
  ['a{1000}', true],
  ['(a{10}){100}', true],
  ['a{,5}', true],
  ['a{01}', true],
  ['a{', true],
  ['x{y}', true],
  ['a|', true],
  ['()', true],
  ['(|a)', true],
  ['\\-\\/\\ ', true],
  ['a*?', true],
  ['é+', true],
  ['\\t\\n\\r\\f\\v\\a', true],
  // JavaScript's syntax, and other dialects', that RE2 does not have.
  ['(?=a)a', false],
  ['(?!a)b', false],
  ['(?<=a)b', false],
  ['(?<!a)b', false],
  ['(?<n>a)', false],
  ["(?'n'a)", false],
  ['(?#c)a', false],
  ['(?>a)', false],
  ['(?|a|b)', false],
  ['(a)\\1', false],
  ['(?P<n>a)(?P=n)', false],
  ['\\k<n>', false],
  ['\\u0041', false],
  ['\\cA', false],
  ['\\Z', false],
  ['\\e', false],
  ['\\8', false],
  ['a++', false],
  ['a**', false],
  ['a*??', false],
  ['a{2}{3}', false],
  ['a{1001}', false],
  ['a{5,2}', false],
  ['(a{10}){101}', false],
  ['((a{10}){10}){11}', false],
  ['*a', false],
  ['(*a)', false],
  ['a|*', false],
  ['{2}', false],
  ['(a', false],
  ['a)', false],
  ['[a', false],
  ['[]', false],
  ['[z-a]', false],
  ['[a-\\d]', false],
  ['[[:foo:]]', false],
  ['\\p{Foo}', false],
  ['\\pX', false],
  ['\\x{110000}', false],
  ['\\xG1', false],
  ['(?P<>x)', false],
  ['(?-)', false],
  ['(?i-)', false],
  ['(?x)a', false],
  ['a\\', false]
]

/** Tokens fast-check strings patterns from: the syntax RE2 and its neighbours treat specially. */
const TOKENS = [
  'a',
  'b',
  '.',
  '*',
  '+',
  '?',
  '|',
  '(',
  ')',
  '(?:',
  '(?i)',
  '(?i:',
  '(?P<n>',
  '(?P<m>',
  '(?=',
  '(?<',
  '[',
  ']',
  '^',
  '$',
  '-',
  ':',
  '{',
  '}',
  '{2}',
  '{0}',
  '{1,3}',
  '{3,1}',
  '{40}',
  '{,2}',
  '{2,}',
  '\\',
  '\\d',
  '\\pL',
  '\\p{Greek}',
  '\\x41',
  '\\x{263a}',
  '\\1',
  '\\12',
  '\\Q',
  '\\E',
  '\\z',
  '\\Z',
  '\\b',
  '\\.',
  '[:alpha:]',
  '[[:digit:]]',
  'é'
]

let dir: string
let wasm: Buffer

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 're2-syntax-'))
  writeFileSync(
    join(dir, 'probe.rego'),
    'package probe\n\nvalid := [regex.is_valid(p) | some p in input]\n'
  )
  execFileSync(
    'opa',
    ['build', '-t', 'wasm', '-e', 'probe/valid', '-o', 'b.tar.gz', 'probe.rego'],
    {
      cwd: dir,
      stdio: 'pipe'
    }
  )
  execFileSync('tar', ['-xzf', 'b.tar.gz', '/policy.wasm'], { cwd: dir, stdio: 'pipe' })
  wasm = readFileSync(join(dir, 'policy.wasm'))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** What the policy's RE2 says of each pattern. */
function re2Valid(patterns: string[]): boolean[] {
  const policy = loadPolicySync(wasm)
  const [answer] = policy.evaluate(patterns) as { result: boolean[] }[]
  return answer!.result
}

describe('re2SyntaxProblem agrees with the policy’s RE2', () => {
  it('on every known case', () => {
    const patterns = CASES.map(([p]) => p)
    expect(patterns.map((p, i) => [p, re2Valid(patterns)[i]])).toEqual(CASES)
    expect(patterns.map(p => [p, re2SyntaxProblem(p) === undefined])).toEqual(CASES)
  })

  it('on patterns strung from the syntax it treats specially', () => {
    const patterns = fc.sample(
      fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 7 }).map(t => t.join('')),
      { numRuns: 4000, seed: 20261127 }
    )
    const valid = re2Valid(patterns)
    const disagree = patterns.flatMap((p, i) =>
      (re2SyntaxProblem(p) === undefined) === valid[i] ? [] : [[p, valid[i]]]
    )
    expect(disagree).toEqual([])
  })

  it('names what is wrong and where', () => {
    expect(re2SyntaxProblem('v(?=1)')).toBe('lookahead (?= at character 2 (not in RE2)')
    expect(re2SyntaxProblem('(?<tag>v1)')).toBe(
      'named group (?< at character 1 (not in RE2: write (?P<name>...))'
    )
    expect(re2SyntaxProblem('(a)\\1')).toBe('backreference \\1 at character 4 (not in RE2)')
    expect(re2SyntaxProblem('\\u0041')).toBe(
      'escape \\u at character 1 (not in RE2: write \\x{...})'
    )
    expect(re2SyntaxProblem('a{1001}')).toBe(
      'invalid repetition count {1001} (at most 1000) at character 2'
    )
    expect(re2SyntaxProblem('a**')).toBe('repetition of a repetition (*) at character 3')
    expect(re2SyntaxProblem('(ab')).toBe('missing closing ) at character 1')
    expect(re2SyntaxProblem('[[:alfa:]]')).toBe('unknown class [:alfa:] at character 2')
  })
})
