/**
 * Issue 13, item 4, end to end through the bundled Action: approvals GitHub authenticates count
 * as the signed approval or risk acceptance of the person the trust configuration maps the login
 * to. The strong example carries no record signatures; under a trust configuration that requires
 * signed risk acceptances its exception (EXC-1, Olga's) does not count, so the regional
 * configuration is rejected and with it the update, unless Olga approves the PR's head commit on
 * GitHub. The API is the fake GitHub on 127.0.0.1, answering with GitHub's REST shapes.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { BUNDLE, reportOf, ROOT, webhookExample, type Payload } from './support/action-run.js'
import {
  ActionGitHub,
  BASE_SHA,
  filesOf,
  HEAD_SHA,
  MAIN_SHA,
  tagCommit,
  payloads,
  PKG,
  REPO,
  trees,
  TRUST
} from './support/e2e-fixtures.js'
import {
  restActivity,
  restEnvironmentApproval,
  restReview,
  trustWith
} from './support/github-approvals.js'

const OLGA = { 'olga@buyer.example': 'olga-buyer' }
const CAROL = { 'carol@supplier.example': 'carol-supplier' }
const OLD_SHA = 'd'.repeat(40)

let gh: ActionGitHub
beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error('dist/index.js is missing: run `npm run bundle` first')
  gh = new ActionGitHub()
  await gh.start()
})
afterAll(async () => gh.stop())
beforeEach(() => gh.reset())

type Report = {
  packages: {
    report: {
      result: {
        decision: string
        findings: { rule: string; severity: string; message: string }[]
        configurations: { id: string; status: string }[]
      }
    }
  }[]
}
const findings = (run: { reportPath: string }, rule: string) =>
  (reportOf(run) as Report).packages[0]!.report.result.findings.filter(f => f.rule === rule).map(
    f => f.message
  )

describe('pull request reviews: the risk acceptor approves the head commit', () => {
  /** Strong at the head, a trust (at the base) requiring signed risk acceptances, Olga mapped. */
  const pr = async (
    number: number,
    reviews: Parameters<typeof restReview>[2][],
    opts: {
      author?: string
      logins?: Record<string, string>
      event?: string
      /** The reviewers' author_association (restReview: MEMBER). */
      association?: string
      /**
       * The head branch's activity log, newest first (default: the author pushed the head); null
       * for a PR whose head repository (a fork) is gone.
       */
      activity?: Parameters<typeof restActivity>[0][] | null
    } = {}
  ) => {
    const author = opts.author ?? 'supplier-bot'
    const activity = opts.activity === undefined ? [pushOf(author)] : opts.activity
    gh.activities.set(REPO, (activity ?? []).map(restActivity))
    const trust = trustWith({ logins: opts.logins ?? OLGA, signedRecords: ['risk-acceptance'] })
    gh.setTree(REPO, BASE_SHA, trust)
    gh.setTree(REPO, HEAD_SHA, { ...trust, ...trees.strong() })
    gh.pullFiles.set(`${REPO}#${number}`, filesOf(trees.strong()))
    gh.reviews.set(
      `${REPO}#${number}`,
      reviews.map(r => ({
        ...restReview(REPO, number, r),
        ...(opts.association ? { author_association: opts.association } : {})
      }))
    )
    const { payload } = payloads.pr(number)
    payload.pull_request.user.login = author
    if (activity === null) payload.pull_request.head.repo = null
    return gh.runEvent(opts.event ?? 'pull_request', payload, { comment: 'false' })
  }
  /** `login` pushed `after` to the PR's head branch (`changes`, as the payloads name it). */
  const pushOf = (login: string | null, after = HEAD_SHA) => ({ branch: 'changes', login, after })
  const approves = (login: string, commitId = HEAD_SHA) => ({
    login,
    state: 'APPROVED' as const,
    commitId
  })

  test('without an approving review the unsigned acceptance excludes nothing: reject', async () => {
    const run = await pr(301, [])
    expect(run.outputs.decision).toBe('reject')
    expect(gh.seen('GET', /\/pulls\/301\/reviews$/)).toHaveLength(1)
  })

  test("Olga's approving review of the head commit is her signed acceptance: conditional, and the report says so", async () => {
    const run = await pr(302, [approves('olga-buyer')])
    expect(run.outputs.decision).toBe('conditional')
    expect(run.outputs['excluded-configurations']).toContain('regional')
    expect(findings(run, 'github.approval_authenticated')).toEqual([
      `approved by approving review by olga-buyer of ${HEAD_SHA}: counts as olga@buyer.example's signed approval or risk acceptance of what the package holds there`
    ])
    // The job summary (and the PR comment, the same Markdown) says it too.
    expect(run.summary).toContain(`approved by approving review by olga-buyer of ${HEAD_SHA}`)
  })

  test('the same review from a login the trust configuration does not map: reject', async () => {
    const run = await pr(303, [approves('olga-lookalike')])
    expect(run.outputs.decision).toBe('reject')
    expect(findings(run, 'github.review_not_counted')).toEqual([
      'the approving review by olga-lookalike does not count: its login is not mapped to an approver in the trust configuration (approvers[].github)'
    ])
  })

  test.each(['NONE', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'MANNEQUIN'])(
    'the mapped login reviewing without standing in the repository (author_association %s): reject',
    async association => {
      const run = await pr(306, [approves('olga-buyer')], { association })
      expect(run.outputs.decision).toBe('reject')
      expect(findings(run, 'github.approval_authenticated')).toEqual([])
    }
  )

  test.each(['OWNER', 'COLLABORATOR'])(
    'the mapped login reviewing as %s counts: conditional',
    async association => {
      const run = await pr(307, [approves('olga-buyer')], { association })
      expect(run.outputs.decision).toBe('conditional')
    }
  )

  test('a stale review (of an older head): reject', async () => {
    const run = await pr(304, [approves('olga-buyer', OLD_SHA)])
    expect(run.outputs.decision).toBe('reject')
    expect(findings(run, 'github.review_not_counted')).toEqual([
      `the approving review by olga-buyer does not count: it is stale: given on ${OLD_SHA}, not the head ${HEAD_SHA}`
    ])
  })

  test("the PR author's own review (separation of duties): reject", async () => {
    const run = await pr(305, [approves('olga-buyer')], { author: 'Olga-Buyer' })
    expect(run.outputs.decision).toBe('reject')
    expect(findings(run, 'github.review_not_counted')).toEqual([
      "the approving review by olga-buyer does not count: it is the pull request author's own (separation of duties)"
    ])
  })

  test('a review by one who pushed to the branch (separation of duties): reject', async () => {
    // Olga pushed a commit to the supplier's PR; the supplier's bot pushed the head over it.
    const run = await pr(310, [approves('olga-buyer')], {
      activity: [pushOf('supplier-bot'), pushOf('Olga-Buyer', OLD_SHA)]
    })
    expect(run.outputs.decision).toBe('reject')
    expect(findings(run, 'github.review_not_counted')).toEqual([
      `the approving review by olga-buyer does not count: they pushed to the pull request's branch ${REPO}:refs/heads/changes (separation of duties)`
    ])
    expect(gh.seen('GET', new RegExp(`^/repos/${REPO}/activity$`))[0]?.query.get('ref')).toBe(
      'refs/heads/changes'
    )
  })

  test('a branch log without the push of the head (who pushed it is unknown): reject', async () => {
    const run = await pr(311, [approves('olga-buyer')], {
      activity: [pushOf('supplier-bot', OLD_SHA)]
    })
    expect(run.outputs.decision).toBe('reject')
    expect(findings(run, 'github.review_not_counted')).toEqual([
      `the approving review by olga-buyer does not count: who pushed the head ${HEAD_SHA} is unknown: GitHub's activity log of the pull request's branch ${REPO}:refs/heads/changes does not hold the push that made it the tip (separation of duties cannot be checked)`
    ])
  })

  test('a PR from a deleted fork: no log to read, no review counts: reject', async () => {
    const run = await pr(312, [approves('olga-buyer')], { activity: null })
    expect(run.outputs.decision).toBe('reject')
    expect(gh.seen('GET', /\/activity$/)).toEqual([])
    expect(findings(run, 'github.review_not_counted')).toEqual([
      "the approving review by olga-buyer does not count: who pushed the head is unknown: the pull request's head repository is gone (separation of duties cannot be checked)"
    ])
  })

  test('an approval followed by a change request no longer counts: reject', async () => {
    const run = await pr(306, [
      approves('olga-buyer'),
      { login: 'olga-buyer', state: 'CHANGES_REQUESTED', commitId: HEAD_SHA }
    ])
    expect(run.outputs.decision).toBe('reject')
  })

  test("another mapped approver's change request (of any commit) stops Olga's approval: reject", async () => {
    const run = await pr(
      309,
      [
        approves('olga-buyer'),
        { login: 'carol-supplier', state: 'CHANGES_REQUESTED', commitId: OLD_SHA }
      ],
      { logins: { ...OLGA, ...CAROL } }
    )
    expect(run.outputs.decision).toBe('reject')
    expect(findings(run, 'github.changes_requested')).toEqual([
      `carol-supplier (carol@supplier.example) requests changes on pull request #309 (review of ${OLD_SHA}): the update is not approved while an approver objects`
    ])
    expect(findings(run, 'github.approval_authenticated')).toEqual([])
  })

  test('a pull_request_review event is gated like its pull request', async () => {
    const run = await pr(307, [approves('olga-buyer')], { event: 'pull_request_review' })
    expect(run.outputs.decision).toBe('conditional')
    expect(gh.refsRead(TRUST)).toEqual([BASE_SHA])
  })

  test('the reviews API refusing (no pull-requests: read) is an error, never a decision without them', async () => {
    gh.fail('GET', /\/pulls\/308\/reviews$/, 403, 'Resource not accessible by integration')
    const run = await pr(308, [approves('olga-buyer')])
    expect(run.outputs.decision).toBe('error')
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/listing the reviews of PR #308 failed: HTTP 403/)
  })

  test('the activity API refusing is an error, never a decision without knowing who pushed', async () => {
    gh.fail('GET', /\/activity$/, 403, 'Resource not accessible by integration')
    const run = await pr(313, [approves('olga-buyer')])
    expect(run.outputs.decision).toBe('error')
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      new RegExp(`reading the activity of ${REPO}:refs/heads/changes failed: HTTP 403`)
    )
  })
})

