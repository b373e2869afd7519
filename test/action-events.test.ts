/**
 * End to end, issue 8: the bundled Action fails closed on every path, and gates merge queues and
 * pushes against the configuration of the commit they are based on. Real webhook payloads from
 * @octokit/webhooks-examples, the GitHub API served on 127.0.0.1 by test/support/fake-github.ts.
 */
import { describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readTree, reportOf, ROOT, webhookExample, type Payload } from './support/action-run.js'
import {
  actionGitHub,
  BASE_SHA,
  builtInPolicyWasm,
  errorLines,
  filesOf,
  HEAD_SHA,
  MAIN_SHA,
  payloads,
  PKG,
  POLICY,
  REPO,
  tagCommit,
  trees,
  TRUST
} from './support/e2e-fixtures.js'

const gh = actionGitHub(server => {
  server.pullFilesCap = 3000
  server.treeEntriesCap = 100_000
})

const pr = async (number: number, opts: { inputs?: Record<string, string>; event?: string } = {}) =>
  gh.runPullRequest(number, {
    inputs: { comment: 'false', ...opts.inputs },
    ...(opts.event ? { event: opts.event } : {})
  })

describe('1. evidence that cannot be read is an error, never "none"', () => {
  test('the package directory at the PR head answers 404: error, exit 1, ::error:: names path and status', async () => {
    gh.strongAtHead(101)
    gh.fail('GET', new RegExp(`^/repos/${REPO}/contents/${PKG}$`), 404, 'Not Found', { times: 100 })
    const run = await pr(101)
    expect(run.outputs.decision).toBe('error')
    expect(run.code).toBe(1)
    expect(errorLines(run.stdout)).toContainEqual(
      expect.stringMatching(new RegExp(`^update-gate: error: ${PKG}: .*HTTP 404`))
    )
    expect(run.summary).not.toContain('No evidence package')
  })

  test('a fork head the token cannot read: error, not none', async () => {
    gh.pullFiles.set(`${REPO}#102`, filesOf(trees.strong()))
    const run = await gh.runEvent('pull_request_target', payloads.prFromFork(102, 'gone'), {
      comment: 'false'
    })
    expect(run.outputs.decision).toBe('error')
    expect(run.code).toBe(1)
    expect(errorLines(run.stdout).join('\n')).toMatch(/HTTP 404/)
  })

  test('a package directory past the 1000 entries the contents API lists: error, not "no package"', async () => {
    // The change touches one record of a package whose directory holds 1000 other files sorted
    // before its index: the listing, cut at 1000, cannot say whether the index is there.
    const crowd = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [`${PKG}/b${String(i).padStart(4, '0')}.txt`, 'x\n'])
    )
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), ...trees.strong(), ...crowd })
    gh.pullFiles.set(
      `${REPO}#105`,
      filesOf(trees.strong()).filter(f => f.filename === `${PKG}/approval.yaml`)
    )
    const run = await pr(105)
    expect(run.outputs.decision).toBe('error')
    expect(run.code).toBe(1)
    expect(run.summary).not.toContain('No evidence package')
    expect(errorLines(run.stdout).join('\n')).toContain(
      `${PKG}/update-evidence.yaml: 1000 entries in ${PKG} at ${HEAD_SHA.slice(0, 12)}, and the contents API lists at most 1000: whether the directory holds an evidence package cannot be read; keep a package directory under 1000 entries`
    )
  })

  test('a package whose index is a symlink (GitHub lists type symlink): error, not "no package"', async () => {
    gh.strongAtHead(104)
    gh.symlinks.add(`${PKG}/update-evidence.yaml`)
    const run = await pr(104)
    expect(run.outputs.decision).toBe('error')
    expect(run.code).toBe(1)
    expect(run.summary).not.toContain('No evidence package')
    // Named by its repository path, not by the runner's temporary copy.
    const printed = errorLines(run.stdout).join('\n')
    expect(printed).toContain(
      `${PKG}/update-evidence.yaml: a symlink at ${HEAD_SHA} under the evidence patterns (**)`
    )
    expect(printed).not.toMatch(/update-gate-pkg-|\/tmp\//)
  })

  test('a package whose directory name holds a line separator is judged like any other (the glob ** matched no line terminator)', async () => {
    const weak = readTree(join(ROOT, 'examples/seed/weak'), 'evidence/ic22\u2028x/')
    gh.setTree(REPO, BASE_SHA, { ...trees.trust(), 'README.md': 'fleet\n' })
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), 'README.md': 'fleet\n', ...weak })
    gh.pullFiles.set(`${REPO}#118`, filesOf(weak))
    const run = await pr(118)
    expect(run.outputs.decision).toBe('reject')
    expect(run.code).toBe(1)
    expect(reportOf(run).packages.map((p: { path: string }) => p.path)).toEqual([
      'evidence/ic22\u2028x'
    ])
  })

  test('a submodule in a package (GitHub lists it as a file without a download URL): skipped with a warning, not read as a file', async () => {
    gh.strongAtHead(117)
    gh.setTree(REPO, HEAD_SHA, {
      ...trees.trust(),
      ...trees.strong(),
      [`${PKG}/vendor`]: 'not the bytes of a file'
    })
    gh.submodules.add(`${PKG}/vendor`)
    const run = await pr(117)
    expect(run.outputs.decision).toBe('conditional')
    expect(run.stdout).toContain(`${PKG}/vendor is a symlink or submodule; it was not followed.`)
    expect(reportOf(run).findings).toContainEqual(
      expect.objectContaining({ rule: 'gate.entry_skipped', file: `${PKG}/vendor` })
    )
    expect(gh.refsRead(`${PKG}/vendor`)).toEqual([])
  })

  test('a change to a package that holds another package judges both, not only the inner one', async () => {
    const inner = Object.fromEntries(
      Object.entries(trees.strong()).map(([p, b]) => [p.replace(PKG, `${PKG}/artifacts/copy`), b])
    )
    const firmware = `${PKG}/artifacts/ic22-fw-5.4.3.bin`
    const tampered = { [firmware]: Buffer.from('#!/bin/sh\necho not the signed firmware\n') }
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), ...trees.strong(), ...inner, ...tampered })
    gh.pullFiles.set(`${REPO}#105`, [...filesOf(inner), ...filesOf(tampered, 'modified')])
    const run = await pr(105)
    expect(run.outputs.decision).toBe('reject')
    expect(run.stdout).toContain(`${PKG}: reject`)
    expect(run.stdout).toContain(`${PKG}/artifacts/copy: `)
  })

  test('a trust file naming sigstore.trustedRoot: the root comes from the base commit too', async () => {
    const root = readFileSync(join(ROOT, 'dist/sigstore/trusted_root.public-good.json'))
    const trust = trees.trust()
    const config = {
      ...trust,
      [TRUST]: Buffer.from(
        `${trust[TRUST]!.toString()}\nsigstore:\n  trustedRoot: sigstore/trusted_root.json\n`
      ),
      '.github/update-gate/sigstore/trusted_root.json': root
    }
    gh.setTree(REPO, BASE_SHA, config)
    gh.setTree(REPO, HEAD_SHA, { ...config, ...trees.strong() })
    gh.pullFiles.set(`${REPO}#106`, filesOf(trees.strong()))
    const run = await pr(106)
    expect(run.outputs.decision).toBe('conditional')
    expect(gh.refsRead('.github/update-gate/sigstore/trusted_root.json')).toEqual([BASE_SHA])
  })

  test('an invalid trust file at the base is named by its repository path and commit, not by the copy', async () => {
    const trust = trees.trust()
    gh.setTree(REPO, BASE_SHA, {
      ...trust,
      [TRUST]: Buffer.from(trust[TRUST]!.toString().replace(/^keys:/m, 'keyz:'))
    })
    gh.setTree(REPO, HEAD_SHA, { ...trust, ...trees.strong() })
    gh.pullFiles.set(`${REPO}#107`, filesOf(trees.strong()))
    const run = await pr(107)
    expect(run.outputs.decision).toBe('error')
    expect(errorLines(run.stdout)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^update-gate: error: ${TRUST.replace(/\./g, '\\.')} at ${BASE_SHA.slice(0, 7)}\\w*: keys: is required`
        )
      )
    ])
  })

  test('a package file listed but not served: error naming the file and HTTP 404', async () => {
    gh.strongAtHead(103)
    gh.fail('GET', new RegExp(`^/repos/${REPO}/contents/${PKG}/manifest\\.json$`), 404, undefined, {
      times: 100
    })
    const run = await pr(103)
    expect(run.outputs.decision).toBe('error')
    expect(errorLines(run.stdout)).toContainEqual(
      expect.stringMatching(new RegExp(`${PKG}/manifest\\.json: .*HTTP 404`))
    )
  })
})

/** The compare API lists as many files as it ever lists: the change is read from the git trees. */
const listsTooMany = () =>
  gh.compareFiles.set(
    `${REPO}#${BASE_SHA}...${HEAD_SHA}`,
    Array.from({ length: 300 }, (_, i) => ({ filename: `docs/${i}.md`, status: 'added' }))
  )

describe('1. a symlink or submodule the change adds under the evidence patterns is never silent', () => {
  const symlinked = () => {
    // updates/ic22 -> ../vendor/ic22: a checkout sees the package under updates/ic22.
    gh.setTree(REPO, BASE_SHA, { ...trees.trust(), 'updates/README.md': 'updates\n' })
    gh.setTree(REPO, HEAD_SHA, {
      ...trees.trust(),
      'updates/README.md': 'updates\n',
      'updates/ic22': '../vendor/ic22',
      ...readTree(join(ROOT, 'examples/seed/strong'), 'vendor/ic22/')
    })
    gh.symlinks.add('updates/ic22')
  }

  test.each([
    ['the compare API', () => {}],
    ['the git trees', () => listsTooMany()]
  ])(
    'a symlink to a package outside the patterns, listed by %s: error naming it, not none',
    async (_, listing) => {
      symlinked()
      listing()
      const run = await pr(130, { inputs: { evidence: 'updates/**' } })
      expect(run.outputs.decision).toBe('error')
      expect(run.code).toBe(1)
      expect(errorLines(run.stdout)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^update-gate: error: updates/ic22: a symlink at ${HEAD_SHA} under the evidence patterns \\(updates/\\*\\*\\); a checkout would read the package it points to`
          )
        )
      ])
    }
  )

  test('a symlink outside the patterns is not a package of theirs: judged as before', async () => {
    symlinked()
    const run = await pr(131, { inputs: { evidence: 'vendor/**' } })
    expect(run.outputs.decision).toBe('conditional')
    expect(reportOf(run).packages.map((p: { path: string }) => p.path)).toEqual(['vendor/ic22'])
  })

  test.each([
    ['the compare API', () => {}],
    ['the git trees', () => listsTooMany()]
  ])('a submodule the change moves, listed by %s: a warning naming it', async (_, listing) => {
    gh.setTree(REPO, BASE_SHA, { ...trees.trust(), 'updates/ic22': 'old pointer' })
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), 'updates/ic22': 'new pointer' })
    gh.submodules.add('updates/ic22')
    listing()
    const run = await pr(132)
    expect(run.outputs.decision).toBe('none')
    expect(reportOf(run).findings).toEqual([
      expect.objectContaining({
        rule: 'gate.entry_skipped',
        severity: 'warning',
        file: 'updates/ic22',
        message: expect.stringContaining(
          'changes the submodule updates/ic22 under the evidence patterns'
        )
      })
    ])
  })
})

describe('1. an API answer of an unexpected shape is an error naming the call, never a guess', () => {
  const odd = (path: RegExp, body: unknown) =>
    gh.faults.push({ method: 'GET', path, status: 200, body, times: 100 })

  test('the compare API answers a list', async () => {
    gh.strongAtHead(114)
    odd(/\/compare\//, [{ message: 'not a comparison' }])
    const run = await pr(114)
    expect(run.outputs.decision).toBe('error')
    expect(errorLines(run.stdout)).toEqual([
      'update-gate: error: GitHub API comparing bbbbbbb...ccccccc (PR #114): the answer has an unexpected shape, not a comparison with its merge base commit and a list of files'
    ])
  })

  test('a git tree whose tree is not a list, or an entry of it without a sha', async () => {
    gh.strongAtHead(115)
    odd(/\/git\/trees\//, { sha: BASE_SHA, truncated: false, tree: { oops: 1 } })
    listsTooMany()
    const run = await pr(115)
    expect(run.outputs.decision).toBe('error')
    expect(errorLines(run.stdout)).toEqual([
      `update-gate: error: GitHub API reading the git tree of ${REPO} at ${BASE_SHA}: the answer has an unexpected shape, not a tree with a list of entries and whether it is truncated`
    ])
    gh.faults.length = 0
    odd(/\/git\/trees\//, {
      sha: BASE_SHA,
      truncated: false,
      tree: [{ path: 'README.md', type: 'blob' }]
    })
    const again = await pr(115)
    expect(errorLines(again.stdout)).toEqual([
      `update-gate: error: GitHub API reading the git tree of ${REPO} at ${BASE_SHA}: entry 0 has no valid sha`
    ])
  })

  test('a directory listing answers an object: an error, not HTTP 404 nor "no package"', async () => {
    // The change only removes a file of the package, so the package directory need not exist.
    const tree = { ...trees.trust(), ...trees.strong() }
    delete tree[`${PKG}/notification.yaml`]
    gh.setTree(REPO, HEAD_SHA, tree)
    gh.pullFiles.set(`${REPO}#116`, [{ filename: `${PKG}/notification.yaml`, status: 'removed' }])
    odd(new RegExp(`^/repos/${REPO}/contents/${PKG}$`), { type: 'dir?' })
    const run = await pr(116)
    expect(run.outputs.decision).toBe('error')
    expect(errorLines(run.stdout)).toEqual([
      `update-gate: error: GitHub API listing ${PKG} at ${HEAD_SHA}: the answer has an unexpected shape, not a list of entries or one file`
    ])
  })
})

test('1. a changed directory the API cannot be asked about safely is an error, not skipped', async () => {
  gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), 'odd\\dir/update-evidence.yaml': 'x' })
  gh.pullFiles.set(`${REPO}#112`, [{ filename: 'odd\\dir/update-evidence.yaml', status: 'added' }])
  const run = await pr(112)
  expect(run.outputs.decision).toBe('error')
  expect(errorLines(run.stdout)).toContainEqual(
    expect.stringMatching(
      /odd\\dir\/update-evidence\.yaml: the change touches a path that cannot be read safely/
    )
  )
})

