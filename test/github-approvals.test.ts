/**
 * Issue 13, item 4: the approvals GitHub authenticates become facts of the policy input
 * (`input.github`), read from the API at run time (never from the package): a PR's reviews reduced
 * per reviewer under GitHub's semantics, a run's environment deployment approvals. The collect
 * stage runs in process against the fake GitHub API on 127.0.0.1 with the REST shapes GitHub
 * answers (test/support/github-approvals.ts).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  branchPushes,
  collectApprovals,
  deploymentApprovals,
  latestReviews,
  mapsGitHubLogin,
  MAX_BRANCH_ACTIVITIES,
  MAX_REVIEWS
} from '../src/collect/approvals.js'
import { createClient } from '../src/collect/github.js'
import { collect, type CollectRequest } from '../src/collect/index.js'
import { loadTrust } from '../src/load/index.js'
import { parseYaml } from '../src/shared/parse.js'
import { FakeGitHub } from './support/fake-github.js'
import {
  BASE_SHA,
  filesOf,
  HEAD_SHA,
  MAIN_SHA,
  payloads,
  REPO,
  tagCommit,
  trees,
  TRUST
} from './support/e2e-fixtures.js'
import { tempDir } from './helpers.js'
import { webhookExample } from './support/action-run.js'
import {
  restActivity,
  restEnvironmentApproval,
  restReview,
  trustWith
} from './support/github-approvals.js'

const OLD_SHA = 'd'.repeat(40)

const review = (
  login: string | null,
  state: Parameters<typeof restReview>[2]['state'],
  commitId: string | null = HEAD_SHA,
  submittedAt = '2026-10-06T10:00:00Z'
) => restReview(REPO, 7, { login, state, commitId, submittedAt })

describe('reviews per reviewer, as GitHub counts them', () => {
  test('the latest approving, change-requesting or dismissed review sets the state; comments and pending reviews do not', () => {
    const facts = latestReviews(
      [
        review('olga-buyer', 'CHANGES_REQUESTED', OLD_SHA, '2026-10-05T09:00:00Z'),
        review('olga-buyer', 'APPROVED', HEAD_SHA, '2026-10-06T09:00:00Z'),
        review('olga-buyer', 'COMMENTED', HEAD_SHA, '2026-10-06T09:30:00Z'),
        review('Carol-Supplier', 'APPROVED', HEAD_SHA),
        review('carol-supplier', 'CHANGES_REQUESTED', HEAD_SHA, '2026-10-06T11:00:00Z'),
        review('dave', 'DISMISSED', HEAD_SHA),
        review('erin', 'PENDING', HEAD_SHA),
        review('frank', 'COMMENTED', HEAD_SHA),
        review(null, 'APPROVED', HEAD_SHA)
      ],
      'Dave'
    )
    expect(facts).toEqual([
      {
        login: 'carol-supplier',
        state: 'CHANGES_REQUESTED',
        commitId: HEAD_SHA,
        submittedAt: '2026-10-06T11:00:00Z',
        byAuthor: false
      },
      {
        login: 'dave',
        state: 'DISMISSED',
        commitId: HEAD_SHA,
        submittedAt: '2026-10-06T10:00:00Z',
        byAuthor: true
      },
      {
        login: 'olga-buyer',
        state: 'APPROVED',
        commitId: HEAD_SHA,
        submittedAt: '2026-10-06T09:00:00Z',
        byAuthor: false
      }
    ])
  })

  test('only reviews by the repository owner, members and collaborators are facts', () => {
    const as = (login: string, association: string) => ({
      ...review(login, 'APPROVED'),
      author_association: association
    })
    const facts = latestReviews(
      [
        as('olga-buyer', 'NONE'),
        as('carol-supplier', 'CONTRIBUTOR'),
        as('dave', 'OWNER'),
        as('erin', 'MEMBER'),
        as('frank', 'COLLABORATOR')
      ],
      null
    )
    expect(facts.map(f => f.login)).toEqual(['dave', 'erin', 'frank'])
  })

  test('a review on a commit GitHub no longer has keeps commitId null', () => {
    expect(latestReviews([review('olga-buyer', 'APPROVED', null)], null)[0]!.commitId).toBeNull()
  })

  test.each([
    ['a state that is not a string', { state: 7 }, 'state'],
    ['a commit id that is not a sha', { commit_id: 'HEAD' }, 'commit_id'],
    ['a user without a login', { user: {} }, 'user.login'],
    [
      'an author association that is not a string',
      { author_association: null },
      'author_association'
    ]
  ])('%s is an error naming the field, not a review left out', (_, change, field) => {
    const bad = { ...review('olga-buyer', 'APPROVED'), ...change } as never
    expect(() => latestReviews([review('x', 'APPROVED'), bad], null)).toThrow(
      `listing the reviews: entry 1 has no valid ${field}`
    )
  })
})

describe("who moved a pull request's head branch", () => {
  const BRANCH = 'refs/heads/update-5.4.3'
  const push = (login: string | null, after: string, branch = 'update-5.4.3') =>
    restActivity({ branch, login, after })

  test('every actor of the branch once, sorted; whether one made the head its tip', () => {
    const facts = branchPushes(
      [
        push('supplier-bot', HEAD_SHA),
        push('Olga-Buyer', OLD_SHA),
        push('olga-buyer', BASE_SHA),
        push(null, BASE_SHA),
        push('mallory', HEAD_SHA, 'main'),
        restActivity({
          branch: 'update-5.4.3',
          login: 'carol',
          after: BASE_SHA,
          type: 'branch_creation'
        })
      ],
      'supplier/ic22',
      BRANCH,
      HEAD_SHA
    )
    // Another branch's activity (an API that ignored the filter) is left out; a deleted
    // account names no one.
    expect(facts).toEqual({
      branch: `supplier/ic22:${BRANCH}`,
      logins: ['carol', 'Olga-Buyer', 'supplier-bot'],
      headPushed: true
    })
  })

  test('a log without the push of the head says so', () => {
    expect(branchPushes([push('supplier-bot', OLD_SHA)], 'o/r', BRANCH, HEAD_SHA).headPushed).toBe(
      false
    )
    expect(branchPushes([push('supplier-bot', HEAD_SHA, 'main')], 'o/r', BRANCH, HEAD_SHA)).toEqual(
      {
        branch: `o/r:${BRANCH}`,
        logins: [],
        headPushed: false
      }
    )
  })

  test.each([
    ['an activity that is not an object', 7, 'activity'],
    ['a ref that is not a string', { ref: null }, 'ref'],
    ['an after that is not a string', { after: 1 }, 'after'],
    ['an actor without a login', { actor: {} }, 'actor.login']
  ])('%s is an error naming the field, not an activity left out', (_, change, field) => {
    const bad = (
      typeof change === 'object' ? { ...push('x', HEAD_SHA), ...change } : change
    ) as never
    expect(() => branchPushes([push('y', HEAD_SHA), bad], 'o/r', BRANCH, HEAD_SHA)).toThrow(
      `reading the activity of the head branch: entry 1 has no valid ${field}`
    )
  })
})

describe('deployment approvals of a run', () => {
  test('each environment review as a fact, environments sorted, the run trigger marked', () => {
    expect(
      deploymentApprovals(
        [
          restEnvironmentApproval(REPO, {
            login: 'carol-supplier',
            state: 'approved',
            environments: ['production', 'canary'],
            comment: 'Ship it'
          }),
          restEnvironmentApproval(REPO, { login: 'Mallory', state: 'rejected', environments: [] })
        ],
        'mallory'
      )
    ).toEqual([
      {
        login: 'carol-supplier',
        state: 'approved',
        environments: ['canary', 'production'],
        comment: 'Ship it',
        byAuthor: false
      },
      { login: 'Mallory', state: 'rejected', environments: [], comment: '', byAuthor: true }
    ])
  })

  test('a state GitHub does not define is an error', () => {
    const bad = {
      ...restEnvironmentApproval(REPO, { login: 'x', state: 'approved', environments: [] }),
      state: 'ok'
    }
    expect(() => deploymentApprovals([bad], null)).toThrow('entry 0 has no valid state')
  })
})

test('whether a trust configuration maps a GitHub login', () => {
  const mapped = trustWith({ logins: { 'olga@buyer.example': 'olga-buyer' } })[TRUST]!
  expect(mapsGitHubLogin(parseYaml(mapped.toString(), 't'))).toBe(true)
  expect(mapsGitHubLogin(parseYaml(trees.trust()[TRUST]!.toString(), 't'))).toBe(
    /\bgithub:/.test(trees.trust()[TRUST]!.toString())
  )
  expect(mapsGitHubLogin({ approvers: [{ id: 'a', github: 7 }] })).toBe(false)
  expect(mapsGitHubLogin(null)).toBe(false)
})

describe('collect reads them from the API (fake GitHub on 127.0.0.1)', () => {
  let gh: FakeGitHub
  let tempRoot: string
  beforeAll(async () => {
    gh = new FakeGitHub()
    await gh.start()
  })
  afterAll(async () => gh.stop())
  beforeEach(() => {
    gh.reset()
    tempRoot = tempDir('update-gate-approvals-')
  })

  const mapped = () =>
    trustWith({
      logins: { 'olga@buyer.example': 'olga-buyer', 'carol@supplier.example': 'carol-supplier' }
    })
  const client = () =>
    Promise.resolve(createClient({ token: 't', baseUrl: gh.url, retry: { maxAttempts: 1 } }))
  const request = (
    event: string,
    payload: Record<string, unknown>,
    more: Partial<CollectRequest> = {}
  ): CollectRequest => ({
    eventName: event,
    payload,
    repository: REPO,
    workspace: tempRoot,
    evidence: '',
    trust: TRUST,
    policy: 'builtin',
    data: [],
    reports: [],
    tempRoot: () => tempRoot,
    client,
    ...more
  })
  const pullRequest = (number: number, base: Record<string, Buffer>, event = 'pull_request') => {
    gh.setTree(REPO, BASE_SHA, base)
    gh.setTree(REPO, HEAD_SHA, { ...base, ...trees.strong() })
    gh.pullFiles.set(`${REPO}#${number}`, filesOf(trees.strong()))
    // The supplier's bot pushed the head to the PR's branch (`changes`, as the payloads name it).
    if (!gh.activities.has(REPO))
      gh.activities.set(REPO, [
        restActivity({ branch: 'changes', login: 'supplier-bot', after: HEAD_SHA })
      ])
    const { payload } = payloads.pr(number)
    payload.pull_request.user.login = 'supplier-bot'
    return request(event, payload)
  }

  /** A checked-out workspace (under tempRoot) holding `trust` and the strong package. */
  const workspaceOf = (trust: Record<string, Buffer>) => {
    const dir = join(tempRoot, 'ws')
    for (const [p, bytes] of Object.entries({ ...trust, ...trees.strong() })) {
      mkdirSync(join(dir, p, '..'), { recursive: true })
      writeFileSync(join(dir, p), bytes)
    }
    return dir
  }

  test('only an event that fetches files makes the temp dir: a pull request, not a workspace event', async () => {
    let made = 0
    const tempDir = () => {
      made++
      return tempRoot
    }
    const dispatched = await collect(
      request(
        'workflow_dispatch',
        { inputs: {} },
        { workspace: workspaceOf(trees.trust()), tempRoot: tempDir }
      )
    )
    expect(dispatched?.packages).toHaveLength(1)
    expect(made).toBe(0)
    const pr = await collect({ ...pullRequest(24, trees.trust()), tempRoot: tempDir })
    expect(pr?.packages).toHaveLength(1)
    expect(made).toBe(1)
  })

  test('a pull request: every page of reviews, reduced per reviewer, with the head and the author', async () => {
    const many = Array.from({ length: 150 }, (_, i) =>
      restReview(REPO, 21, { login: `reader-${i}`, state: 'COMMENTED', commitId: HEAD_SHA })
    )
    gh.reviews.set(`${REPO}#21`, [
      ...many,
      restReview(REPO, 21, { login: 'olga-buyer', state: 'APPROVED', commitId: HEAD_SHA }),
      restReview(REPO, 21, { login: 'carol-supplier', state: 'APPROVED', commitId: OLD_SHA }),
      restReview(REPO, 21, { login: 'supplier-bot', state: 'APPROVED', commitId: HEAD_SHA })
    ])
    const got = await collect(pullRequest(21, mapped()))
    expect(got?.github).toEqual({
      event: 'pull_request.opened',
      repository: REPO,
      pullRequest: 21,
      headSha: HEAD_SHA,
      evidenceSha: HEAD_SHA,
      author: 'supplier-bot',
      reviews: [
        expect.objectContaining({
          login: 'carol-supplier',
          state: 'APPROVED',
          commitId: OLD_SHA,
          byAuthor: false
        }),
        expect.objectContaining({
          login: 'olga-buyer',
          state: 'APPROVED',
          commitId: HEAD_SHA,
          byAuthor: false
        }),
        expect.objectContaining({
          login: 'supplier-bot',
          state: 'APPROVED',
          commitId: HEAD_SHA,
          byAuthor: true
        })
      ],
      deploymentApprovals: [],
      pushes: { branch: `${REPO}:refs/heads/changes`, logins: ['supplier-bot'], headPushed: true }
    })
    const pages = gh.seen('GET', new RegExp(`^/repos/${REPO}/pulls/21/reviews$`))
    expect(pages.map(r => r.query.get('page') ?? '1')).toEqual(['1', '2'])
  })

  test("every page of the head branch's activity log, read in the head repository (a fork)", async () => {
    const FORK = 'contributor/ic22-fleet'
    gh.setTree(FORK, HEAD_SHA, { ...mapped(), ...trees.strong() })
    gh.activities.set(FORK, [
      restActivity({ branch: 'changes', login: 'contributor', after: HEAD_SHA }),
      ...Array.from({ length: 140 }, (_, i) =>
        restActivity({ branch: 'changes', login: `pusher-${i % 3}`, after: OLD_SHA })
      ),
      restActivity({
        branch: 'changes',
        login: 'olga-buyer',
        after: OLD_SHA,
        type: 'branch_creation'
      })
    ])
    const req = pullRequest(27, mapped())
    req.payload = payloads.prFromFork(27, 'contributor')
    const got = await collect(req)
    expect(got?.github?.pushes).toEqual({
      branch: `${FORK}:refs/heads/changes`,
      logins: ['contributor', 'olga-buyer', 'pusher-0', 'pusher-1', 'pusher-2'],
      headPushed: true
    })
    const pages = gh.seen('GET', new RegExp(`^/repos/${FORK}/activity$`))
    expect(pages.map(r => r.query.get('page') ?? '1')).toEqual(['1', '2'])
    expect(gh.seen('GET', new RegExp(`^/repos/${REPO}/activity$`))).toEqual([])
  })

  test(`more than ${MAX_BRANCH_ACTIVITIES} activities of the branch is an error, not a partial log`, async () => {
    gh.activities.set(
      REPO,
      Array.from({ length: MAX_BRANCH_ACTIVITIES + 1 }, () =>
        restActivity({ branch: 'changes', login: 'supplier-bot', after: HEAD_SHA })
      )
    )
    await expect(collect(pullRequest(28, mapped()))).rejects.toThrow(
      `reading the activity of ${REPO}:refs/heads/changes: more than ${MAX_BRANCH_ACTIVITIES} items`
    )
  })

  test('a trust configuration that maps no login: no reviews are read, no facts', async () => {
    const base = trees.trust()
    if (/\bgithub:/.test(base[TRUST]!.toString())) {
      base[TRUST] = Buffer.from(base[TRUST]!.toString().replace(/,?\s*github: [^,}\n]+/g, ''))
    }
    const got = await collect(pullRequest(22, base))
    expect(got?.github).toBeUndefined()
    expect(got?.packages).toHaveLength(1)
    expect(gh.seen('GET', /\/reviews$/)).toHaveLength(0)
  })

  test('a pull_request_review event is gated as a pull request: trust from the base, evidence from the head', async () => {
    gh.setTree(REPO, BASE_SHA, mapped())
    gh.setTree(REPO, HEAD_SHA, { ...mapped(), ...trees.strong() })
    gh.pullFiles.set(`${REPO}#23`, filesOf(trees.strong()))
    gh.reviews.set(`${REPO}#23`, [
      restReview(REPO, 23, { login: 'olga-buyer', state: 'APPROVED', commitId: HEAD_SHA })
    ])
    const payload = webhookExample('pull_request_review', 'submitted')
    const { payload: pr } = payloads.pr(23)
    payload.pull_request = {
      ...payload.pull_request,
      number: 23,
      head: pr.pull_request.head,
      base: pr.pull_request.base
    }
    payload.repository = pr.repository
    const got = await collect(request('pull_request_review', payload))
    expect(got?.source).toBe('pull_request')
    expect(got?.trustSource).toBe(`${TRUST} at ${BASE_SHA}`)
    expect(got?.packages.map(p => p.repoPath)).toEqual(['evidence/ic22-5.4.3'])
    expect(got?.change?.event).toBe('pull_request_review.submitted')
    expect(got?.github?.event).toBe('pull_request_review.submitted')
    expect(got?.github?.reviews.map(r => r.login)).toEqual(['olga-buyer'])
    expect(gh.seen('GET', /\/contents\//).some(r => r.query.get('ref') === HEAD_SHA)).toBe(true)
  })

  test('the reviews API failing is an error naming the request and the status, never fewer facts', async () => {
    gh.faults.push({ method: 'GET', path: /\/pulls\/24\/reviews$/, status: 502, times: 10 })
    await expect(collect(pullRequest(24, mapped()))).rejects.toThrow(
      /GitHub API listing the reviews of PR #24 failed: HTTP 502/
    )
    gh.fail('GET', /\/pulls\/25\/reviews$/, 403, 'Resource not accessible by integration')
    await expect(collect(pullRequest(25, mapped()))).rejects.toThrow(
      /listing the reviews of PR #25 failed: HTTP 403/
    )
  })

  test(`more than ${MAX_REVIEWS} reviews is an error, not a partial list`, async () => {
    gh.reviews.set(
      `${REPO}#26`,
      Array.from({ length: MAX_REVIEWS + 1 }, (_, i) =>
        restReview(REPO, 26, { login: `r${i}`, state: 'COMMENTED', commitId: HEAD_SHA })
      )
    )
    await expect(collect(pullRequest(26, mapped()))).rejects.toThrow(
      `listing the reviews of PR #26: more than ${MAX_REVIEWS} items`
    )
  })

  describe('a run: its environment deployment approvals', () => {
    const release = (runId?: string) => {
      gh.setBranch(REPO, 'main', MAIN_SHA)
      gh.setTree(REPO, MAIN_SHA, mapped())
      gh.setTree(REPO, tagCommit('v5.4.3'), trees.strong())
      gh.setTag(REPO, 'v5.4.3', tagCommit('v5.4.3'))
      gh.releaseAssets.set(`${REPO}#9`, [])
      return request('release', payloads.release(9, 'v5.4.3'), {
        evidence: 'evidence/ic22-5.4.3',
        run: { ...(runId ? { runId } : {}), sha: MAIN_SHA, actor: 'release-bot' }
      })
    }

    test('a release reads the run approvals: approved, rejected and unmapped are all facts', async () => {
      gh.runApprovals.set(`${REPO}#4242`, [
        restEnvironmentApproval(REPO, {
          login: 'carol-supplier',
          state: 'approved',
          environments: ['production']
        }),
        restEnvironmentApproval(REPO, {
          login: 'olga-buyer',
          state: 'rejected',
          environments: ['production']
        }),
        restEnvironmentApproval(REPO, {
          login: 'stranger',
          state: 'approved',
          environments: ['production']
        })
      ])
      const got = await collect(release('4242'))
      expect(got?.github).toEqual({
        event: 'release.published',
        repository: REPO,
        runId: 4242,
        headSha: MAIN_SHA,
        // The evidence is read at the commit the tag names, not the run's (a fact: the policy
        // decides what it means).
        evidenceSha: tagCommit('v5.4.3'),
        author: 'release-bot',
        reviews: [],
        deploymentApprovals: [
          {
            login: 'carol-supplier',
            state: 'approved',
            environments: ['production'],
            comment: '',
            byAuthor: false
          },
          {
            login: 'olga-buyer',
            state: 'rejected',
            environments: ['production'],
            comment: '',
            byAuthor: false
          },
          {
            login: 'stranger',
            state: 'approved',
            environments: ['production'],
            comment: '',
            byAuthor: false
          }
        ]
      })
      expect(gh.seen('GET', /\/actions\/runs\/4242\/approvals$/)).toHaveLength(1)
    })

    test('without GITHUB_RUN_ID the approvals cannot be read: a usage error, not no approvals', async () => {
      await expect(collect(release())).rejects.toMatchObject({
        field: 'GITHUB_RUN_ID',
        message: expect.stringContaining('expected the run id')
      })
    })

    test('a run GitHub does not know (404) is an error', async () => {
      await expect(collect(release('777'))).rejects.toThrow(
        /reading the deployment approvals of run 777 failed: HTTP 404/
      )
    })

    test('workflow_dispatch: the workspace trust maps a login, so the run approvals are read', async () => {
      const dir = workspaceOf(mapped())
      gh.runApprovals.set(`${REPO}#31`, [
        restEnvironmentApproval(REPO, {
          login: 'carol-supplier',
          state: 'approved',
          environments: ['production']
        })
      ])
      const got = await collect(
        request(
          'workflow_dispatch',
          { inputs: {} },
          {
            workspace: dir,
            run: { runId: '31', sha: MAIN_SHA, actor: 'carol-supplier' }
          }
        )
      )
      expect(got?.source).toBe('workspace')
      // Not a git checkout: the evidence was read at no commit the gate knows.
      expect(got?.github?.evidenceSha).toBeNull()
      expect(got?.github?.deploymentApprovals).toEqual([
        {
          login: 'carol-supplier',
          state: 'approved',
          environments: ['production'],
          comment: '',
          byAuthor: true
        }
      ])
      // The trust configuration read for the logins is handed on, and loads as a fresh read does.
      expect(got?.trustRead?.file).toBe(got?.trustFile)
      expect(got?.trustRead?.value).toEqual(parseYaml(readFileSync(got!.trustFile, 'utf8'), 't'))
      expect(await loadTrust(got!.trustFile, { read: got!.trustRead! })).toEqual(
        await loadTrust(got!.trustFile)
      )
    })
  })

  describe("a workspace run's evidence commit: the checkout's HEAD, read from .git", () => {
    /** workflow_dispatch run 32 in a workspace whose .git holds `git` (path -> content). */
    const dispatchIn = async (git: Record<string, string>) => {
      const dir = workspaceOf(mapped())
      for (const [p, text] of Object.entries(git)) {
        mkdirSync(join(dir, '.git', p, '..'), { recursive: true })
        writeFileSync(join(dir, '.git', p), text)
      }
      gh.runApprovals.set(`${REPO}#32`, [])
      const got = await collect(
        request(
          'workflow_dispatch',
          { inputs: {} },
          { workspace: dir, run: { runId: '32', sha: MAIN_SHA, actor: 'release-bot' } }
        )
      )
      return got?.github?.evidenceSha
    }
    test.each<[string, Record<string, string>, string | null]>([
      ['a detached checkout (actions/checkout of a commit)', { HEAD: `${MAIN_SHA}\n` }, MAIN_SHA],
      [
        'a branch, its ref a file',
        { HEAD: 'ref: refs/heads/main\n', 'refs/heads/main': `${OLD_SHA}\n` },
        OLD_SHA
      ],
      [
        'a branch in packed-refs',
        {
          HEAD: 'ref: refs/heads/main\n',
          'packed-refs': [
            '# pack-refs with: peeled fully-peeled sorted',
            `${HEAD_SHA} refs/heads/dev`,
            `${OLD_SHA} refs/heads/main`,
            `^${HEAD_SHA}`,
            ''
          ].join('\n')
        },
        OLD_SHA
      ],
      ['an unborn branch (no commit)', { HEAD: 'ref: refs/heads/main\n' }, null],
      [
        'a HEAD naming a path outside refs/',
        { HEAD: 'ref: refs/../../outside\n', 'refs/heads/main': `${OLD_SHA}\n` },
        null
      ],
      ['a HEAD that is no commit', { HEAD: 'not a commit\n' }, null]
    ])('%s', async (_, git, sha) => {
      expect(await dispatchIn(git)).toBe(sha)
    })

    test('a workspace without .git: null', async () => {
      expect(await dispatchIn({})).toBeNull()
    })

    test('a .git file (a worktree or a submodule): null, not followed', async () => {
      const dir = workspaceOf(mapped())
      writeFileSync(join(dir, '.git'), `gitdir: ${join(tempRoot, 'elsewhere')}\n`)
      gh.runApprovals.set(`${REPO}#33`, [])
      const got = await collect(
        request(
          'workflow_dispatch',
          { inputs: {} },
          { workspace: dir, run: { runId: '33', sha: MAIN_SHA } }
        )
      )
      expect(got?.github?.evidenceSha).toBeNull()
    })
  })

  test.each([
    {
      what: 'an event without approvals (push) reads nothing',
      event: 'push',
      trust: () => {
        throw new Error('no trust read expected')
      }
    },
    {
      what: 'a run whose trust configuration cannot be read reads nothing (the load stage names the problem)',
      event: 'workflow_dispatch',
      trust: () => null
    }
  ])('collectApprovals on $what', async ({ event, trust }) => {
    const got = await collectApprovals({
      eventName: event,
      event,
      owner: 'buyer',
      repo: 'ic22-fleet',
      run: { runId: '1', sha: MAIN_SHA },
      trust,
      evidenceSha: () => {
        throw new Error('no evidence commit expected')
      },
      client: () => Promise.reject(new Error('no client expected'))
    })
    expect(got).toBeUndefined()
  })
})
