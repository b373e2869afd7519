/**
 * Evidence text in every output channel: it may not issue a GitHub workflow command (a line that
 * starts with `::` once blanks are trimmed, or holds `##[` anywhere: the runner reads stdout and
 * stderr for both), pose as a line of its own, hide behind invisible characters, or mention
 * people; and a run whose outputs cannot be written is an error in every file it leaves.
 * (An adversarial review found each of these passing.)
 */
import { describe, expect, test } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import { inertJson, inertLines, inertOutput, inertXml } from '../src/shared/ci-commands.js'
import { inlineMarkdown, plain } from '../src/report/text.js'
import { ROOT, reportOf, webhookExample } from './support/action-run.js'
import { cli } from './support/cli.js'
import { actionGitHub } from './support/e2e-fixtures.js'

const gh = actionGitHub()

/** An exception id that tries every way out of its line. */
const HOSTILE_ID = 'EXC-1\n::warning::INJECTED\n##[add-mask]conditional\u2028::notice::APPROVED'

/** Lines a GitHub runner would take for a workflow command. */
const commandLines = (output: string) =>
  output.split('\n').filter(line => /^\s*::/.test(line) || line.includes('##['))

/** A copy of examples/seed (strong's exception renamed to HOSTILE_ID) in a fresh directory. */
function hostileSeed(): string {
  const dir = mkdtempSync(join(tmpdir(), 'update-gate-hostile-'))
  cpSync(join(ROOT, 'examples/seed'), join(dir, 'seed'), { recursive: true })
  const index = join(dir, 'seed/strong/update-evidence.yaml')
  const doc = parse(readFileSync(index, 'utf8')) as { exceptions: { id: string }[] }
  doc.exceptions[0]!.id = HOSTILE_ID
  writeFileSync(index, stringify(doc))
  return dir
}

describe('text helpers', () => {
  test('plain: one line, line breaks shown, invisible and reordering characters named', () => {
    expect(plain('a\nb\r\nc\u2028d')).toBe('a \u23ce b \u23ce c \u23ce d')
    expect(plain('test \u202Edevorppa\u202C\u200B.')).toBe('test <U+202E>devorppa<U+202C><U+200B>.')
    expect(plain('\u001b[31mred\u001b[0m\ttab')).toBe('[31mred[0m\ttab')
  })

  test('a mention right after a mention is a mention too; e-mail addresses stay as written', () => {
    expect(inlineMarkdown('cc @x@octocat and @y@github/security')).toBe(
      'cc `@x``@octocat` and `@y``@github/security`'
    )
    expect(inlineMarkdown('rita@supplier.example@octocat')).toBe('rita@supplier.example@octocat')
  })

  test('inert forms change how a character is written, never what a parser reads', () => {
    const json = JSON.stringify({ message: HOSTILE_ID }, null, 2)
    expect(commandLines(inertJson(json))).toEqual([])
    expect(JSON.parse(inertJson(json))).toEqual({ message: HOSTILE_ID })
    expect(inertXml('<m a="##[x]">##[y]\n  ::z</m>')).toBe(
      '<m a="##&#91;x]">##&#91;y]\n  &#58;:z</m>'
    )
    // Linear: a text of many blank lines is not scanned from every line start to its end.
    const blank = '\n'.repeat(200_000)
    expect(inertOutput(`${blank}::x`)).toBe(`${blank}\\::x`)
    expect(inertLines('  ::add-mask::x\nok ##[error]y')).toBe('  \\::add-mask::x\nok ##\\[error]y')
    expect(commandLines(inertOutput('::warning::a\n\u00a0::x::y\n##[z]'))).toEqual([])
    const big = 'x'.repeat(1000)
    expect(inertOutput(big)).toBe(big)
  })
})

describe('the CLI', () => {
  test.each(['text', 'markdown', 'json', 'sarif', 'junit', 'vsa'])(
    '--format %s: evidence text issues no workflow command',
    async format => {
      const dir = hostileSeed()
      try {
        const run = await cli([
          'evaluate',
          join(dir, 'seed/strong'),
          '--trust',
          join(dir, 'seed/trust.yaml'),
          '--at',
          '2026-11-26T00:00:00Z',
          '--format',
          format
        ])
        expect(run.code).toBe(0)
        expect(commandLines(run.stdout)).toEqual([])
        if (format === 'json') {
          const report = JSON.parse(run.stdout) as { result: { conditions: { id: string }[] } }
          // The JSON still holds the id exactly as the supplier wrote it.
          expect(report.result.conditions.map(c => c.id)).toContain(HOSTILE_ID)
        }
        if (format === 'text')
          expect(run.stdout).toContain('EXC-1 \u23ce ::warning::INJECTED \u23ce ##\\[add-mask]')
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  )
})

describe('the Action', () => {
  test('evidence text in its log issues no workflow command', async () => {
    const workspace = hostileSeed()
    try {
      const run = await gh.runEvent(
        'workflow_dispatch',
        webhookExample('workflow_dispatch'),
        { evidence: 'seed/strong', trust: 'seed/trust.yaml' },
        { workspace }
      )
      expect(run.outputs.decision).toBe('conditional')
      const injected = run.stdout
        .split('\n')
        .filter(
          line => /^\s*::(add-mask|notice|warning::INJECTED)/.test(line) || line.includes('##[')
        )
      expect(injected).toEqual([])
      expect(run.stdout).toContain('update-gate: conditional for workspace')
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })

  test('outputs that cannot be written: the report file and the job summary say error too', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'update-gate-outputs-'))
    cpSync(join(ROOT, 'examples/seed'), join(workspace, 'seed'), { recursive: true })
    try {
      const run = await gh.runEvent(
        'workflow_dispatch',
        webhookExample('workflow_dispatch'),
        { evidence: 'seed/strong', trust: 'seed/trust.yaml' },
        { workspace, env: { GITHUB_OUTPUT: join(workspace, 'no-such-dir', 'output') } }
      )
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('::error::update-gate: error: outputs not written')
      expect(reportOf(run).decision).toBe('error')
      expect(run.summary).toContain('update-gate: error')
      expect(run.summary).not.toContain('update-gate: conditional')
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })
})