describe('2. the change is the one between the payload commits, complete', () => {
  const many = (n: number) =>
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [`docs/n/${String(i).padStart(4, '0')}.md`, `${i}\n`])
    )
  const MERGE_BASE = '9'.repeat(40)

  test('300 files listed by the compare API: the git trees of the merge base and the head give the rest; the package and the trust edit are judged', async () => {
    const docs = many(300)
    const headTrust = { ...trees.trust(), [TRUST]: Buffer.from('# edited\n') }
    // The base branch moved on since the PR branched off: the change is from the merge base.
    gh.setTree(REPO, BASE_SHA, { ...trees.trust(), 'README.md': 'fleet\n', 'later.md': 'x\n' })
    gh.setTree(REPO, MERGE_BASE, { ...trees.trust(), 'README.md': 'fleet\n' })
    gh.mergeBases.set(`${REPO}#${BASE_SHA}...${HEAD_SHA}`, MERGE_BASE)
    gh.setTree(REPO, HEAD_SHA, { ...headTrust, 'README.md': 'fleet\n', ...docs, ...trees.strong() })
    // The compare API lists 300 of them (the trust edit and docs): the package is not among them.
    const run = await pr(133, { inputs: { 'fail-on': 'never' } })
    expect(run.outputs.decision).toBe('reject')
    const report = reportOf(run)
    expect(report.packages.map((p: { path: string }) => p.path)).toEqual([PKG])
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'gate.trust_changed', file: TRUST })
    ])
    expect(gh.seen('GET', /\/git\/trees\//).map(r => r.path)).toEqual([
      `/repos/${REPO}/git/trees/${MERGE_BASE}`,
      `/repos/${REPO}/git/trees/${HEAD_SHA}`
    ])
  })

  test.each(['pull_request', 'pull_request_review'])(
    '%s: the PR files after a later push are not the change judged; the payload commits are compared',
    async event => {
      gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), 'README.md': 'fleet\n', ...trees.strong() })
      // By the time the run asks, the author has pushed again: the PR's files (as the files API
      // would list them now) only touch the README. The head judged is still the payload's.
      gh.pullFilesMoved = true
      gh.pullFiles.set(`${REPO}#134`, [{ filename: 'README.md', status: 'modified' }])
      const run = await gh.runPullRequest(134, {
        event,
        inputs: { comment: 'false' },
        edit: payload => {
          delete payload.pull_request.changed_files
          if (event === 'pull_request_review') payload.action = 'submitted'
        }
      })
      expect(run.outputs.decision).toBe('conditional')
      expect(reportOf(run).packages.map((p: { path: string }) => p.path)).toEqual([PKG])
      expect(gh.seen('GET', /\/pulls\/134\/files$/)).toEqual([])
      expect(gh.seen('GET', /\/compare\//).map(r => r.path)).toEqual([
        `/repos/${REPO}/compare/${BASE_SHA}...${HEAD_SHA}`
      ])
    }
  )

  test('a file the compare lists as changed that the head does not hold: error, not none', async () => {
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), 'README.md': 'fleet\n', ...trees.strong() })
    gh.compareFiles.set(`${REPO}#${BASE_SHA}...${HEAD_SHA}`, [
      { filename: `${PKG}/gone.yaml`, status: 'added' }
    ])
    const run = await pr(135)
    expect(run.outputs.decision).toBe('error')
    expect(errorLines(run.stdout)).toEqual([
      `update-gate: error: ${PKG}/gone.yaml: listed as changed (the compare API for bbbbbbb...ccccccc (1 files)) but not a file at ${HEAD_SHA}; the change cannot be determined completely`
    ])
  })

  test('a tree GitHub truncates: error, not a decision on part of the change', async () => {
    gh.treeEntriesCap = 10
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), ...trees.strong() })
    listsTooMany()
    const run = await pr(136)
    expect(run.outputs.decision).toBe('error')
    expect(run.code).toBe(1)
    expect(errorLines(run.stdout).join('\n')).toMatch(/git tree .* truncated/)
  })
})

