/**
 * End to end: the bundled Action (dist/index.js, build it with `npm run bundle`) against a
 * GitHub REST API on 127.0.0.1, with real webhook payloads from @octokit/webhooks-examples.
 */
import { describe, expect, test } from '@jest/globals'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { expectGolden } from './support/golden.js'
import { ROOT, readTree, reportOf, webhookExample } from './support/action-run.js'
import {
  actionGitHub,
  annotations,
  BASE_SHA,
  builtInPolicyWasm,
  errorLines,
  filesOf,
  HEAD_SHA,
  lineOf,
  MAIN_SHA,
  MARKER,
  payloads,
  PKG,
  POLICY,
  REPO,
  SEED,
  trees,
  TRUST
} from './support/e2e-fixtures.js'

const gh = actionGitHub()

/** The file the error annotation of a gate.trust_changed finding names. */
const trustChangedFile = (stdout: string) =>
  annotations(stdout, 'error').find(a => a.props.title === 'update-gate gate.trust_changed')?.props
    .file

/** A compare API answer listing `files`. */
const compared = (files: unknown[]) => ({ merge_base_commit: { sha: BASE_SHA }, files })

const pr = async (number: number, opts: { inputs?: Record<string, string>; event?: string } = {}) =>
  gh.runPullRequest(number, opts)

