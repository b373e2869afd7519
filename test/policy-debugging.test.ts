/**
 * Writing and debugging a custom policy: the contribution contract checked at `policy test` and
 * at evaluation with the same exact messages, `policy input` (fed back as a test input it gives
 * the decision `evaluate` gives), `policy explain`, `print()` in tests only, and the smaller
 * authoring fixes (opa hints, unavailable builtins, bundle paths, JSON error file, tests-only
 * folders, the scaffold's README).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { cli, evaluateArgs, seedArgs } from './support/cli.js'
import { capabilitiesFile } from '../src/authoring/opa.js'
import { builtInSources, readPolicy } from '../src/authoring/policy-source.js'
import {
  CONTRIBUTIONS_ENTRYPOINT,
  DECISION_ENTRYPOINT,
  EVALUATION_ENTRYPOINT
} from '../src/contracts/policy-output.js'
import { contributionProblems } from '../src/evaluate/contributions.js'
import { compileModule, instantiatePolicy } from '../src/evaluate/wasm-policy.js'
import { SEED, SEED_TRUST, tempDir } from './helpers.js'

beforeAll(() => {
  const bin = execFileSync(
    'bash',
    [path.join(path.dirname(SEED), '..', 'scripts/install-policy-tools.sh')],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }
  ).trim()
  process.env.PATH = `${bin}${path.delimiter}${process.env.PATH ?? ''}`
})

function policyDir(files: Record<string, string>): string {
  const dir = path.join(tempDir(), 'team')
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const evaluate = (example: string, policy: string, extra: string[] = []) =>
  cli(evaluateArgs(example, '--policy', policy, ...extra))

/** Unset opa and point the tools cache at `cache` for the duration of `fn`. */
async function withoutOpa<T>(cache: string, fn: () => Promise<T>): Promise<T> {
  const saved = { PATH: process.env.PATH, cache: process.env.UPDATE_GATE_TOOLS_CACHE }
  process.env.PATH = '/nonexistent'
  process.env.UPDATE_GATE_TOOLS_CACHE = cache
  try {
    return await fn()
  } finally {
    process.env.PATH = saved.PATH
    if (saved.cache === undefined) delete process.env.UPDATE_GATE_TOOLS_CACHE
    else process.env.UPDATE_GATE_TOOLS_CACHE = saved.cache
  }
}

const MALFORMED = `package update_gate.custom.team

findings contains {"rule": "team.no_message", "severity": "violation"}

findings contains {"rule": "team.evidence_string", "severity": "violation", "message": "m", "evidence": "E-1"}

findings contains {"rule": "team.configuration_number", "severity": "violation", "message": "m", "configuration": 42}

findings contains "a bare string"
`