describe('3. every release asset is accounted for', () => {
  test('an asset the signed manifest does not list: a violation named by the asset', async () => {
    gh.setRelease(107, 'v5.4.3', {
      assets: { ...trees.strongArtifacts(), 'setup-helper.exe': Buffer.from('MZ unsigned helper') }
    })
    const run = await gh.runEvent('release', payloads.release(107, 'v5.4.3'), { evidence: PKG })
    expect(run.outputs.decision).toBe('reject')
    expect(run.code).toBe(1)
    const findings = reportOf(run).packages[0].report.result.findings
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: 'signing.unlisted_release_asset',
        severity: 'violation',
        message: expect.stringContaining('release asset setup-helper.exe is not listed')
      })
    )
    expect(run.summary).toContain('setup-helper.exe')
  })

  test('an asset named like a package file but holding other bytes: a violation naming both digests', async () => {
    const evil = Buffer.from('MZ unsigned installer')
    gh.setRelease(112, 'v5.4.3', {
      assets: { ...trees.strongArtifacts(), 'recovery-procedure.md': evil }
    })
    const run = await gh.runEvent('release', payloads.release(112, 'v5.4.3'), { evidence: PKG })
    expect(run.outputs.decision).toBe('reject')
    const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
    const file = sha256(trees.strong()[`${PKG}/recovery-procedure.md`]!)
    expect(reportOf(run).packages[0].report.result.findings).toContainEqual(
      expect.objectContaining({
        rule: 'signing.release_asset_digest_mismatch',
        severity: 'violation',
        message: `release asset recovery-procedure.md has sha256 ${sha256(evil)}, but the package file recovery-procedure.md it is named like has sha256 ${file}`
      })
    )
  })

  test('a package read at the release tag warns of each symlink it skips, as a pull request does', async () => {
    gh.setRelease(113, 'v5.4.3')
    const listing = `/repos/${REPO}/contents/${PKG}`
    const answer = await fetch(`${gh.url}${listing}?ref=${tagCommit('v5.4.3')}`, {
      headers: { authorization: 'token ghs_e2e-test-token' }
    })
    const entries = (await answer.json()) as { path: string; type: string }[]
    gh.faults.push({
      method: 'GET',
      path: new RegExp(`^${listing}$`),
      status: 200,
      body: entries.map(e =>
        e.path === `${PKG}/notification.yaml` ? { ...e, type: 'symlink' } : e
      )
    })
    const run = await gh.runEvent('release', payloads.release(113, 'v5.4.3'), { evidence: PKG })
    expect(run.stdout).toContain(
      `${PKG}/notification.yaml is a symlink or submodule; it was not followed.`
    )
    expect(reportOf(run).findings).toContainEqual(
      expect.objectContaining({ rule: 'gate.entry_skipped', file: `${PKG}/notification.yaml` })
    )
  })

  test('the package is read at the one commit the tag names, through an annotated tag, and the summary names it', async () => {
    gh.setRelease(114, 'v5.4.3', { annotated: true })
    const run = await gh.runEvent('release', payloads.release(114, 'v5.4.3'), { evidence: PKG })
    expect(run.outputs.decision).toBe('conditional')
    const commit = tagCommit('v5.4.3')
    // Every file by the commit, never by the tag's name: a tag moved while the run reads (or a
    // branch of the same name) cannot mix another commit's files into the package.
    expect(gh.refsRead(`${PKG}/update-evidence.yaml`)).toEqual([commit])
    expect(
      gh.requests.filter(r => r.path.includes('/contents/')).map(r => r.query.get('ref'))
    ).not.toContain('v5.4.3')
    expect(gh.seen('GET', /\/git\/ref\/tags\/v5\.4\.3$/)).toHaveLength(1)
    expect(gh.seen('GET', /\/git\/tags\/[0-9a-f]{40}$/)).toHaveLength(1)
    expect(run.stdout).toContain(
      `update-gate: conditional for release v5.4.3 (${commit.slice(0, 7)})`
    )
  })

  test('a tag named like the default branch does not choose where the trust configuration is read', async () => {
    gh.setRelease(115, 'v5.4.3')
    // Whoever may push tags pushes `main` at a commit whose trust configuration trusts no key:
    // git resolves the short name `main` to that tag, not to the branch.
    const planted = 'c'.repeat(40)
    gh.setTree(REPO, planted, { ...trees.trustWithoutKeys(), ...trees.strong() })
    gh.setTag(REPO, 'main', planted)
    try {
      const run = await gh.runEvent('release', payloads.release(115, 'v5.4.3'), { evidence: PKG })
      expect(run.outputs.decision).toBe('conditional')
      expect(gh.refsRead(TRUST)).toEqual([MAIN_SHA])
      expect(reportOf(run).trust).toBe(`${TRUST} at ${MAIN_SHA}`)
      expect(gh.seen('GET', /\/git\/ref\/heads\/main$/)).toHaveLength(1)
    } finally {
      gh.tags.get(REPO)?.delete('main')
    }
  })

  test.each([
    [
      'a tag deleted before the run',
      () => gh.tags.get(REPO)?.delete('v5.4.3'),
      'GitHub API resolving tag v5.4.3 (refs/tags/v5.4.3) to a commit failed: HTTP 404 (Not Found'
    ],
    [
      'a tag of a tree',
      () =>
        gh.faults.push({
          method: 'GET',
          path: /\/git\/ref\/tags\/v5\.4\.3$/,
          status: 200,
          body: { ref: 'refs/tags/v5.4.3', object: { type: 'tree', sha: 'd'.repeat(40) } }
        }),
      'GitHub API resolving tag v5.4.3 (refs/tags/v5.4.3) to a commit: refs/tags/v5.4.3 points at a tree, not a commit'
    ]
  ])('%s: an error naming the tag, nothing read', async (_, edit, message) => {
    gh.setRelease(116, 'v5.4.3')
    edit()
    const run = await gh.runEvent('release', payloads.release(116, 'v5.4.3'), { evidence: PKG })
    expect(run.outputs.decision).toBe('error')
    expect(errorLines(run.stdout).join('\n')).toContain(message)
    expect(gh.refsRead(`${PKG}/update-evidence.yaml`)).toEqual([])
  })

  test('evidence naming two directories on a release is an input error, not one path of both', async () => {
    gh.setRelease(111, 'v5.4.3')
    const run = await gh.runEvent('release', payloads.release(111, 'v5.4.3'), {
      evidence: `${PKG},evidence/other`
    })
    expect(run.outputs.decision).toBe('error')
    expect(errorLines(run.stdout)).toEqual([
      'update-gate: error: input evidence: on a release, evidence must be one directory of the repository'
    ])
  })
})

