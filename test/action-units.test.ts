/** Unit tests of the Action's own pieces: globs, paths, combining decisions, the API client. */
import { describe, expect, test } from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { indexPlaces, indexPlacesOf, type IndexPlaces } from '../src/shared/index-places.js'
import { combine, type PackageResult } from '../src/action/outcome.js'
import { FAIL_ON, failsGate, type FailOn } from '../src/contracts/fail-on.js'
import { composeComment, COMMENT_MARKER } from '../src/action/publish.js'
import { api } from '../src/collect/api.js'
import { createClient } from '../src/collect/github.js'
import { globToRegExp, matchesAny } from '../src/collect/glob.js'
import { isSafeRepoPath, repoJoin } from '../src/collect/repo-files.js'
import { namedFilesOf } from '../src/collect/trust.js'
import type { GateReport } from '../src/contracts/report.js'
import { runGate } from '../src/gate.js'
import { ROOT } from './support/action-run.js'

describe('globs over package directories', () => {
  test.each([
    ['**', 'a/b/c', true],
    ['**', '', true],
    ['updates/*', 'updates/ic22', true],
    ['updates/*', 'updates/ic22/x', false],
    // A directory name with a line terminator is a directory like any other: a glob that skipped
    // it would leave its package unjudged.
    ['**', 'evidence/ic22\u2028x', true],
    ['**', 'evidence/ic22\nx', true],
    ['evidence/**', 'evidence/a\r\nb/c', true],
    ['evidence/*', 'evidence/a\nb', true],
    ['updates/**', 'updates/ic22/x', true],
    ['**/ic22-*', 'vendors/acme/ic22-5.4.3', true],
    ['evidence/ic22', 'evidence/ic22', true],
    ['evidence/ic2?', 'evidence/ic22', true],
    ['evidence.x', 'evidenceAx', false]
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected)
  })
  test('several patterns', () => expect(matchesAny('b/x', ['a/*', 'b/*'])).toBe(true))
})

describe('repository paths', () => {
  test.each(['a/b', 'update-evidence.yaml', '.github/x.yaml'])('%s is safe', p =>
    expect(isSafeRepoPath(p)).toBe(true)
  )
  test.each(['', '/etc/passwd', 'a/../b', '..', 'a//b', 'a\\b', './a', 'a/'])('%s is not', p =>
    expect(isSafeRepoPath(p)).toBe(false)
  )
  test('repoJoin', () => {
    expect(repoJoin('', 'a')).toBe('a')
    expect(repoJoin('a/', 'b')).toBe('a/b')
    expect(repoJoin('.')).toBe('')
  })
  test('key files and the trusted root named by a trust file resolve next to it; escapes are dropped', () => {
    const text =
      'keys:\n  - publicKeyFile: keys/a.pub\n  - publicKeyFile: ../../etc/x\n  - publicKey: PEM\nsigstore:\n  trustedRoot: sigstore/trusted_root.json\n'
    expect(namedFilesOf(text, '.github/update-gate/trust.yaml')).toEqual([
      '.github/update-gate/keys/a.pub',
      '.github/update-gate/sigstore/trusted_root.json'
    ])
    expect(namedFilesOf(': not yaml: [', 'trust.yaml')).toEqual([])
  })
})

const report = (
  decision: 'approve' | 'conditional' | 'reject',
  level: 1 | 2 | 3 | 4 | 5
): GateReport =>
  ({
    result: {
      decision,
      summary: `${decision} summary`,
      maturity: { level },
      configurations: [
        { id: 'reference', result: 'approved', reasons: [], exception: null },
        {
          id: 'regional',
          result: decision === 'conditional' ? 'excluded' : 'approved',
          reasons: [],
          exception: null
        }
      ],
      findings: []
    }
  }) as unknown as GateReport
const pkg = (repoPath: string) => ({ repoPath, packageDir: `/tmp/${repoPath}`, inRepository: true })