describe('the contribution contract', () => {
  const lines = (text: string): string[] =>
    text.split('\n').filter(l => l.trimStart().startsWith('- update_gate.custom.team'))

  it('four malformed findings give four distinct messages naming entry and field, in policy test and evaluate', async () => {
    const dir = policyDir({
      'team.rego': MALFORMED,
      'team_test.rego': 'package update_gate.test.team_test\n\ntest_nothing if true\n'
    })
    const tested = await cli(['policy', 'test', dir])
    expect(tested.code).toBe(1)
    const testLines = lines(tested.stdout)
    expect(testLines).toHaveLength(4)
    expect(new Set(testLines).size).toBe(4)
    expect(tested.stdout).toMatch(
      /update_gate\.custom\.team findings\[\d\] \(rule "team\.no_message"\): message is required; expected \{rule: string, severity/
    )
    expect(tested.stdout).toMatch(
      /\(rule "team\.evidence_string"\): evidence must be array, got "E-1"/
    )
    expect(tested.stdout).toMatch(
      /\(rule "team\.configuration_number"\): configuration must be string, got 42/
    )
    expect(tested.stdout).toMatch(/findings\[0\]: the entry must be object, got "a bare string"/)

    const evaluated = await evaluate('all-tested', dir)
    expect(evaluated.code).toBe(2)
    expect(evaluated.stdout).toBe('')
    const evalLines = lines(evaluated.stderr)
    expect(evalLines).toHaveLength(4)
    // The same check: each evaluate message is a policy test message, without the fixture note.
    for (const line of evalLines)
      expect(testLines.some(t => t.trim().startsWith(line.trim()))).toBe(true)
  })

  /**
   * `team.rego` built with the built-in sources as versions before the evaluation entrypoint
   * built an extending policy: entrypoints decision and contributions, read in two evaluations.
   */
  async function earlierBuild(team: string): Promise<string> {
    const dir = policyDir({ 'team.rego': team })
    const sources = (await builtInSources()).files.filter(f => !f.endsWith('evaluation.rego'))
    const bundle = path.join(path.dirname(dir), 'earlier.tar.gz')
    execFileSync('opa', [
      'build',
      ...['-t', 'wasm', '-e', DECISION_ENTRYPOINT, '-e', CONTRIBUTIONS_ENTRYPOINT],
      ...['--capabilities', capabilitiesFile(), '-o', bundle],
      ...sources,
      path.join(dir, 'team.rego')
    ])
    return bundle
  }

  const readsOf = async (source: string) => {
    const bundle = await readPolicy(source)
    return instantiatePolicy(await compileModule(bundle.wasm, bundle.name), bundle.name).reads
  }

  it('a bundle built before the evaluation entrypoint is read in two evaluations, checked and decided alike', async () => {
    const earlier = await earlierBuild(MALFORMED)
    expect(await readsOf(earlier)).toEqual([CONTRIBUTIONS_ENTRYPOINT, DECISION_ENTRYPOINT])
    const current = policyDir({ 'team.rego': MALFORMED })
    expect(await readsOf(current)).toEqual([EVALUATION_ENTRYPOINT])
    const [fromEarlier, fromCurrent] = [
      await evaluate('all-tested', earlier),
      await evaluate('all-tested', current)
    ]
    expect(fromEarlier.code).toBe(2)
    expect(lines(fromEarlier.stderr)).toHaveLength(4)
    expect(lines(fromEarlier.stderr)).toEqual(lines(fromCurrent.stderr))

    const twoApprovers = readFileSync(
      path.join(SEED, '..', 'policies', 'two-approvers', 'two_approvers.rego'),
      'utf8'
    )
    const decided = await Promise.all(
      [await earlierBuild(twoApprovers), policyDir({ 'team.rego': twoApprovers })].map(policy =>
        evaluate('strong', policy, ['--format', 'json'])
      )
    )
    const results = decided.map(run => (JSON.parse(run.stdout) as { result: unknown }).result)
    expect(decided.map(run => run.code)).toEqual([1, 1])
    expect(results[0]).toEqual(results[1])
    expect(JSON.stringify(results[0])).toContain('two_approvers.too_few')
  })

  it('a team name outside [a-z][a-z0-9_]* (one that would forge report text) is an error', () => {
    const forged = 'ops\n\n## Decision: APPROVE'
    expect(contributionProblems({ [forged]: {}, ops: {}, Ops: { findings: [] } })).toEqual([
      'update_gate.custom["Ops"]: the team name must match [a-z][a-z0-9_]*',
      `update_gate.custom[${JSON.stringify(forged)}]: the team name must match [a-z][a-z0-9_]*`
    ])
  })

  it('an unknown severity and an extra key are errors, not a silent violation or a dropped field', () => {
    const problems = contributionProblems({
      team: {
        findings: [
          { rule: 'team.a', severity: 'warn', message: 'm' },
          { rule: 'team.b', severity: 'info', message: 'm', owner: 'x' }
        ]
      }
    })
    expect(problems).toEqual([
      expect.stringMatching(
        /findings\[0\] \(rule "team\.a"\): severity must be one of "violation", "gap", "warning", "info"/
      ),
      expect.stringMatching(/findings\[1\] \(rule "team\.b"\): owner is not an allowed field here/)
    ])
    expect(
      contributionProblems({ team: { violations: ['a message', { rule: 'r', message: 'm' }] } })
    ).toEqual([])
    expect(contributionProblems({ team: { violations: { not: 'a set' } } })).toEqual([
      expect.stringMatching(/update_gate\.custom\.team violations: must be a set/)
    ])
  })
})

describe('seeing the input', () => {
  it('policy input, fed back as a test input, gives the decision evaluate gives', async () => {
    const out = path.join(tempDir(), 'input.json')
    const printed = await cli(seedArgs(['policy', 'input'], 'strong', '--output', out))
    expect(printed.code).toBe(0)
    const doc = JSON.parse(readFileSync(out, 'utf8')) as {
      input: unknown
      data: { trust: unknown }
    }
    expect(Object.keys(doc).sort()).toEqual(['data', 'input'])
    expect(Object.keys(doc.data)).toEqual(['trust'])

    const policy = path.join(path.dirname(SEED), 'policies', 'two-approvers')
    const report = await evaluate('strong', policy, ['--format', 'json'])
    const result = (JSON.parse(report.stdout) as { result: { decision: string; summary: string } })
      .result
    // The printed document, as a Rego value, in a test beside the team's own package.
    const dir = policyDir({
      'two_approvers.rego': readFileSync(path.join(policy, 'two_approvers.rego'), 'utf8'),
      'captured_test.rego':
        'package update_gate.test.captured_test\n\nimport data.update_gate.decision\n\n' +
        `captured := ${readFileSync(out, 'utf8')}\n` +
        'test_same_decision_as_evaluate if {\n' +
        '\tr := decision.result with input as captured.input with data.trust as captured.data.trust\n' +
        `\tr.decision == ${JSON.stringify(result.decision)}\n` +
        `\tr.summary == ${JSON.stringify(result.summary)}\n}\n`
    })
    const tested = await cli(['policy', 'test', dir, '-v'])
    expect(tested.stdout).toMatch(/test_same_decision_as_evaluate: PASS/)
    expect(tested.code).toBe(0)
    expect(result.decision).toBe('reject')
  })

  it('policy explain shows the findings of a rule and the trace in its source', async () => {
    const rule = 'rollback_recovery.recovery_test_missing'
    const r = await cli(seedArgs(['policy', 'explain'], 'strong', '--rule', rule))
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /rule rollback_recovery\.recovery_test_missing fired 1 time\(s\):\n {2}- \[rollback-recovery\] regional: recovery test not run/
    )
    expect(r.stdout).toMatch(
      /\nupdate-gate\/controls\/rollback_recovery\.rego:\d+ +\| .*Enter data\.update_gate\.controls\.rollback_recovery/
    )
    const none = await cli(seedArgs(['policy', 'explain'], 'all-tested', '--rule', rule))
    expect(none.stdout).toMatch(/did not fire for this input/)
  })

  it('policy explain of a policy with a syntax error says where, in one line, as policy build does', async () => {
    const dir = policyDir({
      'team.rego': 'package update_gate.custom.team\n\nx contains y if { y := }\n'
    })
    const r = await cli(seedArgs(['policy', 'explain'], 'strong', '--rule', 'x', '--policy', dir))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      new RegExp(
        `^update-gate: error: ${dir}: opa eval refused the policy: team/team\\.rego:3: rego_parse_error: [^\\n]+\\n$`
      )
    )
  })

  it('policy explain without opa names npm run policy:tools', async () => {
    const r = await withoutOpa(tempDir(), () =>
      cli(['policy', 'explain', path.join(SEED, 'strong'), '--trust', SEED_TRUST, '--rule', 'x'])
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /opa is not on PATH, so the rule cannot be explained.*npm run policy:tools/s
    )
  })

  it('print() works in policy test; a build erases it (the runtime never prints)', async () => {
    const dir = policyDir({
      'team.rego': 'package update_gate.custom.team\n\nlimit := 3\n',
      'team_test.rego':
        'package update_gate.test.team_test\n\nimport data.update_gate.custom.team\n\n' +
        'test_prints if {\n\tprint("limit is", team.limit)\n\tteam.limit == 3\n}\n'
    })
    const tested = await cli(['policy', 'test', dir, '-v'])
    expect(tested.code).toBe(0)
    expect(tested.stdout).toMatch(/limit is 3/)
    // At build, opa erases print calls (no --enable-print): the runtime never prints.
    const printing = policyDir({
      'team.rego':
        'package update_gate.custom.team\n\nviolations contains "printed" if {\n\tprint("x")\n\tinput.not_there\n}\n'
    })
    const bundle = path.join(tempDir(), 'b.tar.gz')
    expect((await cli(['policy', 'build', printing, '-o', bundle])).code).toBe(0)
    const r = await evaluate('all-tested', bundle, ['--format', 'json'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout).result.decision).toBe('approve')
  })
})