describe('4. inputs are validated the same way on every event', () => {
  const outside = '../outside'
  test.each(['pull_request', 'release', 'workflow_dispatch', 'merge_group', 'push'])(
    'an evidence glob that leaves the repository is an input error on %s',
    async event => {
      const payload =
        event === 'pull_request'
          ? payloads.pr(108).payload
          : event === 'release'
            ? payloads.release(108, 'v1')
            : webhookExample(event, event === 'merge_group' ? 'checks_requested' : undefined)
      const run = await gh.runEvent(event, payload, { evidence: `updates/**,${outside}` })
      expect(run.outputs.decision).toBe('error')
      expect(run.code).toBe(1)
      expect(errorLines(run.stdout)).toContainEqual(
        expect.stringMatching(/^update-gate: error: \.\.\/outside: input evidence: expected/)
      )
      expect(gh.requests).toHaveLength(0)
    }
  )

  describe('a plain evidence path on a change', () => {
    const other = 'evidence/other'
    const run = (evidence: string) => {
      gh.setTree(REPO, HEAD_SHA, {
        ...trees.trust(),
        ...trees.strong(),
        [`${other}/update-evidence.yaml`]: 'not read: the change does not touch it\n',
        'evidence/notes/README.md': 'x\n'
      })
      gh.pullFiles.set(`${REPO}#110`, filesOf(trees.strong()))
      return pr(110, { inputs: { evidence } })
    }

    test.each([
      ['evidence/ic22-5.4.4', 'no such directory'],
      ['evidence/notes', 'a directory without update-evidence.yaml']
    ])(
      'naming no package at the head (%s, %s) is an input error, not fewer packages',
      async dir => {
        const result = await run(`${PKG},${dir}`)
        expect(result.outputs.decision).toBe('error')
        expect(result.code).toBe(1)
        expect(errorLines(result.stdout)).toEqual([
          `update-gate: error: ${dir}: input evidence: no update-evidence.yaml there at ${HEAD_SHA}; expected an evidence package directory`
        ])
      }
    )

    test('naming a package the change removes is not an error: it is reported as removed', async () => {
      gh.setTree(REPO, HEAD_SHA, trees.trust())
      gh.pullFiles.set(`${REPO}#110`, filesOf(trees.strong(), 'removed'))
      const result = await pr(110, { inputs: { evidence: PKG } })
      expect(result.outputs.decision).toBe('none')
      expect(reportOf(result).findings).toEqual([
        expect.objectContaining({ rule: 'gate.package_removed' })
      ])
    })

    test('naming a package the change does not touch is not an error: it is not judged', async () => {
      const result = await run(`${PKG},${other}`)
      expect(result.outputs.decision).toBe('conditional')
      expect(reportOf(result).packages.map((p: { path: string }) => p.path)).toEqual([PKG])
    })
  })

  test('a PR that touches no package: none, and the summary says which globs met how many files', async () => {
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), 'README.md': 'x\n', 'src/a.c': 'int a;\n' })
    gh.pullFiles.set(`${REPO}#109`, [
      { filename: 'README.md', status: 'modified' },
      { filename: 'src/a.c', status: 'added' }
    ])
    const run = await pr(109, { inputs: { evidence: 'updates/**' } })
    expect(run.outputs.decision).toBe('none')
    expect(run.code).toBe(0)
    expect(run.summary).toContain('updates/\\*\\*')
    expect(run.summary).toMatch(/2 changed files/)
  })
})

