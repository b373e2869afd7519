/**
 * Custom policies end to end: the example policies extend the built-in one and change the seed
 * decisions; `update-gate policy init|test|build` take a team from an empty folder to a tested
 * rule; bad policies are errors with a clear message, never an approval.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { cli, evaluateArgs } from './support/cli.js'
import { runGate } from '../src/gate.js'
import { InProcessRunner, openRunner } from '../src/evaluate/runner.js'
import { WorkerRunner } from '../src/evaluate/worker-runner.js'
import {
  compileModule,
  instantiatePolicy,
  memoryFor,
  needsNewInstance
} from '../src/evaluate/wasm-policy.js'
import { readWasmBundle } from '../src/authoring/bundle.js'
import { readPolicy, stageSources } from '../src/authoring/policy-source.js'
import type { GateError } from '../src/shared/errors.js'
import { copySeed, edit, gateError, REPO, SEED, SEED_TRUST, EVAL_TIME, tempDir } from './helpers.js'
import type { GateReport } from '../src/contracts/report.js'

const POLICIES = path.join(REPO, 'examples/policies')

/** A gzipped tar of `entries` (name, bytes) in a new temporary file. */
async function tarGz(entries: [string, Buffer][]): Promise<string> {
  const { pack } = await import('tar-stream')
  const { gzipSync } = await import('node:zlib')
  const tar = pack()
  const chunks: Buffer[] = []
  tar.on('data', c => chunks.push(c as Buffer))
  for (const [name, body] of entries) tar.entry({ name }, body)
  tar.finalize()
  await new Promise<void>(resolve => tar.on('end', () => resolve()))
  const file = path.join(tempDir(), 'bundle.tar.gz')
  writeFileSync(file, gzipSync(Buffer.concat(chunks)))
  return file
}

/** The entries (name, bytes) of a gzipped tar, in order. */
async function tarEntries(file: string): Promise<[string, Buffer][]> {
  const { extract } = await import('tar-stream')
  const { gunzipSync } = await import('node:zlib')
  const entries: [string, Buffer][] = []
  const reading = extract()
  reading.on('entry', (header, stream, next) => {
    const chunks: Buffer[] = []
    stream.on('data', (c: unknown) => chunks.push(c as Buffer))
    stream.on('end', () => {
      entries.push([header.name, Buffer.concat(chunks)])
      next()
    })
  })
  await new Promise<void>(resolve => {
    reading.on('finish', () => resolve())
    reading.end(gunzipSync(readFileSync(file)))
  })
  return entries
}
const FREEZE_DATA = path.join(POLICIES, 'freeze-window/freeze.yaml')

// opa is on PATH: test/support/global-setup.mjs builds it once (scripts/install-policy-tools.sh).

async function decide(
  example: string,
  policy: string | undefined,
  options: { at?: string; data?: string[] } = {}
): Promise<{ decision: string; configurations: Record<string, string>; rules: string[] }> {
  const report = await runGate({
    packageDir: path.join(SEED, example),
    trustFile: SEED_TRUST,
    evaluationTime: options.at ?? EVAL_TIME,
    ...(policy ? { policy } : {}),
    dataFiles: options.data ?? []
  })
  return {
    decision: report.result.decision,
    configurations: Object.fromEntries(report.result.configurations.map(c => [c.id, c.result])),
    rules: report.result.findings.map(f => f.rule)
  }
}

