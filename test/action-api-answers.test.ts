/**
 * The Action against GitHub API answers of any shape: one answer of a pull_request, release or
 * merge_group run (a PR files page, a release's asset list, a directory listing, a file's
 * contents, the trust configuration at the base, the comment list) replaced by a mutation of the
 * real one (values replaced by odd ones, entries removed, the whole answer replaced). Whatever the answer, the run ends with a decision or an
 * error in one line: never an internal error, never a stack trace. (Such a run found PR files
 * such as ["x"] ending as an internal error.)
 */
import { expect, test } from '@jest/globals'
import fc from 'fast-check'
import { webhookExample } from './support/action-run.js'
import {
  actionGitHub,
  BASE_SHA,
  filesOf,
  HEAD_SHA,
  payloads,
  PKG,
  REPO,
  trees
} from './support/e2e-fixtures.js'

const gh = actionGitHub()

type Json = unknown

/** Values an API answer should never hold where the gate reads it. */
const ODD: Json[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  '',
  '%',
  '\u0000',
  '../x',
  '/etc/passwd',
  'x'.repeat(3000),
  [],
  {},
  [[]],
  { a: 1 },
  'removed',
  'renamed',
  'dir',
  'symlink',
  '__proto__',
  '!!!'
]

/** Every place (object key or array index path) in a JSON value. */
function places(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) => {
    const place = [...at, Array.isArray(value) ? Number(key) : key]
    return [place, ...places(child, place)]
  })
}

/** `answer` with each edit applied: a place's value replaced (by ODD[value]) or removed (-1). */
function mutated(answer: Json, edits: { place: number; value: number }[]): Json {
  const copy = structuredClone(answer)
  const all = places(copy)
  if (all.length === 0) return ODD[edits[0]?.value ?? 0]
  for (const { place, value } of edits) {
    const path = all[place % all.length]!
    let parent = copy as Record<string | number, Json>
    for (const key of path.slice(0, -1)) parent = parent?.[key] as Record<string | number, Json>
    if (parent === null || typeof parent !== 'object') continue
    const key = path.at(-1)!
    if (value < 0) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1)
      else delete parent[key]
    } else parent[key] = structuredClone(ODD[value % ODD.length])
  }
  return copy
}

/** The runs mutated: each sets up the fake API, then runs the Action once against it. */
const RUNS: {
  event: string
  setUp: () => void
  run: () => ReturnType<typeof gh.runEvent>
  expected: string
  numRuns: number
}[] = [
  {
    event: 'pull_request',
    setUp: () => {
      gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), 'README.md': 'fleet\n', ...trees.strong() })
      gh.pullFiles.set(`${REPO}#31`, filesOf(trees.strong()))
    },
    run: () => gh.runPullRequest(31),
    expected: 'conditional',
    numRuns: 40
  },
  {
    // Release assets, their downloads, the configuration at the default branch.
    event: 'release',
    setUp: () => gh.setRelease(21, 'v5.4.3'),
    run: () => gh.runEvent('release', payloads.release(21, 'v5.4.3'), { evidence: PKG }),
    expected: 'conditional',
    numRuns: 20
  },
  {
    // The configuration at the merge group's base, the package at its head.
    event: 'merge_group',
    setUp: () => {
      gh.setTree(REPO, BASE_SHA, trees.trust())
      gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), 'README.md': 'fleet\n', ...trees.strong() })
    },
    run: () => {
      const payload = webhookExample('merge_group', 'checks_requested')
      payload.merge_group.base_sha = BASE_SHA
      payload.merge_group.head_sha = HEAD_SHA
      payloads.ofRepo(payload.repository)
      return gh.runEvent('merge_group', payload)
    },
    expected: 'conditional',
    numRuns: 20
  }
]

test.each(RUNS)(
  'a $event run ends with a decision or a one-line error, whatever one API answer holds',
  async ({ setUp, run, expected, numRuns }) => {
    gh.requests.length = 0
    gh.faults.length = 0
    setUp()
    const baseline = await run()
    expect(baseline.outputs.decision).toBe(expected)
    const asked = [
      ...new Set(gh.requests.filter(r => r.method === 'GET').map(r => `${r.path}?${r.query}`))
    ].sort()
    // The answers in JSON (an asset's download is bytes, not mutated here).
    const answers = new Map<string, Json>()
    for (const request of asked) {
      const response = await fetch(`${gh.url}${request}`, {
        headers: { authorization: 'token ghs_e2e-test-token' }
      })
      if (response.headers.get('content-type')?.includes('json'))
        answers.set(request, await response.json())
    }
    expect(answers.size).toBeGreaterThan(5)

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...answers.keys()),
        fc.array(
          fc.record({
            place: fc.nat(),
            value: fc.integer({ min: -1, max: ODD.length - 1 })
          }),
          { minLength: 1, maxLength: 3 }
        ),
        async (request, edits) => {
          gh.requests.length = 0
          gh.faults.length = 0
          setUp()
          const path = request.slice(0, request.indexOf('?'))
          gh.faults.push({
            method: 'GET',
            path: new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
            status: 200,
            body: mutated(answers.get(request), edits)
          })
          const result = await run()
          const printed = result.stdout + result.stderr
          expect(printed).not.toContain('internal error')
          expect(printed).not.toMatch(/\n\s+at \S+ \(?[^\n]*:\d+:\d+\)?/)
          expect(result.code === 0 || result.code === 1).toBe(true)
          expect(['approve', 'conditional', 'reject', 'none', 'error']).toContain(
            result.outputs.decision
          )
        }
      ),
      { numRuns, seed: 20261127 }
    )
  },
  240_000
)