/** The seed trust configuration with the release key (ic22-release-2026) revoked. */
function trustRevokingReleaseKey(): Record<string, Buffer> {
  const revoked = trees.trust()
  const text = revoked[TRUST]!.toString('utf8')
  const first = 'revoked: false\n    revokedAt: null' // ic22-release-2026, the first key
  expect(text.indexOf(first)).toBeGreaterThan(text.indexOf('id: ic22-release-2026'))
  revoked[TRUST] = Buffer.from(
    text.replace(first, 'revoked: true\n    revokedAt: 2026-02-01T00:00:00Z')
  )
  return revoked
}

describe('5. merge_group and push read trust, policy and data from the commit they are based on', () => {
  const mergeGroup = () => {
    const p = webhookExample('merge_group', 'checks_requested')
    p.merge_group.base_sha = BASE_SHA
    p.merge_group.head_sha = HEAD_SHA
    payloads.ofRepo(p.repository)
    return p
  }
  const push = (before: string, ref = 'refs/heads/update-5.4.3') => {
    const p = webhookExample('push')
    p.ref = ref
    p.before = before
    p.after = HEAD_SHA
    p.created = before === '0'.repeat(40)
    payloads.ofRepo(p.repository)
    p.repository.default_branch = 'main'
    return p
  }
  /** A head that carries the package and its own, empty trust configuration. */
  const headWithOwnTrust = () => ({
    ...trees.trustWithoutKeys(),
    'README.md': 'fleet\n',
    ...trees.strong()
  })

  test('merge_group: the base_sha trust judges; the head edit of the trust file is flagged', async () => {
    gh.setTree(REPO, HEAD_SHA, headWithOwnTrust())
    const run = await gh.runEvent('merge_group', mergeGroup(), { 'fail-on': 'never' })
    expect(run.outputs.decision).toBe('reject')
    const report = reportOf(run)
    expect(report.trust).toBe(`${TRUST} at ${BASE_SHA}`)
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'gate.trust_changed', file: TRUST })
    ])
    const pkg = report.packages[0].report.result
    // Judged with the base's keys: the signature verifies (the head's trust has none).
    expect(pkg.controls.find((c: { id: string }) => c.id === 'signing').result).toBe('pass')
    expect(pkg.findings.map((f: { rule: string }) => f.rule)).toContain(
      'change.gate_configuration_modified'
    )
    expect(gh.refsRead(TRUST)).toEqual([BASE_SHA])
    expect(gh.indexReadAtHead()).toBe(true)
  })

  test('merge_group without a configuration change: the same decision as the PR (conditional)', async () => {
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), 'README.md': 'fleet\n', ...trees.strong() })
    const run = await gh.runEvent('merge_group', mergeGroup())
    expect(run.outputs.decision).toBe('conditional')
    expect(reportOf(run).subject).toBe(`merge group ${HEAD_SHA.slice(0, 7)}`)
  })

  test.each([
    ['the default branch: trust from `before`', 'refs/heads/main', BASE_SHA],
    ['another branch: trust from the default branch commit', 'refs/heads/update-5.4.3', MAIN_SHA]
  ])('push to %s, the change flagged', async (_, ref, trustAt) => {
    gh.onDefaultBranch({ ...trees.trust(), 'README.md': 'fleet\n' })
    gh.setTree(REPO, HEAD_SHA, headWithOwnTrust())
    const run = await gh.runEvent('push', push(BASE_SHA, ref), { 'fail-on': 'never' })
    expect(run.outputs.decision).toBe('reject')
    const report = reportOf(run)
    expect(report.trust).toBe(`${TRUST} at ${trustAt}`)
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['gate.trust_changed'])
    expect(gh.refsRead(TRUST)).toEqual([trustAt])
  })

  test("a branch's earlier push left an edited trust file at `before`: the next push is judged by the default branch's", async () => {
    // The default branch has revoked the release key; push 1 (flagged, but left on the branch)
    // gave the branch a trust file where it is not revoked; push 2 adds the package signed with
    // it and does not touch the trust file.
    gh.onDefaultBranch({ ...trustRevokingReleaseKey(), 'README.md': 'fleet\n' })
    gh.setTree(REPO, BASE_SHA, { ...trees.trust(), 'README.md': 'fleet\n' })
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), 'README.md': 'fleet\n', ...trees.strong() })
    const run = await gh.runEvent('push', push(BASE_SHA), { 'fail-on': 'never' })
    const report = reportOf(run)
    expect(report.findings).toEqual([])
    expect(report.trust).toBe(`${TRUST} at ${MAIN_SHA}`)
    // Judged with the default branch's trust: the release key is revoked.
    expect(run.outputs.decision).toBe('reject')
    const pkg = report.packages[0].report.result
    expect(pkg.controls.find((c: { id: string }) => c.id === 'signing').result).toBe('fail')
    expect(gh.refsRead(TRUST)).toEqual([MAIN_SHA])
  })

  test('a trust file that fails its schema: the error names it by repository path and commit, not the copy', async () => {
    gh.onDefaultBranch({ ...trees.trustWithoutKeys(), 'README.md': 'fleet\n' })
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), 'README.md': 'fleet\n', ...trees.strong() })
    const run = await gh.runEvent('push', push(BASE_SHA), { 'fail-on': 'never' })
    expect(run.outputs.decision).toBe('error')
    expect(run.code).toBe(1)
    const errors = errorLines(run.stdout).join('\n')
    expect(errors).toContain(`${TRUST} at ${MAIN_SHA}: approvers: is required`)
    expect(errors).not.toMatch(/update-gate-trust-/)
  })

  test('push to another branch without a default branch in the payload: an error, not a pass', async () => {
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), 'README.md': 'fleet\n', ...trees.strong() })
    const payload = push(BASE_SHA)
    delete payload.repository.default_branch
    const run = await gh.runEvent('push', payload, { 'fail-on': 'never' })
    expect(run.outputs.decision).toBe('error')
    expect(run.code).toBe(1)
    expect(errorLines(run.stdout).join('\n')).toMatch(/has no repository\.default_branch/)
  })

  test('push of a new branch (`before` all zeros): trust from the default branch commit', async () => {
    gh.onDefaultBranch({ ...trees.trust(), 'README.md': 'fleet\n' })
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), 'README.md': 'fleet\n', ...trees.strong() })
    const run = await gh.runEvent('push', push('0'.repeat(40)))
    expect(run.outputs.decision).toBe('conditional')
    expect(reportOf(run).trust).toBe(`${TRUST} at ${MAIN_SHA}`)
    expect(gh.refsRead(TRUST)).toEqual([MAIN_SHA])
  })
})