describe('pull_request', () => {
  /** PR `number` on the strong example, with the API failing as `fault` says. */
  const prFailing = async (number: number, ...fault: Parameters<typeof gh.fail>) => {
    gh.strongAtHead(number)
    gh.fail(...fault)
    return pr(number)
  }

  test('the strong example: conditional, one sticky comment, annotations, summary, outputs, report', async () => {
    gh.setTree(REPO, BASE_SHA, { ...trees.trust(), 'README.md': 'fleet\n' })
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), 'README.md': 'fleet\n', ...trees.strong() })
    gh.pullFiles.set(`${REPO}#11`, filesOf(trees.strong()))

    const run = await pr(11)
    expect(run.stderr).toBe('')
    expect(run.outputs.decision).toBe('conditional')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs['approved-configurations']!)).toContain('reference')
    expect(JSON.parse(run.outputs['excluded-configurations']!)).toContain('regional')
    expect(run.outputs.maturity).toMatch(/^[1-5]$/)
    expect(run.outputs.report).toBe(run.reportPath)
    const report = reportOf(run)
    expect(report.decision).toBe('conditional')
    expect(report.packages[0].path).toBe(PKG)
    expect(report.packages[0].report.result.decision).toBe('conditional')
    expect(run.summary).toContain('update-gate: conditional for')

    const comments = gh.comments.get(`${REPO}#11`)!
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body.startsWith(MARKER)).toBe(true)
    // The bundle's comment and job summary are exactly the reviewed golden Markdown.
    expectGolden('comment-strong.md', comments[0]!.body)
    expectGolden('comment-strong.md', `${MARKER}\n${run.summary}`)
    expect(comments[0]!.body).toContain(PKG)
    expect(gh.seen('POST', /\/issues\/11\/comments$/)).toHaveLength(1)
    // The excluded configuration is annotated on the index, at the exception's line.
    const exclusion = annotations(run.stdout, 'warning').find(
      a => a.props.title === 'update-gate excluded configuration regional'
    )
    expect(exclusion?.props.file).toBe(`${PKG}/update-evidence.yaml`)
    expect(exclusion?.props.line).toBe(
      String(lineOf(join(SEED, 'strong', 'update-evidence.yaml'), 'configuration: regional') - 1)
    )
    // Trust came from the base commit, evidence from the head, both through the API.
    expect(gh.refsRead(TRUST).every(ref => ref === BASE_SHA)).toBe(true)
    expect(gh.indexReadAtHead()).toBe(true)
  })

  test('the same PR again: the comment is updated in place, not duplicated', async () => {
    const before = gh.comments.get(`${REPO}#11`)!
    expect(before).toHaveLength(1)
    before[0]!.body = `${MARKER}\nstale`
    gh.comments
      .get(`${REPO}#11`)!
      .unshift({ id: 5, body: 'LGTM', user: { login: 'olga', type: 'User' } })

    const run = await pr(11)
    expect(run.outputs.decision).toBe('conditional')
    const after = gh.comments.get(`${REPO}#11`)!
    expect(after).toHaveLength(2)
    expect(after.filter(c => c.body.includes(MARKER))).toHaveLength(1)
    expect(after[1]!.body).toContain('update-gate: conditional for')
    expect(gh.seen('POST', /\/comments$/)).toHaveLength(0)
    expect(gh.seen('PATCH', new RegExp(`/issues/comments/${after[1]!.id}$`))).toHaveLength(1)
  })

  test("a person's comment carrying the marker is not adopted: the bot's own is created", async () => {
    gh.strongAtHead(29)
    const forged = `${MARKER}\n## update-gate: approve`
    gh.comments.set(`${REPO}#29`, [
      { id: 77, body: forged, user: { login: 'pr-author', type: 'User' } }
    ])
    const run = await pr(29)
    expect(run.outputs.decision).toBe('conditional')
    expect(gh.seen('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(0)
    const after = gh.comments.get(`${REPO}#29`)!
    expect(after[0]!.body).toBe(forged)
    expect(after).toHaveLength(2)
    expect(after[1]!.user.type).toBe('Bot')
    expect(after[1]!.body).toContain('update-gate: conditional for')
  })

  test('a PR with more than 100 changed files: the compare API of the payload commits lists them, the package is found', async () => {
    const docs = Object.fromEntries(
      Array.from({ length: 140 }, (_, i) => [
        `docs/notes/${String(i).padStart(3, '0')}.md`,
        `note ${i}\n`
      ])
    )
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), ...docs, ...trees.strong() })
    // The package's files come last, on the second page.
    gh.pullFiles.set(`${REPO}#12`, [...filesOf(docs), ...filesOf(trees.strong(), 'modified')])

    const run = await pr(12)
    expect(run.outputs.decision).toBe('conditional')
    // One answer, for the commits the payload names (not the PR as it stands at the run).
    expect(gh.seen('GET', /\/compare\//).map(r => r.path)).toEqual([
      `/repos/${REPO}/compare/${BASE_SHA}...${HEAD_SHA}`
    ])
    expect(gh.seen('GET', /\/pulls\/12\/files$/)).toEqual([])
    expect(reportOf(run).packages.map((p: { path: string }) => p.path)).toEqual([PKG])
  })

  test('renamed and removed files count for the package they were in', async () => {
    // The renamed file is at the head under its new name.
    gh.setTree(REPO, HEAD_SHA, {
      ...trees.trust(),
      ...trees.strong(),
      'docs/new-name.md': 'notes\n'
    })
    gh.pullFiles.set(`${REPO}#13`, [
      { filename: 'docs/old.md', status: 'removed' },
      { filename: 'docs/new-name.md', status: 'renamed', previous_filename: `${PKG}/old-notes.md` }
    ])
    const run = await pr(13)
    expect(run.outputs.decision).toBe('conditional')
    expect(reportOf(run).packages[0].path).toBe(PKG)
  })

  test('a 429 (secondary rate limit) followed by success: retried, same decision', async () => {
    const files = /\/compare\//
    const limited =
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
    const run = await prFailing(14, 'GET', files, 429, limited, { headers: { 'retry-after': '1' } })
    expect(run.outputs.decision).toBe('conditional')
    expect(gh.seen('GET', files).length).toBe(2)
  })

  test('a 403 on commenting: a warning, everything else still happens, the decision is unchanged', async () => {
    const comments = /\/issues\/15\/comments$/
    const run = await prFailing(15, 'POST', comments, 403, 'Resource not accessible by integration')
    expect(run.outputs.decision).toBe('conditional')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /::warning::update-gate: the PR comment was not posted \(.*HTTP 403.*\); the decision is unchanged/
    )
    expect(run.summary).toContain('update-gate: conditional for')
    expect(existsSync(run.reportPath)).toBe(true)
    expect(gh.seen('POST', comments)).toHaveLength(1)
  })

  test('a PR that edits the trust file: judged with the base trust, flagged, cannot pass', async () => {
    gh.setTree(REPO, HEAD_SHA, { ...trees.trustWithoutKeys(), ...trees.strong() })
    gh.pullFiles.set(`${REPO}#16`, [
      ...filesOf(trees.strong()),
      { filename: TRUST, status: 'modified' }
    ])
    const run = await pr(16, { inputs: { 'fail-on': 'never' } })
    expect(run.outputs.decision).toBe('reject')
    expect(run.code).toBe(0) // fail-on: never
    const report = reportOf(run)
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain('gate.trust_changed')
    // The built-in policy sees input.change and blocks too.
    const pkgReport = report.packages[0].report
    expect(pkgReport.result.decision).toBe('reject')
    expect(pkgReport.result.findings.map((f: { rule: string }) => f.rule)).toContain(
      'change.gate_configuration_modified'
    )
    // The base trust judged it: with the head's empty key list the signature could not verify.
    expect(pkgReport.result.controls.find((c: { id: string }) => c.id === 'signing').result).toBe(
      'pass'
    )
    expect(trustChangedFile(run.stdout)).toBe(TRUST)
    expect(gh.comments.get(`${REPO}#16`)![0]!.body).toContain('gate.trust\\_changed') // Markdown-escaped
    expect(gh.refsRead(TRUST)).toEqual([BASE_SHA])
  })

  test('a PR that edits the policy file: the base version decides, the change is flagged', async () => {
    gh.setTree(REPO, BASE_SHA, { ...trees.trust(), [POLICY]: builtInPolicyWasm() })
    gh.setTree(REPO, HEAD_SHA, {
      ...trees.trust(),
      [POLICY]: Buffer.from('not wasm'),
      ...trees.strong()
    })
    gh.pullFiles.set(`${REPO}#20`, [
      ...filesOf(trees.strong()),
      { filename: POLICY, status: 'modified' }
    ])
    const run = await pr(20, { inputs: { policy: POLICY } })
    expect(run.outputs.decision).toBe('reject')
    const report = reportOf(run)
    expect(report.policy).toBe(`${POLICY} at ${BASE_SHA}`)
    // Named by repository path and commit, never by the temp copy.
    expect(report.packages[0].report.policy.name).toBe(`${POLICY} at ${BASE_SHA}`)
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'gate.trust_changed', file: POLICY })
    ])
    const policyReads = gh.refsRead(POLICY)
    expect(policyReads.length).toBeGreaterThan(0)
    expect(policyReads.every(ref => ref === BASE_SHA)).toBe(true)
  })

  const DATA = '.github/update-gate/requirements.json'
  const twoApprovals = JSON.stringify({ update_gate: { requirements: { requiredApprovals: 2 } } })

  test('a data file from the base commit overrides the requirements: strong is rejected', async () => {
    gh.setTree(REPO, BASE_SHA, { ...trees.trust(), [DATA]: twoApprovals })
    // The head's version (which would keep one approval) is not the one read.
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), [DATA]: '{}', ...trees.strong() })
    gh.pullFiles.set(`${REPO}#21`, filesOf(trees.strong()))
    const run = await pr(21, { inputs: { data: DATA, comment: 'false' } })
    expect(run.outputs.decision).toBe('reject') // conditional without the data file
    const report = reportOf(run)
    expect(report.data).toEqual([`${DATA} at ${BASE_SHA}`])
    expect(report.findings).toEqual([])
    const pkgReport = report.packages[0].report
    expect(pkgReport.result.findings.map((f: { rule: string }) => f.rule)).toContain(
      'approval.insufficient_approvals'
    )
    expect(Object.keys(pkgReport.inputDigests).some(k => k.startsWith('data:'))).toBe(true)
    expect(gh.refsRead(DATA)).toEqual([BASE_SHA])
  })

  test('a PR that edits a data file: the base version decides, the change is flagged', async () => {
    const PARAMS = '.github/update-gate/params.yaml'
    const params = 'update_gate:\n  parameters:\n    ops: { window: none }\n'
    gh.setTree(REPO, BASE_SHA, { ...trees.trust(), [PARAMS]: params, [DATA]: '{}' })
    gh.setTree(REPO, HEAD_SHA, {
      ...trees.trust(),
      [PARAMS]: params,
      [DATA]: twoApprovals,
      ...trees.strong()
    })
    gh.pullFiles.set(`${REPO}#22`, [
      ...filesOf(trees.strong()),
      { filename: DATA, status: 'modified' }
    ])
    const run = await pr(22, { inputs: { data: `${PARAMS}\n${DATA}`, comment: 'false' } })
    expect(run.outputs.decision).toBe('reject')
    const report = reportOf(run)
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'gate.trust_changed', file: DATA })
    ])
    const pkgReport = report.packages[0].report
    const rules = pkgReport.result.findings.map((f: { rule: string }) => f.rule)
    expect(rules).toContain('change.gate_configuration_modified')
    // Judged with the base's empty data file: the one required approval is there.
    expect(rules).not.toContain('approval.insufficient_approvals')
    expect(trustChangedFile(run.stdout)).toBe(DATA)
    expect(gh.refsRead(DATA).every(ref => ref === BASE_SHA)).toBe(true)
  })

  test('a data path that leaves the repository is an error', async () => {
    gh.strongAtHead(23)
    const run = await pr(23, { inputs: { data: '../secrets.json', comment: 'false' } })
    expect(run.outputs.decision).toBe('error')
    expect(run.stdout).toMatch(/::error::update-gate: error: \.\.\/secrets\.json: input data: /)
    expect(gh.seen('GET', /\/contents\/\.\.\//)).toHaveLength(0)
  })

  test('pull_request_target from a fork: evidence from the fork head, trust from the base', async () => {
    gh.setTree('mallory/ic22-fleet', HEAD_SHA, { ...trees.strong() })
    gh.pullFiles.set(`${REPO}#17`, filesOf(trees.strong()))
    const run = await gh.runEvent('pull_request_target', payloads.prFromFork(17, 'mallory'))
    expect(run.outputs.decision).toBe('conditional')
    expect(gh.seen('GET', /^\/repos\/mallory\/ic22-fleet\/contents\//).length).toBeGreaterThan(0)
    expect(gh.seen('GET', new RegExp(`^/repos/${REPO}/contents/${TRUST}$`))).toHaveLength(1)
  })

  test('an API failure is an error, never an approval', async () => {
    const run = await prFailing(18, 'GET', /\/compare\//, 401, 'Bad credentials')
    expect(run.outputs.decision).toBe('error')
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::update-gate: error: GitHub API comparing bbbbbbb\.\.\.ccccccc \(PR #18\) failed: HTTP 401/
    )
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /) // no stack trace
  })

  test.each([
    [
      'a file that is no object',
      /\/compare\//,
      compared(['x']),
      'comparing bbbbbbb...ccccccc (PR #24): entry 0 has no valid file'
    ],
    [
      'a file without a filename',
      /\/compare\//,
      compared([{ filename: 7, status: 'added' }]),
      'comparing bbbbbbb...ccccccc (PR #24): entry 0 has no valid filename'
    ],
    [
      'a renamed file whose old name is no string',
      /\/compare\//,
      compared([{ filename: `${PKG}/a`, status: 'renamed', previous_filename: [] }]),
      'comparing bbbbbbb...ccccccc (PR #24): entry 0 has no valid previous_filename'
    ],
    [
      'a comparison without its merge base',
      /\/compare\//,
      { files: [] },
      'comparing bbbbbbb...ccccccc (PR #24): the answer has an unexpected shape, not a comparison with its merge base commit and a list of files'
    ],
    [
      'a directory entry that is no object',
      new RegExp(`/contents/${PKG}$`),
      [null],
      `listing ${PKG} at ${HEAD_SHA}: entry 0 has no valid entry`
    ]
  ])(
    'an API answer of the wrong shape (%s) is an error naming the entry, never an approval',
    async (_, path, body, message) => {
      gh.strongAtHead(24)
      gh.faults.push({ method: 'GET', path, status: 200, body })
      const run = await pr(24, { inputs: { comment: 'false' } })
      expect(run.outputs.decision).toBe('error')
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(`::error::update-gate: error: GitHub API ${message}`)
      expect(run.stdout + run.stderr).not.toMatch(/internal error|\n\s+at /)
    }
  )

  test('a comment list of the wrong shape leaves the decision as it is and says why no comment was posted', async () => {
    gh.strongAtHead(25)
    gh.faults.push({
      method: 'GET',
      path: /\/issues\/25\/comments$/,
      status: 200,
      body: [{ id: 'x' }]
    })
    const run = await pr(25)
    expect(run.outputs.decision).toBe('conditional')
    expect(run.stdout).toContain(
      'GitHub API listing the comments of PR #25: entry 0 has no valid id'
    )
    expect(gh.comments.get(`${REPO}#25`) ?? []).toHaveLength(0)
  })

  test('a PR that touches no evidence package: decision none, no comment', async () => {
    gh.setTree(REPO, HEAD_SHA, { ...trees.trust(), 'README.md': 'x\n' })
    gh.pullFiles.set(`${REPO}#19`, [{ filename: 'README.md', status: 'modified' }])
    const run = await pr(19)
    expect(run.outputs.decision).toBe('none')
    expect(run.code).toBe(0)
    expect(gh.comments.get(`${REPO}#19`) ?? []).toHaveLength(0)
  })
})

describe('release', () => {
  const release = (id: number, tag: string) =>
    gh.runEvent('release', payloads.release(id, tag), { evidence: PKG })

  test.each([
    ['an asset that is no object', [7], 'entry 0 has no valid asset'],
    ['an asset without an id', [{ name: 'a.bin' }], 'entry 0 has no valid id'],
    ['an asset whose name is no string', [{ id: 1, name: null }], 'entry 0 has no valid name'],
    [
      'an asset whose digest is no string',
      [{ id: 1, name: 'a.bin', digest: 5 }],
      'entry 0 has no valid digest'
    ]
  ])(
    'an asset list of the wrong shape (%s) is an error naming the entry',
    async (_, body, message) => {
      gh.setRelease(26, 'v5.4.3-shape')
      gh.faults.push({ method: 'GET', path: /\/releases\/26\/assets$/, status: 200, body })
      const run = await release(26, 'v5.4.3-shape')
      expect(run.outputs.decision).toBe('error')
      expect(run.stdout).toContain(
        `::error::update-gate: error: GitHub API listing the assets of release v5.4.3-shape: ${message}`
      )
      expect(run.stdout + run.stderr).not.toMatch(/internal error|\n\s+at /)
    }
  )

  test('valid assets: downloaded, digests checked, the policy decides (conditional for the strong example)', async () => {
    gh.setRelease(21, 'v5.4.3')
    const run = await release(21, 'v5.4.3')
    expect(run.outputs.decision).toBe('conditional')
    expect(run.summary).toContain('update-gate: conditional for')
    expect(gh.seen('GET', /\/releases\/21\/assets$/)).toHaveLength(1)
    expect(gh.seen('GET', /^\/storage\/asset-21\d\d$/)).toHaveLength(
      Object.keys(trees.strongArtifacts()).length
    )
    // The default branch is resolved once; the configuration is read at that commit.
    expect(gh.refsRead(TRUST)).toEqual([MAIN_SHA])
    expect(reportOf(run).trust).toBe(`${TRUST} at ${MAIN_SHA}`)
  })

  test('the package taken from the release assets themselves (no evidence input)', async () => {
    gh.onDefaultBranch(trees.trust())
    const flat = Object.fromEntries(
      Object.entries(readTree(join(SEED, 'strong'))).map(([p, b]) => [posix.basename(p), b])
    )
    gh.releaseAssets.set(
      `${REPO}#24`,
      Object.entries(flat).map(([name, bytes], i) => ({ id: 2400 + i, name, bytes }))
    )
    const run = await gh.runEvent('release', payloads.release(24, 'v5.4.3-flat'))
    expect(run.outputs.decision).toBe('conditional')
    expect(reportOf(run).packages[0].path).toBe('release v5.4.3-flat assets')
  })

  test('an asset one byte off from the signed manifest: reject', async () => {
    const assets = trees.strongArtifacts()
    const [name, bytes] = Object.entries(assets)[0]!
    const changed = Buffer.from(bytes)
    changed[changed.length - 1] = changed[changed.length - 1]! ^ 0x01
    gh.setRelease(22, 'v5.4.3-bad', { assets: { ...assets, [name]: changed } })
    const run = await release(22, 'v5.4.3-bad')
    expect(run.outputs.decision).toBe('reject')
    expect(run.code).toBe(1)
  })

  test('downloaded bytes that differ from the digest GitHub reports: error', async () => {
    const name = Object.keys(trees.strongArtifacts())[0]!
    gh.setRelease(23, 'v5.4.3-mitm', { digests: { [name]: `sha256:${'0'.repeat(64)}` } })
    const run = await release(23, 'v5.4.3-mitm')
    expect(run.outputs.decision).toBe('error')
    expect(run.stdout).toMatch(
      new RegExp(`release asset ${name.replace(/\./g, '\\.')}: downloaded bytes have sha256`)
    )
  })
})

describe('workflow_dispatch (workspace)', () => {
  /** `event` with this checkout as the workspace: the strong example judged with `trust`. */
  const inCheckout = (event: string, trust: string) =>
    gh.runEvent(
      event,
      webhookExample(event),
      { evidence: 'examples/seed/strong', trust },
      {
        workspace: ROOT
      }
    )

  test('evaluates the evidence path in the workspace, no API calls', async () => {
    const run = await inCheckout('workflow_dispatch', 'examples/seed/trust.yaml')
    expect(run.outputs.decision).toBe('conditional')
    expect(gh.requests).toHaveLength(0)
  })

  test('data files from the workspace change the decision and are named by their path', async () => {
    const run = await gh.dispatchInSeedWorkspace({ data: 'gate-data.yaml' }, workspace =>
      writeFileSync(
        join(workspace, 'gate-data.yaml'),
        'update_gate:\n  requirements:\n    requiredApprovals: 2\n'
      )
    )
    expect(run.outputs.decision).toBe('reject')
    const report = readFileSync(run.reportPath, 'utf8')
    expect(report).toContain('approval.insufficient_approvals')
    expect(report).toContain('"data:gate-data.yaml in the workspace"')
    expect(gh.requests).toHaveLength(0)
  })

  test('a run whose event loop empties before the decision fails the step, never passes in silence', async () => {
    // Eager wasm compilation runs on V8's background jobs, which do not keep Node's event loop
    // alive: the run is left waiting on a compilation that never reports back.
    const run = await gh.runEvent(
      'workflow_dispatch',
      webhookExample('workflow_dispatch'),
      { evidence: 'examples/seed/strong', trust: 'examples/seed/trust.yaml' },
      { workspace: ROOT, nodeOptions: ['--no-wasm-lazy-compilation'] }
    )
    if (run.code === 0) {
      expect(run.outputs.decision).toBe('conditional')
    } else {
      expect(run.code).toBe(1)
      expect(run.outputs.decision).toBeUndefined()
      expect(errorLines(run.stdout)).toEqual([
        'update-gate: internal error: the run ended with work still pending, before any decision'
      ])
    }
  })

  // With several entries, each once counted only if it matched: the others were approved alone.
  test.each([
    ['seed/strong,nope/pkg', 'nope/pkg: input evidence: not found in the workspace'],
    ['seed/strong\nnope', 'nope: input evidence: not found in the workspace'],
    [
      'seed/strong,seed/trust.yaml',
      'seed/trust.yaml: input evidence: is a file; expected an evidence package directory'
    ],
    [
      'seed/keys',
      'seed/keys: input evidence: has no update-evidence.yaml; expected an evidence package directory'
    ],
    [
      'seed/strong,seed/keys',
      'seed/keys: input evidence: has no update-evidence.yaml; expected an evidence package directory'
    ],
    ['seed/strong,outside', 'outside: input evidence: resolves outside the workspace'],
    [
      'seed/strong,seed/nope*',
      'seed/nope*: input evidence: no directory holding update-evidence.yaml matches it'
    ]
  ])(
    'evidence %j: every entry must name a package, or the run is an error',
    async (evidence, line) => {
      const run = await gh.dispatchInSeedWorkspace({ evidence }, workspace =>
        symlinkSync(tmpdir(), join(workspace, 'outside'))
      )
      expect(run.outputs.decision).toBe('error')
      expect(run.code).toBe(1)
      expect(errorLines(run.stdout)).toEqual([`update-gate: error: ${line}`])
    }
  )

  test('several entries naming packages: each is judged once, in the order given', async () => {
    const run = await gh.dispatchInSeedWorkspace(
      { evidence: 'seed/strong,seed/b*,seed/better' },
      () => {}
    )
    expect(reportOf(run).packages.map((p: { path: string }) => p.path)).toEqual([
      'seed/strong',
      'seed/better'
    ])
  })

  test('a glob finds a package however deep it lies', async () => {
    const deep = 'seed/a/b/c/d/e/f/g/h/i/j/k/l/m/weak'
    const run = await gh.dispatchInSeedWorkspace({ evidence: 'seed/**' }, workspace =>
      cpSync(join(workspace, 'seed/weak'), join(workspace, deep), { recursive: true })
    )
    expect(reportOf(run).packages.map((p: { path: string }) => p.path)).toContain(deep)
    expect(run.outputs.decision).toBe('reject')
  })

  test('a search for packages that reads too many directories is an error, not a pass', async () => {
    const run = await gh.dispatchInSeedWorkspace({ evidence: 'seed/**' }, workspace => {
      for (let i = 0; i < 20_001; i++)
        mkdirSync(join(workspace, 'seed/many', String(i)), { recursive: true })
    })
    expect(run.outputs.decision).toBe('error')
    expect(run.code).toBe(1)
    expect(errorLines(run.stdout)).toEqual([
      expect.stringMatching(
        /^update-gate: error: seed\/\*\*: input evidence: the search for evidence packages read 20000 directories without an end \(at seed\/many\/\d+\); name the packages, or a narrower glob such as evidence\/\*\*, so that none is missed$/
      )
    ])
  })

  test('a trust path outside the workspace is an error naming the input', async () => {
    const run = await inCheckout('push', '../../etc/passwd')
    expect(run.outputs.decision).toBe('error')
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::update-gate: error: \.\.\/\.\.\/etc\/passwd: input trust: /
    )
  })
})

describe('the report and SARIF files', () => {
  const seedFiles = (workspace: string) => readTree(join(workspace, 'seed'))
  const escaped = join(tmpdir(), `update-gate-escaped-${process.pid}.json`)

  // Each once wrote where it was told, over the judged files too, or failed with a warning only.
  test.each([
    [{ report: 'outdir' }, 'outdir: input report: is a directory; expected a file path'],
    [{ 'sarif-file': 'outdir' }, 'outdir: input sarif-file: is a directory; expected a file path'],
    [
      { report: '../escaped-report.json' },
      '../escaped-report.json: input report: expected a path inside the workspace, without ".." segments'
    ],
    [
      { 'sarif-file': '../escaped.sarif' },
      '../escaped.sarif: input sarif-file: expected a path inside the workspace, without ".." segments'
    ],
    [
      { report: escaped },
      `${escaped}: input report: resolves outside the workspace and RUNNER_TEMP; expected a path inside one of them`
    ],
    [
      { report: 'seed/trust.yaml' },
      'seed/trust.yaml: input report: would overwrite seed/trust.yaml (input trust), which the gate reads'
    ],
    [
      { report: 'trust-link.json' },
      'trust-link.json: input report: would overwrite seed/trust.yaml (input trust), which the gate reads'
    ],
    [
      { report: 'seed/strong/update-evidence.yaml' },
      'seed/strong/update-evidence.yaml: input report: would write into the evidence package seed/strong, whose files the gate reads'
    ],
    [
      { 'sarif-file': 'seed/strong/update-evidence.yaml' },
      'seed/strong/update-evidence.yaml: input sarif-file: would write into the evidence package seed/strong, whose files the gate reads'
    ],
    [
      { 'sarif-file': 'seed/strong/results.sarif' },
      'seed/strong/results.sarif: input sarif-file: would write into the evidence package seed/strong, whose files the gate reads'
    ],
    [
      { data: 'gate-data.yaml', report: 'gate-data.yaml' },
      'gate-data.yaml: input report: would overwrite gate-data.yaml (input data), which the gate reads'
    ],
    [
      { policy: 'seed/keys', report: 'seed/keys/report.json' },
      'seed/keys/report.json: input report: would write into seed/keys (input policy), which the gate reads'
    ],
    [
      { 'approved-reports': 'retained', 'sarif-file': 'retained/new.json' },
      'retained/new.json: input sarif-file: would write into retained (input approved-reports), which the gate reads'
    ]
  ])('%j: an error naming the input, nothing overwritten', async (inputs, line) => {
    let before: Record<string, Buffer> = {}
    const run = await gh.dispatchInSeedWorkspace(
      inputs,
      workspace => {
        mkdirSync(join(workspace, 'outdir'))
        mkdirSync(join(workspace, 'retained'))
        writeFileSync(join(workspace, 'gate-data.yaml'), 'update_gate: {}\n')
        symlinkSync(join(workspace, 'seed/trust.yaml'), join(workspace, 'trust-link.json'))
        before = seedFiles(workspace)
      },
      workspace => {
        expect(seedFiles(workspace)).toEqual(before)
        expect(readFileSync(join(workspace, 'gate-data.yaml'), 'utf8')).toBe('update_gate: {}\n')
        expect(readdirSync(join(workspace, 'retained'))).toEqual([])
      }
    )
    expect(run.outputs.decision).toBe('error')
    expect(run.code).toBe(1)
    expect(errorLines(run.stdout)).toEqual([`update-gate: error: ${line}`])
    expect(existsSync(escaped)).toBe(false)
  })

  // RUNNER_TEMP=/dev lets the report go to /dev/full, whose every write fails (ENOSPC).
  test.each([
    [
      { report: '/dev/full' },
      '/dev/full: input report: cannot be written: ENOSPC: no space left on device',
      ''
    ],
    [
      { report: '/dev/null', 'sarif-file': '/dev/full' },
      '/dev/full: input sarif-file: cannot be written: ENOSPC: no space left on device',
      '/dev/null'
    ]
  ])(
    '%j that cannot be written: the run is an error, the outputs still say so',
    async (inputs, line, report) => {
      const run = await gh.runEvent(
        'workflow_dispatch',
        webhookExample('workflow_dispatch'),
        { evidence: 'examples/seed/strong', trust: 'examples/seed/trust.yaml', ...inputs },
        { workspace: ROOT, env: { RUNNER_TEMP: '/dev' } }
      )
      expect(run.code).toBe(1)
      expect(errorLines(run.stdout)).toEqual([`update-gate: error: ${line}`])
      expect(run.outputs.decision).toBe('error')
      expect(run.outputs.maturity).toBe('')
      expect(run.outputs.report).toBe(report)
      expect(run.summary).toContain(`Error: ${line}`)
    }
  )

  test('a report written before a file that fails says error too, with the line that failed', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'update-gate-workspace-'))
    try {
      cpSync(join(ROOT, 'examples/seed'), join(workspace, 'seed'), { recursive: true })
      const run = await gh.runEvent(
        'workflow_dispatch',
        webhookExample('workflow_dispatch'),
        {
          evidence: 'seed/strong',
          trust: 'seed/trust.yaml',
          report: 'out/report.json',
          'sarif-file': '/dev/full'
        },
        { workspace, env: { RUNNER_TEMP: '/dev' } }
      )
      const line =
        'update-gate: error: /dev/full: input sarif-file: cannot be written: ENOSPC: no space left on device'
      expect(run.code).toBe(1)
      expect(run.outputs.decision).toBe('error')
      expect(run.outputs.report).toBe(join(workspace, 'out/report.json'))
      const report = JSON.parse(readFileSync(join(workspace, 'out/report.json'), 'utf8')) as {
        decision: string
        error?: string
        packages: { report?: unknown }[]
      }
      expect(report.decision).toBe('error')
      expect(report.error).toBe(line)
      // The packages' own reports are kept: nothing the gate found is lost.
      expect(report.packages).toHaveLength(1)
      expect(report.packages[0]?.report).toBeDefined()
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })

  test('relative paths in the workspace and absolute ones under RUNNER_TEMP are written', async () => {
    let workspace = ''
    const run = await gh.dispatchInSeedWorkspace(
      { report: 'out/report.json', 'sarif-file': 'update-gate.sarif' },
      dir => (workspace = dir),
      dir => expect(existsSync(join(dir, 'update-gate.sarif'))).toBe(true)
    )
    expect(run.code).toBe(0)
    expect(run.outputs.report).toBe(join(workspace, 'out/report.json'))
  })
})