describe('combining packages into one decision', () => {
  test('the worst decision, the lowest maturity, qualified configuration ids', () => {
    const results: PackageResult[] = [
      { pkg: pkg('a'), report: report('approve', 5) },
      { pkg: pkg('b'), report: report('conditional', 4) }
    ]
    const out = combine(results, [], 'PR #1')
    expect(out.decision).toBe('conditional')
    expect(out.maturity).toBe(4)
    expect(out.approved).toEqual(['a:reference', 'a:regional', 'b:reference'])
    expect(out.excluded).toEqual(['b:regional'])
  })
  test('an error anywhere is an error, never an approval, and has no maturity', () => {
    const out = combine(
      [
        { pkg: pkg('a'), report: report('approve', 5) },
        { pkg: pkg('b'), error: 'x: broken' }
      ],
      [],
      's'
    )
    expect(out.decision).toBe('error')
    expect(out.maturity).toBeUndefined()
    expect(out.headline).toContain('b: x: broken')
  })
  test('a blocking collect finding turns approve into reject', () => {
    const out = combine(
      [{ pkg: pkg('a'), report: report('approve', 5) }],
      [{ rule: 'gate.trust_changed', severity: 'violation', message: 'm' }],
      's'
    )
    expect(out.decision).toBe('reject')
  })
  test('nothing to evaluate is none', () => expect(combine([], [], 's').decision).toBe('none'))
  /** Under each fail-on, the decisions that fail the gate; every other decision passes it. */
  const FAILING: Record<FailOn, string[]> = {
    reject: ['reject', 'error'],
    conditional: ['conditional', 'reject', 'error'],
    never: ['error']
  }
  const DECISIONS = ['approve', 'conditional', 'reject', 'error', 'none'] as const
  test.each(FAIL_ON.flatMap(failOn => DECISIONS.map(decision => [decision, failOn] as const)))(
    '%s under fail-on %s',
    (decision, failOn) => {
      expect(failsGate(decision, failOn)).toBe(FAILING[failOn].includes(decision))
    }
  )
})