describe('5. workspace events with configuration-from: default-branch read it from the default branch', () => {
  /** workflow_dispatch on this checkout, the strong example its evidence, `inputs` over these. */
  const dispatch = (inputs: Record<string, string>, edit?: (payload: Payload) => void) => {
    const payload = webhookExample('workflow_dispatch')
    payload.repository.default_branch = 'main'
    edit?.(payload)
    return gh.runEvent(
      'workflow_dispatch',
      payload,
      { evidence: 'examples/seed/strong', trust: TRUST, 'fail-on': 'never', ...inputs },
      { workspace: ROOT }
    )
  }

  test("the default branch's trust file judges the checkout's package, which its own trust file would pass", async () => {
    // The default branch has revoked the release key; the checkout (a run dispatched on another
    // branch, or a workflow that checked one out) carries a trust file where it is not.
    gh.onDefaultBranch({ ...trustRevokingReleaseKey(), 'README.md': 'fleet\n' })
    const run = await dispatch({ 'configuration-from': 'default-branch' })
    expect(run.outputs.decision).toBe('reject')
    expect(reportOf(run).trust).toBe(`${TRUST} at ${MAIN_SHA}`)
    expect(gh.refsRead(TRUST)).toEqual([MAIN_SHA])
    const pkg = reportOf(run).packages[0].report.result
    expect(pkg.controls.find((c: { id: string }) => c.id === 'signing').result).toBe('fail')
    // The checkout's own (the default, no API): the same package passes.
    gh.reset()
    const own = await dispatch({ trust: 'examples/seed/trust.yaml' })
    expect(own.outputs.decision).toBe('conditional')
    expect(reportOf(own).trust).toBe('examples/seed/trust.yaml in the workspace')
    expect(gh.requests).toHaveLength(0)
  })

  test('without repository.default_branch in the payload: an error naming it, not a pass', async () => {
    const run = await dispatch({ 'configuration-from': 'default-branch' }, payload => {
      delete payload.repository.default_branch
    })
    expect(run.outputs.decision).toBe('error')
    expect(run.code).toBe(1)
    expect(errorLines(run.stdout).join('\n')).toMatch(
      /the workflow_dispatch event has no repository\.default_branch/
    )
  })

  test('another value is a usage error naming the input', async () => {
    const run = await dispatch({ 'configuration-from': 'main' })
    expect(run.outputs.decision).toBe('error')
    expect(errorLines(run.stdout).join('\n')).toContain(
      'input configuration-from: expected checkout or default-branch, got "main"'
    )
  })
})

