/**
 * The PR comment and job summary (issue 8): golden files for the strong and better examples, so
 * that a change in wording is a visible diff, and the Markdown parsed (marked) to check its
 * structure: one headline, one table per section, details folded, no zero-width characters,
 * times to the second.
 */
import { describe, expect, test } from '@jest/globals'
import { lexer, parse, type Token, type Tokens } from 'marked'
import { join } from 'node:path'
import { composeComment, composeMarkdown } from '../src/action/publish.js'
import { combine } from '../src/action/outcome.js'
import type { Collected, CollectFinding } from '../src/collect/types.js'
import { runGate } from '../src/gate.js'
import { inlineMarkdown } from '../src/report/index.js'
import { expectGolden } from './support/golden.js'
import { ROOT } from './support/action-run.js'

const SEED = join(ROOT, 'examples', 'seed')
const AT = '2026-10-06T12:00:00Z'
const BASE = 'b'.repeat(40)
const PKG = 'evidence/ic22-5.4.3'

const collectedFor = (): Collected => ({
  source: 'pull_request',
  subject: 'PR #11 (ccccccc)',
  packages: [],
  trustFile: '/unused',
  trustSource: `.github/update-gate/trust.yaml at ${BASE}`,
  policySource: 'built-in',
  dataFiles: [],
  dataSources: [],
  findings: []
})

async function commentFor(
  example: string,
  findings: CollectFinding[] = [],
  at = AT
): Promise<string> {
  const report = await runGate({
    packageDir: join(SEED, example),
    trustFile: join(SEED, 'trust.yaml'),
    evaluationTime: at
  })
  const pkg = { repoPath: PKG, packageDir: join(SEED, example), inRepository: true }
  const outcome = combine([{ pkg, report }], findings, 'PR #11 (ccccccc)')
  return composeComment(outcome, collectedFor(), 'PR #11 (ccccccc)')
}

/** Headings with their depth, and for each heading the tokens up to the next heading. */
function sections(markdown: string): { depth: number; text: string; tokens: Token[] }[] {
  const out: { depth: number; text: string; tokens: Token[] }[] = []
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      if (t.type === 'heading') {
        const h = t as Tokens.Heading
        out.push({ depth: h.depth, text: h.text, tokens: [] })
      } else out.at(-1)?.tokens.push(t)
    }
  }
  walk(lexer(markdown))
  return out
}

const tablesIn = (tokens: Token[]) => tokens.filter(t => t.type === 'table').length