describe('smaller authoring fixes', () => {
  it("the scaffold's README names the files init writes", async () => {
    const dir = path.join(tempDir(), 'ops')
    expect((await cli(['policy', 'init', dir])).code).toBe(0)
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8')
    expect(readme).toMatch(/`ops\.rego`/)
    expect(readme).toMatch(/`ops_test\.rego`/)
    expect(readme).not.toMatch(/policy(_test)?\.rego/)
    expect(existsSync(path.join(dir, 'ops.rego'))).toBe(true)
  })

  it('without opa, policy test names npm run policy:tools or the cached copy; policy build does not advise itself', async () => {
    const dir = path.join(path.dirname(SEED), 'policies', 'two-approvers')
    const empty = tempDir()
    const test = await withoutOpa(empty, () => cli(['policy', 'test', dir]))
    expect(test.code).toBe(2)
    expect(test.stderr).toMatch(/npm run policy:tools/)
    const build = await withoutOpa(empty, () =>
      cli(['policy', 'build', dir, '-o', path.join(empty, 'b.tgz')])
    )
    expect(build.stderr).toMatch(/opa is not on PATH.*npm run policy:tools/s)
    expect(build.stderr).not.toMatch(/policy build/)
    const cache = tempDir()
    const bin = path.join(cache, 'opa-v1.22.3-regal-v0.42.0', 'bin')
    mkdirSync(bin, { recursive: true })
    writeFileSync(path.join(bin, 'opa'), '')
    const cached = await withoutOpa(cache, () => cli(['policy', 'test', dir]))
    expect(cached.stderr).toContain(`a cached copy is in ${bin}`)
  })

  it('builtins the runtime lacks read as unavailable, not as typos; a real typo stays a typo', async () => {
    for (const call of [
      'http.send({"method": "get", "url": "http://x"}).status_code == 200',
      'time.now_ns() > 0',
      'sprintf("%d", [1]) == "1"'
    ]) {
      const dir = policyDir({
        'team.rego': `package update_gate.custom.team\n\nviolations contains "v" if ${call}\n`
      })
      const r = await evaluate('all-tested', dir)
      expect(r.code).toBe(2)
      const name = call.slice(0, call.indexOf('('))
      expect(r.stderr).toContain(`${name} is not available in the gate's policy runtime`)
    }
    const typo = policyDir({
      'team.rego': 'package update_gate.custom.team\n\nviolations contains "v" if cout([]) == 0\n'
    })
    expect((await evaluate('all-tested', typo)).stderr).toMatch(/undefined function cout/)
  })

  it('a bundle holds no path of the machine that built it', async () => {
    const dir = path.join(path.dirname(SEED), 'policies', 'two-approvers')
    const bundle = path.join(tempDir(), 'b.tar.gz')
    expect((await cli(['policy', 'build', dir, '-o', bundle])).code).toBe(0)
    const names = execFileSync('tar', ['-tzf', bundle], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
    expect(names).toContain('/two-approvers/two_approvers.rego')
    expect(names.some(n => n.startsWith('/update-gate/decision/'))).toBe(true)
    for (const n of names) expect(n).not.toMatch(/\/work|\/tmp|\/home|dist\/policy/)
    const strong = await evaluate('strong', bundle)
    expect(strong.stdout).toMatch(/two_approvers\.too_few/)
  })

  it('with a broken policy, --format json --output still writes a document: the error', async () => {
    const dir = policyDir({
      'team.rego': 'package update_gate.custom.team\n\nfindings contains f if {\n'
    })
    const out = path.join(tempDir(), 'report.json')
    const r = await evaluate('all-tested', dir, ['--format', 'json', '--output', out])
    expect(r.code).toBe(2)
    const doc = JSON.parse(readFileSync(out, 'utf8')) as {
      error: { code: string; message: string }
    }
    expect(doc.error.code).toBe('POLICY_BUILD')
    expect(doc.error.message).toMatch(/team\.rego:\d+: rego_parse_error/)
  })

  it('a folder of tests alone can be tested; a build says it needs a policy file', async () => {
    const dir = policyDir({
      'decision_test.rego':
        'package update_gate.test.only_test\n\nimport data.update_gate.decision\nimport data.update_gate.test.fixtures_test as fx\n\n' +
        'test_strong_is_conditional if {\n\tr := decision.result with input as fx.strong with data.trust as fx.trust\n\tr.decision == "conditional"\n}\n'
    })
    const tested = await cli(['policy', 'test', dir])
    expect(tested.stdout).toMatch(/PASS: 1\/1/)
    expect(tested.code).toBe(0)
    const built = await cli(['policy', 'build', dir, '-o', path.join(tempDir(), 'b.tar.gz')])
    expect(built.code).toBe(2)
    expect(built.stderr).toMatch(/holds only _test\.rego files \(1\); a build needs a policy file/)
  })
})

describe('paths and tools the user gets wrong are input errors (exit 2), one line each', () => {
  /** One line on stderr, exit 2, nothing on stdout, and not an internal error. */
  const expectOneLine = (r: { code: number; stdout: string; stderr: string }, line: string) => {
    expect(r).toEqual({ code: 2, stdout: '', stderr: `update-gate: error: ${line}\n` })
  }

  /** Runs `fn` with a program named opa that prints nothing and exits 0 first on PATH. */
  async function withFakeOpa<T>(fn: () => Promise<T>): Promise<T> {
    const bin = tempDir()
    writeFileSync(path.join(bin, 'opa'), '#!/bin/sh\nexit 0\n', { mode: 0o755 })
    const saved = process.env.PATH
    process.env.PATH = `${bin}${path.delimiter}${saved ?? ''}`
    try {
      return await fn()
    } finally {
      process.env.PATH = saved
    }
  }

  it('policy init into a file names <dir>', async () => {
    const file = path.join(tempDir(), 'f')
    writeFileSync(file, 'x')
    expectOneLine(
      await cli(['policy', 'init', file, '--team', 't']),
      `${file}: <dir>: is a file; give a directory (a new one, or an existing one)`
    )
  })

  it('policy input --output that cannot be written names --output', async () => {
    const dir = tempDir()
    const missing = path.join(dir, 'nod', 'x.json')
    const input = (output: string) =>
      cli(seedArgs(['policy', 'input'], 'strong', '--output', output))
    expectOneLine(await input(dir), `${dir}: --output: the policy input is a directory; give a file path`) // prettier-ignore
    expectOneLine(
      await input(missing),
      `${missing}: --output: the policy input directory '${path.dirname(missing)}' does not exist; create it or give another path`
    )
    if (existsSync('/dev/full'))
      expectOneLine(
        await input('/dev/full'),
        '/dev/full: --output: the policy input cannot be written: ENOSPC: no space left on device, write'
      )
  })

  it('--policy builtin and built-in are the built-in policy, as in the Action', async () => {
    const json = ['--format', 'json']
    const builtIn = await cli(seedArgs(['evaluate'], 'strong', ...json))
    for (const name of ['builtin', 'built-in']) {
      const r = await cli(seedArgs(['evaluate'], 'strong', ...json, '--policy', name))
      expect(r).toEqual(builtIn)
    }
  })

  it('--policy naming a single .rego file says a Rego policy is given as its directory', async () => {
    const dir = path.join(path.dirname(SEED), 'policies', 'two-approvers')
    const file = path.join(dir, 'two_approvers.rego')
    expectOneLine(
      await cli(seedArgs(['evaluate'], 'strong', '--policy', file)),
      `${file}: is a single Rego file; a Rego policy is given as its directory (${dir})`
    )
  })

  it('policy build -o that cannot be written names --output, before opa runs, not the policy', async () => {
    const dir = path.join(path.dirname(SEED), 'policies', 'two-approvers')
    const work = tempDir()
    const missing = path.join(work, 'nod', 'b.tar.gz')
    expectOneLine(await cli(['policy', 'build', dir, '-o', work]), `${work}: --output: the bundle is a directory; give a file path`) // prettier-ignore
    expectOneLine(
      await cli(['policy', 'build', dir, '-o', missing]),
      `${missing}: --output: the bundle directory '${path.dirname(missing)}' does not exist; create it or give another path`
    )
    if (existsSync('/dev/full'))
      expectOneLine(
        await cli(['policy', 'build', dir, '-o', '/dev/full']),
        '/dev/full: --output: the bundle cannot be written: ENOSPC: no space left on device, write'
      )
  })

  it('an opa on PATH that is not OPA is named as such by policy test, explain and build; no bundle is claimed', async () => {
    const dir = path.join(path.dirname(SEED), 'policies', 'two-approvers')
    const bundle = path.join(tempDir(), 'b.tar.gz')
    const [test, explain, build] = await withFakeOpa(async () => [
      await cli(['policy', 'test', dir]),
      await cli(seedArgs(['policy', 'explain'], 'strong', '--rule', 'x')),
      await cli(['policy', 'build', dir, '-o', bundle])
    ])
    for (const [r, file, what] of [
      // A directory's packages are read (opa parse) before anything is compiled.
      [test, dir, 'opa parse gave no JSON answer'],
      [explain, 'built-in', 'opa eval gave no JSON answer'],
      [build, dir, 'opa parse gave no JSON answer']
    ] as const) {
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(
        new RegExp(
          `^update-gate: error: ${file}: the opa on PATH is not Open Policy Agent \\(${what}\\): [^\\n]+\\n$`
        )
      )
    }
    expect(existsSync(bundle)).toBe(false)
  })
})