describe('6. reports are reproducible', () => {
  test('a custom policy is named by repository path and commit; two runs give byte-identical JSON', async () => {
    const wasm = builtInPolicyWasm()
    gh.setTree(REPO, BASE_SHA, { ...trees.trust(), [POLICY]: wasm })
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), [POLICY]: wasm, ...trees.strong() })
    gh.pullFiles.set(`${REPO}#110`, filesOf(trees.strong()))
    const first = await pr(110, { inputs: { policy: POLICY } })
    const second = await pr(110, { inputs: { policy: POLICY } })
    expect(first.outputs.decision).toBe('conditional')
    const bytes = readFileSync(first.reportPath, 'utf8')
    expect(readFileSync(second.reportPath, 'utf8')).toBe(bytes)
    expect(bytes).not.toMatch(/update-gate-(policy|trust|data|pkg)-/)
    expect(bytes).not.toContain(first.dir)
    expect(reportOf(first).packages[0].report.policy.name).toBe(`${POLICY} at ${BASE_SHA}`)
  })
})

describe('7. one retry policy', () => {
  test('a spent rate limit (429, x-ratelimit-remaining: 0) is tried 3 times in all, then an error', async () => {
    gh.strongAtHead(111)
    gh.fail('GET', /\/compare\//, 429, 'API rate limit exceeded', {
      times: 20,
      headers: { 'retry-after': '1', 'x-ratelimit-remaining': '0' }
    })
    const run = await pr(111)
    expect(run.outputs.decision).toBe('error')
    expect(run.code).toBe(1)
    expect(gh.seen('GET', /\/compare\//)).toHaveLength(3)
    expect(errorLines(run.stdout).join('\n')).toMatch(
      /comparing bbbbbbb\.\.\.ccccccc \(PR #111\) failed: HTTP 429/
    )
  })
})

describe('8. only the events the Action knows are gated', () => {
  test.each([
    ['pull_request_review_comment', 'created'],
    ['issue_comment', 'created'],
    ['workflow_run', 'completed']
  ])(
    '%s (it may carry a PR, whose checkout would hold the trust file): an error naming it',
    async (event, action) => {
      const run = await gh.runEvent(
        event,
        webhookExample(event, action),
        { evidence: 'examples/seed/strong', trust: 'examples/seed/trust.yaml', comment: 'false' },
        { workspace: ROOT }
      )
      expect(run.outputs.decision).toBe('error')
      expect(run.code).toBe(1)
      expect(errorLines(run.stdout)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^update-gate: error: GITHUB_EVENT_NAME: the Action does not gate ${event} events; expected one of pull_request, pull_request_target, pull_request_review, merge_group, push, release, workflow_dispatch,`
          )
        )
      ])
    }
  )

  test.each(['schedule', 'repository_dispatch'])('%s is gated on the workspace', async event => {
    const payload = event === 'schedule' ? { schedule: '0 6 * * *' } : webhookExample(event)
    const run = await gh.runEvent(
      event,
      payload,
      { evidence: 'examples/seed/strong', trust: 'examples/seed/trust.yaml' },
      { workspace: ROOT }
    )
    expect(run.outputs.decision).toBe('conditional')
  })
})

describe("9. a change to a workflow (the gate runs the change's own on pull_request) is flagged", () => {
  test.each([
    '.github/workflows/update-review.yml',
    '.github/workflows/other.yaml',
    '.github/actions/setup/action.yml' // a local action a workflow uses (uses: ./.github/actions/setup)
  ])('%s: gate.trust_changed, reject (even under fail-on: never)', async workflow => {
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), ...trees.strong(), [workflow]: 'on: push\n' })
    gh.pullFiles.set(`${REPO}#140`, [
      ...filesOf(trees.strong()),
      { filename: workflow, status: 'modified' }
    ])
    const run = await pr(140, { inputs: { 'fail-on': 'never' } })
    expect(run.outputs.decision).toBe('reject')
    expect(reportOf(run).findings).toEqual([
      expect.objectContaining({
        rule: 'gate.trust_changed',
        severity: 'violation',
        file: workflow,
        message: expect.stringContaining(`This PR changes ${workflow}, a workflow`)
      })
    ])
  })

  test('a file beside the workflows (not one GitHub runs) is not flagged', async () => {
    gh.setTree(REPO, HEAD_SHA, {
      ...trees.trust(),
      ...trees.strong(),
      '.github/workflows/README.md': 'x\n'
    })
    gh.pullFiles.set(`${REPO}#141`, [
      ...filesOf(trees.strong()),
      { filename: '.github/workflows/README.md', status: 'added' }
    ])
    const run = await pr(141)
    expect(run.outputs.decision).toBe('conditional')
  })
})

describe('10. the configuration is read only from plain files (a symlink would move it out of the change control)', () => {
  const KEY = '.github/update-gate/keys/olga-2026.pub'
  /** The base commit with `extra` beside the trust configuration, and `links` made symlinks. */
  const baseWith = (extra: Record<string, Buffer | string>, links: string[]) => {
    gh.setTree(REPO, BASE_SHA, { ...trees.trust(), 'README.md': 'fleet\n', ...extra })
    for (const link of links) gh.symlinks.add(link)
  }
  const refused = (run: Awaited<ReturnType<typeof pr>>, path: string) => {
    expect(run.outputs.decision).toBe('error')
    const printed = errorLines(run.stdout).join('\n')
    expect(printed).toContain(`${path}: input `)
    expect(printed).toContain(
      `a symlink or submodule at ${BASE_SHA.slice(0, 12)}, not a plain file`
    )
  }

  test('the trust file a symlink at the base: an error naming it, the package not judged', async () => {
    baseWith({}, [TRUST])
    gh.strongAtHead(150)
    refused(await pr(150), TRUST)
  })

  test('a key file the trust file names a symlink: an error naming it', async () => {
    expect(trees.trust()[KEY]).toBeDefined()
    baseWith({}, [KEY])
    gh.strongAtHead(151)
    refused(await pr(151), KEY)
  })

  test('a Sigstore trusted root the trust file names a symlink: an error naming it', async () => {
    const root = '.github/update-gate/sigstore/trusted_root.json'
    baseWith(
      {
        [TRUST]: Buffer.from(
          `${trees.trust()[TRUST]!.toString()}\nsigstore:\n  trustedRoot: sigstore/trusted_root.json\n`
        ),
        [root]: readFileSync(join(ROOT, 'dist/sigstore/trusted_root.public-good.json'))
      },
      [root]
    )
    gh.strongAtHead(158)
    refused(await pr(158), root)
  })

  test('a data file a symlink: an error naming it', async () => {
    const data = '.github/update-gate/data.json'
    baseWith({ [data]: '{}\n' }, [data])
    gh.strongAtHead(152)
    refused(await pr(152, { inputs: { data } }), data)
  })

  test('a policy file a symlink, or a symlink in a policy directory: an error naming it', async () => {
    baseWith({ [POLICY]: builtInPolicyWasm() }, [POLICY])
    gh.strongAtHead(153)
    refused(await pr(153, { inputs: { policy: POLICY } }), POLICY)

    const dir = '.github/update-gate/policy'
    baseWith(
      {
        [`${dir}/team.rego`]: 'package update_gate.custom.team\n',
        [`${dir}/linked.rego`]: 'package update_gate.custom.team\n'
      },
      [`${dir}/linked.rego`]
    )
    gh.strongAtHead(154)
    refused(await pr(154, { inputs: { policy: dir } }), `${dir}/linked.rego`)
  })

  test('a retained report a symlink, alone or in a reports directory: an error naming it', async () => {
    const reports = '.github/update-gate/reports'
    baseWith({ [`${reports}/ic22.json`]: '{}\n' }, [`${reports}/ic22.json`])
    gh.strongAtHead(155)
    refused(await pr(155, { inputs: { 'approved-reports': reports } }), `${reports}/ic22.json`)
    gh.strongAtHead(156)
    refused(
      await pr(156, { inputs: { 'approved-reports': `${reports}/ic22.json` } }),
      `${reports}/ic22.json`
    )
  })

  test('a trust file past the 1000 entries the contents API lists of its directory: an error saying so, never a guess', async () => {
    // 1000 files sorted before trust.yaml fill the listing; whether trust.yaml is a plain file
    // cannot be read from it.
    const crowd = (n: number) =>
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [
          `.github/update-gate/a${String(i).padStart(4, '0')}.txt`,
          'x\n'
        ])
      )
    baseWith(crowd(1000), [])
    gh.strongAtHead(159)
    const run = await pr(159)
    expect(run.outputs.decision).toBe('error')
    expect(errorLines(run.stdout).join('\n')).toContain(
      `${TRUST}: input trust: 1000 entries in .github/update-gate at ${BASE_SHA.slice(0, 12)}, and the contents API lists at most 1000: the file cannot be told from a symlink; move the configuration to a smaller directory`
    )
    // With the trust file among the entries listed, the same crowd is no error.
    baseWith(crowd(998), [])
    gh.strongAtHead(160)
    expect((await pr(160)).outputs.decision).toBe('conditional')
  })

  test('a symlink elsewhere at the base (not configuration) changes nothing', async () => {
    baseWith({ 'docs/current-trust.yaml': 'see .github/update-gate\n' }, [
      'docs/current-trust.yaml'
    ])
    gh.strongAtHead(157)
    expect((await pr(157)).outputs.decision).toBe('conditional')
  })
})