describe.each([
  ['strong', 'conditional'],
  ['better', 'reject']
])('the comment for the %s example', (example, decision) => {
  test('matches its golden file', async () => {
    expectGolden(`comment-${example}.md`, await commentFor(example))
  })

  test('parses as one headline with the decision, one table per section, details folded', async () => {
    const markdown = await commentFor(example)
    const heads = sections(markdown)
    const h2 = heads.filter(h => h.depth === 2)
    expect(h2).toHaveLength(1)
    expect(h2[0]!.text).toContain(`update-gate: ${decision} for PR`)
    expect(heads.filter(h => h.depth === 3).map(h => h.text)).toEqual([PKG])
    const h4 = heads.filter(h => h.depth === 4)
    const expected = ['Configurations', 'Verification questions', 'Controls', 'Findings']
    if (example === 'strong') expected.splice(1, 0, 'Conditions')
    expect(h4.map(h => h.text)).toEqual(expected)
    // Each table section holds exactly one table.
    for (const h of h4) expect({ [h.text]: tablesIn(h.tokens) }).toEqual({ [h.text]: 1 })
    // No table outside those sections.
    expect(heads.filter(h => h.depth < 4).every(h => tablesIn(h.tokens) === 0)).toBe(true)

    const html = await parse(markdown)
    expect(html.match(/<table>/g)).toHaveLength(expected.length)
    expect(html.match(/<h2>/g)).toHaveLength(1)
    expect(html).toMatch(/<details><summary>Controls and findings<\/summary>/)
    expect(html).toContain('</details>')
  })

  test('says nothing twice, no zero-width characters, times to the second', async () => {
    const markdown = await commentFor(example)
    expect(markdown).not.toMatch(/[\u200b-\u200d\u2060\ufeff]/)
    for (const m of markdown.matchAll(/\d{4}-\d{2}-\d{2}T[^\s|)<]*/g))
      expect(m[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    for (const repeated of [
      /level (\d), level \1/,
      /notification notification/,
      /\.;/,
      /verified and retained[^\n]*verified and retained/,
      /:[a-z_]+:/ // no emoji shortcodes beside Unicode emoji
    ])
      expect(markdown).not.toMatch(repeated)
    expect(markdown.match(/evidence maturity/gi) ?? []).toHaveLength(1)
  })
})

describe('times', () => {
  test('every time to the second, whatever precision the evidence or the clock gave', async () => {
    const markdown = await commentFor(
      'strong',
      [
        {
          rule: 'gate.note',
          severity: 'info',
          message: 'seen at 2026-10-02T10:00:00.25Z and 2026-10-02T10:00:01Z'
        }
      ],
      '2026-10-06T12:00:00.123456789Z'
    )
    expect(markdown).toContain('evaluated at 2026-10-06T12:00:00Z')
    expect(markdown).toContain('seen at 2026-10-02T10:00:00Z and 2026-10-02T10:00:01Z')
    expect(markdown).not.toMatch(/T\d{2}:\d{2}:\d{2}\.\d/)
  })
})

describe('conditions', () => {
  test('each exception once: configuration, the version it stays on, mitigation, follow-up date, who accepted', async () => {
    const markdown = await commentFor('strong')
    const conditions = sections(markdown).find(h => h.text === 'Conditions')!
    const table = conditions.tokens.find(t => t.type === 'table') as Tokens.Table
    expect(table.header.map(c => c.text)).toEqual([
      'Exception',
      'Configuration',
      'Stays on',
      'Mitigation',
      'Follow-up by',
      'Accepted by'
    ])
    expect(table.rows).toHaveLength(1)
    expect(table.rows[0]!.map(c => c.text)).toEqual([
      'EXC-1',
      'regional',
      '5.4.2',
      expect.stringContaining('network segmentation'),
      '2027-01-15T00:00:00Z',
      'olga@buyer.example'
    ])
    // The exception's terms are said once (the summary and the configuration table name its id).
    for (const once of ['network segmentation', '2027-01-15', 'olga@buyer.example'])
      expect(markdown.split(once)).toHaveLength(2)
  })
})

describe('the run header', () => {
  test('a PR that touches no package: none, and which globs met how many changed files', () => {
    const outcome = combine([], [], 'PR #19 (ccccccc)')
    const markdown = composeMarkdown(
      outcome,
      {
        ...collectedFor(),
        checked: {
          patterns: ['updates/**'],
          changedFiles: 2,
          listedBy: 'the PR files API (2 files)'
        }
      },
      'PR #19 (ccccccc)'
    )
    expect(markdown).toContain('## ℹ️ update-gate: none for PR \\#19 \\(ccccccc\\)')
    expect(markdown).toContain(
      'Evidence globs updates/\\*\\* were checked against 2 changed files (listed by the PR files API \\(2 files\\)); none is in a directory holding update-evidence.yaml.'
    )
  })

  test('an error: one headline, the error once, never an approval', () => {
    const outcome = { ...combine([], [], 'PR #18'), decision: 'error' as const }
    const line = 'update-gate: error: GitHub API listing the files of PR #18 failed: HTTP 401'
    const markdown = composeMarkdown(outcome, null, 'PR #18', false, line)
    expect(sections(markdown).map(h => h.text)).toEqual(['⛔ update-gate: error for PR \\#18'])
    expect(markdown.match(/HTTP 401/g)).toHaveLength(1)
    expect(markdown).toContain('This is not an approval.')
  })
})

describe('inline text', () => {
  test('@-mentions are put in code spans; e-mail addresses stay exactly as written', () => {
    expect(inlineMarkdown('accepted by olga@buyer.example, cc @olga and @ops/oncall')).toBe(
      'accepted by olga@buyer.example, cc `@olga` and `@ops/oncall`'
    )
    expect(inlineMarkdown('<b>x</b> | y')).toBe('\\<b\\>x\\</b\\> \\| y')
  })
})