describe('deployment approvals of a release run: the release approver approves the environment', () => {
  /** Release `id`'s run: its id, and the commit its tag names (GITHUB_SHA of a release run). */
  const runOf = (id: number) => ({
    GITHUB_RUN_ID: String(id * 10),
    GITHUB_SHA: tagCommit(`v5.4.3-${id}`)
  })
  /**
   * A release of strong, gated under a trust requiring signed release approvals, Carol and Olga
   * mapped, production's deployment approval counting (unless `environments` says otherwise).
   */
  const release = async (
    id: number,
    approvals: Parameters<typeof restEnvironmentApproval>[1][],
    env: Record<string, string> = runOf(id),
    edit: (payload: Payload) => void = () => {},
    environments: { deploymentApprovalEnvironments?: string[] } = {
      deploymentApprovalEnvironments: ['production']
    }
  ) => {
    gh.setRelease(id, `v5.4.3-${id}`, {
      config: trustWith({
        logins: { ...CAROL, ...OLGA },
        signedRecords: ['release-approval'],
        ...environments
      })
    })
    gh.runApprovals.set(
      `${REPO}#${id * 10}`,
      approvals.map(a => restEnvironmentApproval(REPO, a))
    )
    const payload = payloads.release(id, `v5.4.3-${id}`)
    edit(payload)
    return gh.runEvent(
      'release',
      payload,
      { evidence: PKG },
      {
        env: { GITHUB_TRIGGERING_ACTOR: 'release-bot', ...env }
      }
    )
  }

  type Approval = Parameters<typeof restEnvironmentApproval>[1]
  const carol: Approval = {
    login: 'carol-supplier',
    state: 'approved',
    environments: ['production']
  }
  /** The test's title, the release, its approvals, the decision and the findings of a rule. */
  type Case = [string, number, Approval[], string, [rule: string, messages: string[]]?]
  test.each<Case>([
    [
      "Carol's approval of the production environment is her signed release approval: conditional",
      41,
      [carol],
      'conditional',
      [
        'github.approval_authenticated',
        [
          "approved by deployment approval by carol-supplier of run 410 (production): counts as carol@supplier.example's signed approval or risk acceptance of what the package holds there"
        ]
      ]
    ],
    [
      'no deployment approval: the unsigned release approval does not count: reject',
      42,
      [],
      'reject'
    ],
    ['Carol rejected the deployment: reject', 43, [{ ...carol, state: 'rejected' }], 'reject'],
    [
      "another mapped approver rejected any environment of the run: Carol's approval does not count, reject",
      52,
      [carol, { login: 'olga-buyer', state: 'rejected', environments: ['staging'] }],
      'reject',
      [
        'github.deployment_rejected',
        [
          'olga-buyer (olga@buyer.example) rejected the deployment of run 520 (staging): the update is not approved while an approver objects'
        ]
      ]
    ],
    [
      'Carol approved another environment of the run (a preview), not production: reject',
      50,
      [{ ...carol, environments: ['docs-preview'] }],
      'reject',
      [
        'github.deployment_approval_not_counted',
        [
          'the deployment approval by carol-supplier of run 500 does not count: it approves docs-preview, none of the environments whose deployment approval counts (requirements.deploymentApprovalEnvironments: production)'
        ]
      ]
    ],
    [
      'approved by a user the trust configuration does not map: reject',
      44,
      [{ ...carol, login: 'someone-else' }],
      'reject',
      [
        'github.deployment_approval_not_counted',
        [
          'the deployment approval by someone-else of run 440 does not count: its login is not mapped to an approver in the trust configuration (approvers[].github)'
        ]
      ]
    ]
  ])('%s', async (...[, id, approvals, decision, found]: Case) => {
    const run = await release(id, approvals)
    expect(run.outputs.decision).toBe(decision)
    if (found) expect(findings(run, found[0])).toEqual(found[1])
  })

  test('approved by Carol who also triggered the run (separation of duties): reject', async () => {
    const run = await release(45, [carol], {
      GITHUB_RUN_ID: '450',
      GITHUB_SHA: tagCommit('v5.4.3-45'),
      GITHUB_TRIGGERING_ACTOR: 'Carol-Supplier'
    })
    expect(run.outputs.decision).toBe('reject')
  })

  test.each([
    [
      'Carol started the run, someone else re-ran it (GITHUB_ACTOR, GITHUB_TRIGGERING_ACTOR)',
      47,
      { GITHUB_ACTOR: 'carol-supplier', GITHUB_TRIGGERING_ACTOR: 'bob-maintainer' },
      (_: Payload) => {}
    ],
    [
      'Carol wrote the release (release.author), a bot published it',
      48,
      { GITHUB_ACTOR: 'release-bot' },
      (p: Payload) => {
        p.release.author.login = 'Carol-Supplier'
      }
    ],
    [
      'Carol sent the event (sender)',
      49,
      { GITHUB_ACTOR: 'release-bot' },
      (p: Payload) => {
        p.sender.login = 'carol-supplier'
      }
    ]
  ])(
    'approved by Carol who also started the run, %s (separation of duties): reject',
    async (_, id, env, edit) => {
      const run = await release(id, [carol], { ...runOf(id), ...env }, edit)
      expect(run.outputs.decision).toBe('reject')
      expect(findings(run, 'github.approval_authenticated')).toEqual([])
    }
  )

  test('a trust configuration that lists no environment: no deployment approval counts, and the report names the field', async () => {
    const run = await release(51, [carol], runOf(51), () => {}, {})
    expect(run.outputs.decision).toBe('reject')
    expect(findings(run, 'github.deployment_approval_not_counted')).toEqual([
      'the deployment approval by carol-supplier of run 510 does not count: the trust configuration lists no environment whose deployment approval counts (requirements.deploymentApprovalEnvironments)'
    ])
  })

  test("the tag was moved after the run started: the evidence is not at the run's commit, Carol's approval does not count: reject", async () => {
    const run = await release(53, [carol], { GITHUB_RUN_ID: '530', GITHUB_SHA: OLD_SHA })
    expect(run.outputs.decision).toBe('reject')
    expect(findings(run, 'github.deployment_approval_not_counted')).toEqual([
      `the deployment approval by carol-supplier of run 530 does not count: it approves the run for commit ${OLD_SHA} (GITHUB_SHA), but the evidence was read at ${tagCommit('v5.4.3-53')} (the release tag, or the checkout, is at another commit)`
    ])
  })

  test('without GITHUB_RUN_ID the approvals cannot be read: error', async () => {
    const run = await release(46, [], { GITHUB_SHA: tagCommit('v5.4.3-46') })
    expect(run.outputs.decision).toBe('error')
    expect(run.stdout).toMatch(/GITHUB_RUN_ID/)
  })
})