describe('comments', () => {
  test('an oversized comment falls back to a compact form under 65536 characters, marker first', async () => {
    const real = await runGate({
      packageDir: join(ROOT, 'examples', 'seed', 'strong'),
      trustFile: join(ROOT, 'examples', 'seed', 'trust.yaml'),
      evaluationTime: '2026-10-06T12:00:00Z'
    })
    const big = { ...real, result: { ...real.result, summary: 'x'.repeat(80_000) } }
    const out = combine([{ pkg: pkg('a'), report: big }], [], 'PR #1')
    const body = composeComment(out, null, 'PR #1')
    expect(body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(body.length).toBeLessThan(65_536)
    const normal = composeComment(
      combine([{ pkg: pkg('a'), report: real }], [], 'PR #1'),
      null,
      'PR #1'
    )
    expect(normal).toContain('### a\n')
    expect(normal).toContain('regional')
  })
})

test('PR-controlled paths and messages are escaped in the comment', () => {
  const out = combine(
    [{ pkg: pkg('x`y<!--'), error: 'bad' }],
    [{ rule: 'gate.trust_changed', severity: 'violation', message: 'changes a<img>', file: 'a`b' }],
    'PR #1'
  )
  const body = composeComment(out, null, 'PR #1')
  expect(body.split(COMMENT_MARKER)).toHaveLength(2)
  expect(body).not.toContain('<img>')
  expect(body).not.toMatch(/(^|[^\\])`/m) // every backtick escaped: no code span to break out of
})

describe('annotation lines', () => {
  test('evidence items and exceptions are found at their lines in the index', async () => {
    const places = indexPlaces(join(ROOT, 'examples', 'seed', 'strong'))
    expect(places.evidence.get('approval')).toEqual({
      line: expect.any(Number),
      file: 'approval.yaml'
    })
    expect(places.exceptions.get('regional')).toEqual(expect.any(Number))
  })
  test('the gate hands over the places of the index it read: those a second read finds, on either YAML path', async () => {
    const strong = join(ROOT, 'examples', 'seed', 'strong')
    const index = readFileSync(join(strong, 'update-evidence.yaml'), 'utf8')
    const variants = {
      'as written': index,
      // Decoded without its byte order mark, which the fast path declines.
      'with a byte order mark': `\ufeff${index}`,
      // A tag is the yaml path's, in the gate as in a second read.
      'with a tag': index.replace('  product: IC-22', '  product: !!str IC-22')
    }
    expect(new Set(Object.values(variants)).size).toBe(3)
    for (const [name, text] of Object.entries(variants)) {
      const dir = mkdtempSync(join(tmpdir(), 'update-gate-places-'))
      try {
        cpSync(strong, dir, { recursive: true })
        writeFileSync(join(dir, 'update-evidence.yaml'), text)
        let handed: IndexPlaces | undefined
        const report = await runGate({
          packageDir: dir,
          trustFile: join(ROOT, 'examples', 'seed', 'trust.yaml'),
          evaluationTime: '2026-11-26T00:00:00Z',
          onIndexPlaces: places => (handed = places)
        })
        expect([name, report.result.decision]).toEqual([name, 'conditional'])
        expect([name, handed]).toEqual([name, indexPlaces(dir)])
        expect(handed?.exceptions.get('regional')).toEqual(expect.any(Number))
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  })
  test('an unreadable index gives no places, not an error', async () => {
    const places = indexPlaces('/nonexistent')
    expect(places.evidence.size).toBe(0)
  })
  test('lines are 1-based; two documents, malformed or too deeply nested text give no places', () => {
    const text =
      'evidence:\n  - id: a\n    file: a.yaml\n  - { id: b }\nexceptions:\n\n  - configuration: c\n'
    const places = indexPlacesOf(text)
    expect(places.evidence.get('a')).toEqual({ line: 2, file: 'a.yaml' })
    expect(places.evidence.get('b')).toEqual({ line: 4 })
    expect(places.exceptions.get('c')).toBe(7)
    for (const bad of [
      `${text}---\nevidence: []\n`,
      'evidence: [',
      `${'['.repeat(80)}${']'.repeat(80)}`
    ]) {
      const none = indexPlacesOf(bad)
      expect([none.evidence.size, none.exceptions.size]).toEqual([0, 0])
    }
  })
})

describe('the GitHub client', () => {
  const serve = async (handler: Parameters<typeof createServer>[1]) => {
    const server = createServer(handler)
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
    return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
  }

  test('a 502 is retried and then succeeds', async () => {
    let calls = 0
    const { server, url } = await serve((_req, res) => {
      calls++
      res.writeHead(calls === 1 ? 502 : 200, { 'content-type': 'application/json' })
      res.end(calls === 1 ? '{"message":"bad gateway"}' : '{"ok":true}')
    })
    try {
      const client = createClient({ token: 't', baseUrl: url, retry: { baseDelayMs: 10 } })
      const res = await api('get', () =>
        client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' })
      )
      expect(res.data).toEqual({ ok: true })
      expect(calls).toBe(2)
    } finally {
      server.close()
    }
  })

  test('a request that hangs times out and is an error', async () => {
    const { server, url } = await serve(() => {
      /* never answers */
    })
    try {
      const client = createClient({
        token: 't',
        baseUrl: url,
        timeoutMs: 200,
        retry: { maxAttempts: 1 }
      })
      await expect(api('reading x', () => client.request('GET /x'))).rejects.toThrow(
        /GitHub API reading x failed: timed out/
      )
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })

  /**
   * `request` (GET /x unless said) by a client with `retry` options against a server that
   * answers every request with `status` and `headers`: it fails with that status. When each
   * attempt reached the server, and what the client logged.
   */
  const failedRequest = async (
    status: number,
    headers: Record<string, string>,
    retry?: Parameters<typeof createClient>[0]['retry'],
    request: [string, Record<string, unknown>?] = ['GET /x']
  ) => {
    const times: number[] = []
    const log: string[] = []
    const { server, url } = await serve((_req, res) => {
      times.push(Date.now())
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end('{"message":"failed"}')
    })
    try {
      const client = createClient({ token: 't', baseUrl: url, log: m => log.push(m), retry })
      await expect(api('get', () => client.request(...request))).rejects.toThrow(
        new RegExp(`HTTP ${status}`)
      )
      return { times, log }
    } finally {
      server.close()
    }
  }

  test.each([
    [
      'retries are bounded: a persistent 503 fails after the last retry',
      {},
      { maxAttempts: 2, baseDelayMs: 10 }
    ],
    // 0 s, 1 s; a third would start after 2 s > 1.5 s
    [
      'the total budget bounds the time: waits that would exceed it are not started',
      { 'retry-after': '1' },
      { maxAttempts: 10, budgetMs: 1500 }
    ]
  ] as const)('%s', async (_, headers, retry) => {
    expect((await failedRequest(503, headers, retry)).times).toHaveLength(2)
  })

  test('one retry policy: a spent rate limit is tried 3 times in all (not 3 x 3), waiting as asked', async () => {
    const { times, log } = await failedRequest(429, {
      'retry-after': '1',
      'x-ratelimit-remaining': '0'
    })
    expect(times).toHaveLength(3)
    // Retry-After: 1 was honoured between attempts.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950)
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(950)
    expect(log.at(-1)).toMatch(/giving up \(after 3 attempts\)/)
  })

  test('a Retry-After over the cap is not waited for: one attempt, an error naming the wait', async () => {
    const { times, log } = await failedRequest(403, { 'retry-after': '3600' })
    expect(times).toHaveLength(1)
    expect(log).toEqual([
      'GitHub API GET /x: rate limit (HTTP 403); giving up (GitHub asks to wait 3600 s, more than the 30 s cap)'
    ])
  })

  test('a comment (POST) is not retried after a 502: it may have been posted', async () => {
    const post = await failedRequest(502, {}, { baseDelayMs: 10 }, ['POST /x', { body: 'hello' }])
    expect(post.times).toHaveLength(1)
  })
})