describe('example policies change the seed decisions', () => {
  it.each([
    [
      'two-approvers: strong and all-tested become reject',
      'two-approvers',
      'two_approvers.too_few',
      { 'all-tested': 'reject', weak: 'reject' }
    ],
    [
      'safety-critical: strong (regional at level 3, excluded) becomes reject; all-tested stays approve',
      'safety-critical',
      'safety_critical.maturity_below_5',
      { 'all-tested': 'approve', better: 'reject' }
    ]
  ])('%s', async (_title, name, rule, others) => {
    const policy = path.join(POLICIES, name)
    const strong = await decide('strong', policy)
    expect(strong.decision).toBe('reject')
    expect(strong.rules).toContain(rule)
    for (const [example, decision] of Object.entries(others))
      expect({ [example]: (await decide(example, policy)).decision }).toEqual({
        [example]: decision
      })
  })

  it('two-approvers: a data file lowering the minimum restores the built-in outcome', async () => {
    expect((await decide('strong', undefined)).decision).toBe('conditional')
    const data = path.join(tempDir(), 'one.yaml')
    writeFileSync(data, 'update_gate:\n  parameters:\n    two_approvers:\n      minimum: 1\n')
    const policy = path.join(POLICIES, 'two-approvers')
    expect((await decide('strong', policy, { data: [data] })).decision).toBe('conditional')
  })

  it('freeze-window: all-tested approve outside, conditional in the regional window, reject in the year-end freeze', async () => {
    const policy = path.join(POLICIES, 'freeze-window')
    const data = [FREEZE_DATA]
    expect((await decide('all-tested', policy, { data })).decision).toBe('approve')
    const regional = await decide('all-tested', policy, { data, at: '2026-12-05T00:00:00Z' })
    expect(regional.decision).toBe('conditional')
    expect(regional.configurations).toEqual({ reference: 'approved', regional: 'excluded' })
    const frozen = await decide('all-tested', policy, { data, at: '2026-12-20T00:00:00Z' })
    expect(frozen.decision).toBe('reject')
    expect(frozen.rules).toContain('freeze_window.frozen')
    // The same time without the policy: the built-in policy approves.
    expect((await decide('all-tested', undefined, { at: '2026-12-20T00:00:00Z' })).decision).toBe(
      'approve'
    )
  })

  it('all three together (the examples/policies directory) reject strong', async () => {
    const all = await decide('strong', POLICIES, { data: [FREEZE_DATA] })
    expect(all.decision).toBe('reject')
    expect(all.rules).toEqual(
      expect.arrayContaining(['two_approvers.too_few', 'safety_critical.maturity_below_5'])
    )
  })

  it('a data file overrides the trust requirements (update_gate.requirements)', async () => {
    const data = path.join(tempDir(), 'req.json')
    writeFileSync(data, JSON.stringify({ update_gate: { requirements: { requiredApprovals: 2 } } }))
    const strong = await decide('strong', undefined, { data: [data] })
    expect(strong.decision).toBe('reject')
    expect(strong.rules).toContain('approval.insufficient_approvals')
  })

  it('a data file that weakens the trust file requirements: a blocking violation each, a warning where the trust file allows it', async () => {
    const seed = copySeed()
    const lift = path.join(seed, 'lift.yaml')
    writeFileSync(lift, 'update_gate:\n  requirements:\n    requiredControls: []\n    minimumMaturity: 1\n    requiredApprovals: 0\n') // prettier-ignore
    const weakened = (report: GateReport) =>
      report.result.findings.filter(f => f.rule === 'decision.requirement_weakened')
    const evaluate = (example: string, data: string) =>
      runGate({
        packageDir: path.join(seed, example),
        trustFile: path.join(seed, 'trust.yaml'),
        evaluationTime: EVAL_TIME,
        dataFiles: [data]
      })
    // The seed's weak package (an assertion only) was approved with every requirement lifted.
    const weak = await evaluate('weak', lift)
    expect(weak.result.decision).toBe('reject')
    expect(weakened(weak).map(f => [f.severity, f.control, f.message])).toEqual([
      ['violation', 'requirements', 'a data file leaves affected-versions out of requirements.requiredControls, which the trust file requires (its findings would no longer block); the trust file owns the requirements: to allow it, name requiredControls under requirementOverrides.mayWeaken in the trust file'],
      ['violation', 'requirements', expect.stringMatching(/^a data file leaves approval out of requirements\.requiredControls/)],
      ['violation', 'requirements', expect.stringMatching(/^a data file leaves notification out/)],
      ['violation', 'requirements', expect.stringMatching(/^a data file leaves provenance out/)],
      ['violation', 'requirements', expect.stringMatching(/^a data file leaves retention out/)],
      ['violation', 'requirements', expect.stringMatching(/^a data file leaves rollback-recovery out/)],
      ['violation', 'requirements', expect.stringMatching(/^a data file leaves signing out/)],
      ['violation', 'requirements', 'a data file lowers requirements.minimumMaturity from 4 (the trust file\'s) to 1; the trust file owns the requirements: to allow it, name minimumMaturity under requirementOverrides.mayWeaken in the trust file'],
      ['violation', 'requirements', expect.stringMatching(/^a data file lowers requirements\.requiredApprovals from 1 \(the trust file's\) to 0;/)]
    ]) // prettier-ignore
    // Allowed by the trust file: reported as a warning, the decision as the data file says.
    writeFileSync(path.join(seed, 'trust.yaml'), `${readFileSync(path.join(seed, 'trust.yaml'), 'utf8')}requirementOverrides:\n  mayWeaken: [requiredApprovals]\n`) // prettier-ignore
    const noApproval = path.join(seed, 'no-approval.yaml')
    writeFileSync(noApproval, 'update_gate:\n  requirements:\n    requiredApprovals: 0\n')
    const allowed = await evaluate('all-tested', noApproval)
    expect(allowed.result.decision).toBe('approve')
    expect(weakened(allowed).map(f => [f.severity, f.message])).toEqual([
      ['warning', "a data file lowers requirements.requiredApprovals from 1 (the trust file's) to 0; the trust file allows it (requirementOverrides.mayWeaken names requiredApprovals)"]
    ]) // prettier-ignore
    expect((await evaluate('weak', lift)).result.decision).toBe('reject')
    // A key that is no requirement is refused in the trust file, naming it.
    edit(path.join(seed, 'trust.yaml'), 'mayWeaken: [requiredApprovals]', 'mayWeaken: [quorum]')
    const e = await gateError(() => evaluate('all-tested', noApproval))
    expect([e.code, e.field]).toEqual(['SCHEMA_VIOLATION', 'requirementOverrides.mayWeaken[0]'])
  })

  it('refuses data files that would shadow the policy or set unknown requirements', async () => {
    const dir = tempDir()
    const bad = [
      ['shadow.yaml', 'update_gate:\n  decision: {}\n', 'update_gate.decision'],
      [
        'req.yaml',
        'update_gate:\n  requirements:\n    minimumMaturity: 9\n',
        'update_gate.requirements.minimumMaturity'
      ],
      [
        'unknown.yaml',
        'update_gate:\n  requirements:\n    quorum: 2\n',
        'update_gate.requirements.quorum'
      ]
    ]
    for (const [name, text, field] of bad) {
      const file = path.join(dir, name!)
      writeFileSync(file, text!)
      const e = await gateError(() => decide('strong', undefined, { data: [file] }))
      expect(e.code).toBe('SCHEMA_VIOLATION')
      expect(e.field).toBe(field)
    }
  })

  it('every example _test.rego passes under `update-gate policy test`', async () => {
    for (const name of ['two-approvers', 'safety-critical', 'freeze-window']) {
      const r = await cli(['policy', 'test', path.join(POLICIES, name)])
      expect(r.stderr).toBe('')
      expect(r.stdout).toMatch(/PASS: (\d+)\/\1/)
      expect(r.code).toBe(0)
    }
  })
})

describe('update-gate policy init -> test -> build -> evaluate', () => {
  it('scaffolds from the shipped template, tests, builds and changes a decision', async () => {
    const dir = path.join(tempDir(), 'ops-team')
    const init = await cli(['policy', 'init', dir])
    expect(init.code).toBe(0)
    expect(init.stdout).toContain('update_gate.custom.ops_team')
    const rego = readFileSync(path.join(dir, 'ops_team.rego'), 'utf8')
    expect(rego).toContain('package update_gate.custom.ops_team')
    expect(rego).not.toContain('__TEAM__')
    expect(readFileSync(path.join(dir, 'schemas/policy-output.schema.json'), 'utf8')).toBe(
      readFileSync(path.join(REPO, 'schemas/policy-output.schema.json'), 'utf8')
    )
    // A second init never overwrites.
    expect((await cli(['policy', 'init', dir])).code).toBe(2)

    const tested = await cli(['policy', 'test', dir])
    expect(tested.code).toBe(0)
    expect(tested.stdout).toContain('PASS: 3/3')

    // The team changes its parameters: the product is no longer allowed.
    writeFileSync(
      path.join(dir, 'data.yaml'),
      readFileSync(path.join(dir, 'data.yaml'), 'utf8').replace('[IC-22]', '[IC-30]')
    )
    expect((await cli(evaluateArgs('all-tested'))).code).toBe(0)
    /** all-tested under `policy` with the team's data file, as a JSON report. */
    const withTeam = (policy: string) =>
      cli(
        evaluateArgs(
          'all-tested',
          '--policy',
          policy,
          '--data',
          path.join(dir, 'data.yaml'),
          '--format',
          'json'
        )
      )
    const rejected = await withTeam(dir)
    expect(rejected.code).toBe(1)
    expect(JSON.parse(rejected.stdout).result.decision).toBe('reject')

    const bundle = path.join(path.dirname(dir), 'bundle.tar.gz')
    const built = await cli(['policy', 'build', dir, '-o', bundle])
    expect(built.code).toBe(0)
    expect(built.stdout).toContain('extends the built-in policy')
    const fromBundle = await withTeam(bundle)
    expect(JSON.parse(fromBundle.stdout).result.decision).toBe('reject')
  })

  it("a prebuilt bundle that holds the built-in policy is refused unless its stamp names this gate's built-in sources (one built by another version would decide without this one's rules)", async () => {
    const built = path.join(tempDir(), 'two.tar.gz')
    const two = path.join(REPO, 'examples/policies/two-approvers')
    expect((await cli(['policy', 'build', two, '-o', built])).code).toBe(0)
    const loaded = await readPolicy(built)
    expect(loaded.name).toBe(built)
    expect(Object.keys(loaded.data)).not.toContain('update-gate-build') // no policy reads it
    // The bundle's entries, as opa wrote them.
    const entries = await tarEntries(built)
    const rewritten = (change: (e: [string, Buffer][]) => [string, Buffer][]) =>
      tarGz(change(entries))
    const withData = (change: (d: Record<string, unknown>) => Record<string, unknown>) =>
      rewritten(e =>
        e.map(([n, b]) => [
          n,
          n === '/data.json'
            ? Buffer.from(
                JSON.stringify(change(JSON.parse(b.toString()) as Record<string, unknown>))
              )
            : b
        ])
      )
    const stamp = (
      JSON.parse(entries.find(([n]) => n === '/data.json')![1].toString()) as Record<
        string,
        { builtInSources: string }
      >
    )['update-gate-build']!
    expect(stamp.builtInSources).toMatch(/^sha256:[0-9a-f]{64}$/)
    const rebuild =
      "; it would not decide as this gate does: rebuild it with this version's `update-gate policy build`"
    const cases: [string, string][] = [
      [
        await withData(d => ({
          ...d,
          'update-gate-build': { builtInSources: `sha256:${'0'.repeat(64)}` }
        })),
        'was built with another version of the built-in policy'
      ],
      [
        await withData(({ 'update-gate-build': _, ...d }) => d),
        'holds the built-in policy without the record of which (it was not built by `update-gate policy build`, or by a version of it that wrote none)'
      ]
    ]
    for (const [file, why] of cases) {
      const e = await gateError(() => readPolicy(file))
      expect([e.code, e.file, e.field, e.message]).toEqual([
        'POLICY_LOAD',
        file,
        'data.json update-gate-build',
        `${why}${rebuild}`
      ])
    }
    // A bundle without the built-in sources (one that replaces the built-in policy) is its own.
    const own = await rewritten(e => e.filter(([n]) => !n.startsWith('/update-gate/')))
    expect((await readPolicy(own)).name).toBe(own)
  })

  it('policy test exits 1 when a test fails, with opa output', async () => {
    const dir = path.join(tempDir(), 'failing')
    await cli(['policy', 'init', dir])
    const test = path.join(dir, 'failing_test.rego')
    writeFileSync(
      test,
      readFileSync(test, 'utf8').replace('r.decision == "approve"', 'r.decision == "reject"')
    )
    const r = await cli(['policy', 'test', dir])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('FAIL: 1/3')
  })

  it('rejects a team name that is not a Rego identifier', async () => {
    const r = await cli(['policy', 'init', path.join(tempDir(), 'x'), '--team', 'Ops-Team'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('must match')
  })
})

describe('bad policies: an error with a clear message, never an approval', () => {
  function policyDir(files: Record<string, string>): string {
    const dir = tempDir()
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
      writeFileSync(path.join(dir, name), text)
    }
    return dir
  }

  async function evaluateWith(
    policy: string,
    extra: string[] = []
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    return cli(evaluateArgs('all-tested', '--policy', policy, ...extra))
  }

  function expectCleanError(
    r: { code: number; stdout: string; stderr: string },
    pattern: RegExp
  ): void {
    expect(r.code).toBe(2)
    expect(r.stdout).not.toMatch(/PASS|approve/i)
    expect(r.stderr).toMatch(pattern)
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/) // no stack trace
  }

  it('a syntax error names the file and line', async () => {
    const dir = policyDir({
      'team.rego': 'package update_gate.custom.team\n\nfindings contains f if {\n  f := \n'
    })
    const r = await evaluateWith(dir)
    expectCleanError(r, /team\.rego:\d+: rego_parse_error/)
  })

  it('a builtin the host cannot run is refused at build by the capabilities file', async () => {
    const dir = policyDir({
      'team.rego':
        'package update_gate.custom.team\n\nfindings contains {"rule": "t.now", "severity": "info", "message": "m"} if time.now_ns() > 0\n'
    })
    const r = await evaluateWith(dir)
    expectCleanError(
      r,
      /team\.rego:3: rego_type_error: time\.now_ns is not available in the gate's policy runtime/
    )
  })

  it('a replacement without the entrypoint is refused', async () => {
    const dir = policyDir({ 'decision.rego': 'package update_gate.decision\n\nanswer := 42\n' })
    const r = await evaluateWith(dir)
    expectCleanError(r, /update_gate\/decision\/result/)
  })

  it('a .wasm built for another entrypoint is refused before evaluation', async () => {
    const dir = policyDir({ 'p.rego': 'package other\n\nallow := true\n' })
    const bundle = path.join(dir, 'b.tar.gz')
    execFileSync(
      'opa',
      ['build', '-t', 'wasm', '-e', 'other/allow', '-o', bundle, path.join(dir, 'p.rego')],
      { env: process.env }
    )
    execFileSync('tar', ['-xzf', bundle, '-C', dir, '/policy.wasm'])
    const r = await evaluateWith(path.join(dir, 'policy.wasm'))
    expectCleanError(r, /no entrypoint update_gate\/decision\/result/)
  })

  it('output that breaks the contract is an error', async () => {
    const dir = policyDir({
      'decision.rego': 'package update_gate.decision\n\nresult := {"decision": "approve"}\n'
    })
    const r = await evaluateWith(dir)
    expectCleanError(r, /does not meet the output contract/)
  })

  it('a runaway policy is stopped (time limit) with a clear error', async () => {
    const dir = policyDir({
      'team.rego':
        'package update_gate.custom.team\n\nfindings contains {"rule": "t.x", "severity": "info", "message": "m"} if {\n\tcount({[a, b] | some a in numbers.range(1, 100000); some b in numbers.range(1, 100000)}) > 0\n}\n'
    })
    const started = Date.now()
    const r = await evaluateWith(dir, ['--policy-timeout', '2'])
    expectCleanError(r, /did not finish within 2 s|ran out of memory|evaluation failed/)
    expect(Date.now() - started).toBeLessThan(30_000)
  })

  it.each(['start', 'builtins'])(
    'a module whose %s does not return is stopped at load by the time limit (POLICY_LOAD, exit 2)',
    async variant => {
      // The OPA ABI's exports, with a loop in the start function or in builtins().
      const loop = '(loop $l (br $l))'
      const fn = (name: string, body: string) => `(func (export "${name}") (result i32) ${body})`
      const { default: binaryen } = await import('binaryen')
      const module = binaryen.parseText(`(module
        (import "env" "memory" (memory 2))
        (global (export "opa_wasm_abi_version") i32 (i32.const 1))
        (global (export "opa_wasm_abi_minor_version") i32 (i32.const 3))
        ${variant === 'start' ? `(func $s ${loop}) (start $s)` : ''}
        (data (i32.const 1024) "{}\\00")
        ${fn('builtins', variant === 'builtins' ? `${loop} (i32.const 0)` : '(i32.const 1024)')}
        ${fn('entrypoints', '(i32.const 1024)')}
        (func (export "opa_json_dump") (param i32) (result i32) (local.get 0))
        (func (export "opa_malloc") (param i32) (result i32) (i32.const 4096))
        ${fn('opa_heap_ptr_get', '(i32.const 60000)')}
        (func (export "opa_heap_ptr_set") (param i32))
        (func (export "opa_json_parse") (param i32 i32) (result i32) (i32.const 16))
        ${fn('opa_eval_ctx_new', '(i32.const 0)')}
        (func (export "eval") (param i32) (result i32) (i32.const 0)))`)
      const file = path.join(tempDir(), `${variant}.wasm`)
      writeFileSync(file, module.emitBinary())
      module.dispose()
      const started = Date.now()
      const e = await gateError(async () => openRunner(await readPolicy(file), { timeoutMs: 300 }))
      expect(e.code).toBe('POLICY_LOAD')
      expect(e.message).toMatch(/the policy did not load within 0\.3 s and was stopped/)
      expect(Date.now() - started).toBeLessThan(10_000)
      expectCleanError(
        await evaluateWith(file, ['--policy-timeout', '1']),
        /did not load within 1 s/
      )
    }
  )

  it('a runaway policy that exhausts the wasm memory is stopped', async () => {
    const chunk = 'x'.repeat(64)
    const dir = policyDir({
      'team.rego': [
        'package update_gate.custom.team',
        '',
        `big := concat("", [s | some _ in numbers.range(1, 4096); s := "${chunk}"])`,
        '',
        'findings contains {"rule": "t.x", "severity": "info", "message": m} if {',
        '\tm := concat("", [big | some _ in numbers.range(1, 100000)])',
        '}',
        ''
      ].join('\n')
    })
    const r = await evaluateWith(dir, ['--policy-timeout', '30'])
    expectCleanError(r, /the policy ran out of memory \(limits: 256 MiB wasm memory/)
  })

  it('a bundle that is not a wasm bundle is refused', async () => {
    const dir = policyDir({ 'p.rego': 'package update_gate.custom.team\n\nfindings := set()\n' })
    const plain = path.join(dir, 'plain.tar.gz')
    execFileSync('opa', ['build', '-o', plain, path.join(dir, 'p.rego')], { env: process.env })
    expectCleanError(await evaluateWith(plain), /the bundle has no policy\.wasm/)
    const junk = path.join(dir, 'junk.tar.gz')
    writeFileSync(junk, 'not a bundle')
    expectCleanError(await evaluateWith(junk), /not an OPA bundle/)
  })

  it('a bundle that decompresses to more bytes or entries than the limits is refused, naming it', async () => {
    // 4 MiB of zeros in junk entries, far smaller compressed; the limits lowered for the test.
    const bytes = await tarGz([['junk', Buffer.alloc(4 * 1024 * 1024)]])
    const e = await gateError(() =>
      readWasmBundle(bytes, { limits: { bytes: 1024 * 1024, entries: 100 } })
    )
    expect([e.code, e.file, e.message]).toEqual([
      'FILE_TOO_LARGE',
      bytes,
      'the bundle is over 1048576 bytes when decompressed'
    ])
    const many = await tarGz(Array.from({ length: 50 }, (_, i) => [`f${i}`, Buffer.alloc(0)]))
    const n = await gateError(() =>
      readWasmBundle(many, { limits: { bytes: 1024 * 1024, entries: 10 } })
    )
    expect([n.code, n.file, n.message]).toEqual([
      'FILE_TOO_LARGE',
      many,
      'the bundle is over 10 entries when decompressed'
    ])
  })

  it('a wasm module that is not an OPA policy is refused in one line, before the SDK runs it', async () => {
    const empty = path.join(tempDir(), 'empty.wasm')
    writeFileSync(empty, Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]))
    const r = await evaluateWith(empty)
    expectCleanError(
      r,
      /empty\.wasm: not an OPA wasm policy: it does not export opa_wasm_abi_version/
    )
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  it('a directory without opa on PATH says how to install it or prebuild', async () => {
    const saved = { PATH: process.env.PATH, cache: process.env.UPDATE_GATE_TOOLS_CACHE }
    process.env.PATH = '/nonexistent'
    process.env.UPDATE_GATE_TOOLS_CACHE = tempDir()
    try {
      const e = await gateError(() => readPolicy(path.join(POLICIES, 'two-approvers')))
      expect(e.code).toBe('POLICY_BUILD')
      expect(e.message).toMatch(
        /opa is not on PATH.*install opa v1\.22\.3.*npm run policy:tools.*policy build/s
      )
    } finally {
      process.env.PATH = saved.PATH
      if (saved.cache === undefined) delete process.env.UPDATE_GATE_TOOLS_CACHE
      else process.env.UPDATE_GATE_TOOLS_CACHE = saved.cache
    }
  })

  it('the wasm memory starts and is bounded in proportion to the input', async () => {
    const PAGE = 64 * 1024
    expect(memoryFor(10_000)).toEqual({ initial: 16, maximum: 4096 })
    // About 10 000 configurations: the built-in policy's heap is about 48 bytes per input byte.
    const large = memoryFor(9_000_000)
    expect(large.initial * PAGE).toBeGreaterThanOrEqual(9_000_000 * 48)
    expect(large.maximum * PAGE).toBeGreaterThanOrEqual(9_000_000 * 96)
    expect(memoryFor(100_000_000)).toEqual({ initial: 65536, maximum: 65536 })
    const bundle = await readPolicy(undefined)
    const checked = instantiatePolicy(await compileModule(bundle.wasm, 'built-in'), 'built-in')
    expect(needsNewInstance(checked, memoryFor(10_000))).toBe(false)
    expect(needsNewInstance(checked, memoryFor(1_000_000))).toBe(true)
    expect(needsNewInstance(checked, memoryFor(100_000_000))).toBe(true)
  })

  it('custom policies are evaluated in a worker; the built-in one in process', async () => {
    const builtIn = await openRunner(await readPolicy(undefined))
    expect(builtIn).toBeInstanceOf(InProcessRunner)
    const custom = await openRunner(await readPolicy(path.join(POLICIES, 'two-approvers')))
    expect(custom).toBeInstanceOf(WorkerRunner)
    expect(custom.imports).toEqual(builtIn.imports)
    await custom.close()
  })
})

describe('the sources of a policy directory', () => {
  const OPS =
    'package update_gate.custom.ops\n\nfindings contains {"rule": "ops.ran", "severity": "info", "message": "ops ran"} if true\n'

  function policyDir(files: Record<string, string>, dir = tempDir()): string {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
      writeFileSync(path.join(dir, name), text)
    }
    return dir
  }

  it.each([
    [
      'trust',
      'requirements := {"minimumMaturity": 1, "requiredControls": [], "requiredApprovals": 0}'
    ],
    ['update_gate.requirements', 'minimumMaturity := 1'],
    [
      'update_gate.contract',
      'evaluation["result"] := {"decision": "approve"} if not data.update_gate.decision.result'
    ],
    ['update_gate.lib', 'requirements := {}'],
    ['update_gate.controls.signing', 'level := 5'],
    ['update_gate.custom.ops.deeper', 'findings := set()'],
    ['update_gate.custom.Ops', 'findings := set()'],
    ['update_gate.custom["ops\\n## Decision: APPROVE"]', 'findings := set()'],
    ['update_gate["contract"]', 'x := 1']
  ])(
    'an extending policy may not declare package %s: an error naming the file and the package',
    async (pkg, rule) => {
      const dir = policyDir({ 'ops.rego': OPS, 'sub/x.rego': `package ${pkg}\n\n${rule}\n` })
      const e = (await gateError(() => readPolicy(dir))) as GateError
      expect(e.code).toBe('POLICY_BUILD')
      expect(e.message).toMatch(
        /may declare only package update_gate\.custom\.<team> and update_gate\.controls\.<name>/
      )
      const shown = pkg.replace('["contract"]', '.contract')
      expect(e.details).toEqual([
        `${path.relative(process.cwd(), path.join(dir, 'sub/x.rego'))}: package ${shown}`
      ])
    }
  )

  it('a control of its own and a test package of any name are allowed', async () => {
    const dir = policyDir({
      'ops.rego': OPS,
      'freeze.rego':
        'package update_gate.controls.freeze\n\nfindings := set()\n\nlevel := 5\n\nlevel_reason := "no freeze"\n',
      'ops_test.rego': 'package trust\n\ntest_x if true\n'
    })
    const r = await decide('strong', dir)
    expect(r.decision).toBe('conditional')
    expect(r.rules).toContain('ops.ran')
  })

  it('package update_gate["decision"] is the decision package, in any syntax: it replaces the built-in policy', async () => {
    const dir = policyDir({
      'x.rego': 'package update_gate["decision"]\n\nresult := {"decision": "approve"}\n'
    })
    // Compiled alone (a replacement), so the output contract refuses it at evaluation.
    const r = await cli(evaluateArgs('weak', '--policy', dir))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/does not meet the output contract/)
  })

  it('a team folder named update-gate is staged beside the built-in sources, never over them', async () => {
    const dir = policyDir({ 'lib/lib.rego': OPS }, path.join(tempDir(), 'update-gate'))
    const r = await decide('strong', dir)
    expect(r.decision).toBe('conditional')
    expect(r.rules).toContain('ops.ran')
    const stage = tempDir()
    const group = { root: 'ops', dir, files: [path.join(dir, 'lib/lib.rego')] }
    const e = await gateError(() => stageSources([group, group], stage))
    expect(e.code).toBe('POLICY_BUILD')
    expect(e.message).toMatch(/would be staged as ops\/lib\/lib\.rego, which another source has/)
  })

  it('a symbolic link to a .rego file or a directory is followed, once', async () => {
    const root = tempDir()
    const shared = policyDir(
      {
        'deny.rego':
          'package update_gate.custom.shared\n\nviolations contains "shared rule" if true\n'
      },
      path.join(root, 'shared')
    )
    const dir = policyDir({ 'ops.rego': OPS }, path.join(root, 'ops'))
    symlinkSync(path.join(shared, 'deny.rego'), path.join(dir, 'deny.rego'))
    symlinkSync(shared, path.join(dir, 'rules'))
    const r = await decide('all-tested', dir)
    expect(r.decision).toBe('reject')
    expect(r.rules).toEqual(expect.arrayContaining(['ops.ran', 'shared.violation']))
  })

  it('a link loop and a dangling .rego link are errors naming the link', async () => {
    const loop = policyDir({ 'ops.rego': OPS })
    symlinkSync('.', path.join(loop, 'self'))
    const e = await gateError(() => readPolicy(loop))
    expect(e.code).toBe('POLICY_BUILD')
    expect(e.file).toBe(path.join(loop, 'self'))
    expect(e.message).toMatch(/a symbolic link to a directory that holds it/)
    const dangling = policyDir({ 'ops.rego': OPS })
    symlinkSync('gone.rego', path.join(dangling, 'x.rego'))
    const d = await gateError(() => readPolicy(dangling))
    expect(d.file).toBe(path.join(dangling, 'x.rego'))
    expect(d.message).toMatch(/a symbolic link to nothing/)
  })
})