describe('deployment approvals of a workflow_dispatch run: the evidence is the checkout, which must be at the run commit', () => {
  /**
   * workflow_dispatch run 610 for MAIN_SHA (GITHUB_SHA) in a workspace holding the seed examples,
   * its trust mapping Carol and counting production's approval, checked out at `head` (a detached
   * .git/HEAD; none: no .git). Carol approved production.
   */
  const dispatch = async (head: string | null) => {
    const workspace = mkdtempSync(join(tmpdir(), 'update-gate-checkout-'))
    try {
      cpSync(join(ROOT, 'examples/seed'), join(workspace, 'seed'), { recursive: true })
      const trust = trustWith({
        logins: CAROL,
        signedRecords: ['release-approval'],
        deploymentApprovalEnvironments: ['production']
      })
      writeFileSync(join(workspace, 'seed/trust.yaml'), trust[TRUST]!)
      if (head !== null) {
        mkdirSync(join(workspace, '.git'))
        writeFileSync(join(workspace, '.git/HEAD'), `${head}\n`)
      }
      gh.runApprovals.set(`${REPO}#610`, [
        restEnvironmentApproval(REPO, {
          login: 'carol-supplier',
          state: 'approved',
          environments: ['production']
        })
      ])
      return await gh.runEvent(
        'workflow_dispatch',
        webhookExample('workflow_dispatch'),
        { evidence: 'seed/strong', trust: 'seed/trust.yaml' },
        {
          workspace,
          env: {
            GITHUB_RUN_ID: '610',
            GITHUB_SHA: MAIN_SHA,
            GITHUB_TRIGGERING_ACTOR: 'release-bot'
          }
        }
      )
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  }

  test("checked out at the run's commit: Carol's approval counts, conditional", async () => {
    const run = await dispatch(MAIN_SHA)
    expect(run.outputs.decision).toBe('conditional')
    expect(findings(run, 'github.approval_authenticated')).toHaveLength(1)
  })

  test.each([
    [
      'checked out at another commit',
      OLD_SHA,
      `the evidence was read at ${OLD_SHA} (the release tag, or the checkout, is at another commit)`
    ],
    [
      'no git checkout',
      null,
      "the evidence was not read at a commit (the release's assets are the package, or the workspace is no git checkout)"
    ]
  ])("%s: Carol's approval does not count, reject", async (_, head, why) => {
    const run = await dispatch(head)
    expect(run.outputs.decision).toBe('reject')
    expect(findings(run, 'github.deployment_approval_not_counted')).toEqual([
      `the deployment approval by carol-supplier of run 610 does not count: it approves the run for commit ${MAIN_SHA} (GITHUB_SHA), but ${why}`
    ])
  })
})
