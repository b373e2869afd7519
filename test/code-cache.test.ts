/**
 * The code cache of the bundled CLI (src/boot/code-cache.ts): the bundle and each chunk it
 * requires lazily (here the Sigstore verifier) get their own cache file, written after the run;
 * the next run reads them and decides the same; a damaged cache is ignored, never trusted; a
 * cache from runs that stopped early is written again by the next full run; a run that writes
 * caches removes those of other builds.
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { EVAL_TIME, REPO, tempDir } from './helpers.js'

const CLI = path.join(REPO, 'bin', 'update-gate.js')

/** The bundled CLI must have been built for these tests. */
function requireCli(): void {
  if (!existsSync(CLI)) throw new Error('bin/update-gate.js is missing: run `npm run bundle` first')
}

/** A fresh TMPDIR for runs of the bundled CLI. */
function cliTemp(): string {
  requireCli()
  return tempDir()
}
const EXAMPLE = path.join(REPO, 'examples', 'github-attestation')

/** A CLI run with `tmp` as its temporary directory: github-attestation unless told otherwise. */
function evaluate(
  tmp: string,
  {
    example = EXAMPLE,
    pkg = 'package',
    nodeArgs = [] as string[],
    format = [] as string[],
    env = {} as Record<string, string>
  } = {}
) {
  const r = spawnSync(
    process.execPath,
    [
      ...nodeArgs,
      CLI,
      'evaluate',
      path.join(example, pkg),
      '--trust',
      path.join(example, 'trust.yaml'),
      '--at',
      EVAL_TIME,
      ...format
    ],
    { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, ...env } }
  )
  return { code: r.status, first: r.stdout.split('\n')[0], stdout: r.stdout, stderr: r.stderr }
}

/** The place of a dist file's cache in a run of `profile`: its path (src/boot/code-cache.ts). */
const placeOf = (file: string, profile = 'cli-evaluate'): string =>
  createHash('sha256')
    .update(`${process.version}\0${process.arch}\0${profile}\0`)
    .update(realpathSync(path.join(REPO, 'dist', file)))
    .digest('hex')
    .slice(0, 16)

/** The name of a dist file's cache in a run of `profile`: its place and its bytes' key. */
const keyOf = (file: string, profile = 'cli-evaluate'): string =>
  `${placeOf(file, profile)}-` +
  createHash('sha256')
    .update(`${process.version}\0${process.arch}\0${profile}\0`)
    .update(readFileSync(path.join(REPO, 'dist', file)))
    .digest('hex')
    .slice(0, 32)

const cacheFiles = (tmp: string): string[] => {
  const dir = readdirSync(tmp).find(d => d.startsWith('update-gate-code-cache-'))
  return dir
    ? readdirSync(path.join(tmp, dir))
        .filter(f => f.endsWith('.bin'))
        .map(f => path.join(tmp, dir, f))
    : []
}

describe('code cache of the bundled CLI', () => {
  test('the bundle and the lazily loaded Sigstore chunk each get a cache file; runs decide the same with it and with a damaged one', () => {
    const tmp = cliTemp()
    const first = evaluate(tmp)
    expect(first.stderr).toBe('')
    expect(first.first).toBe('update-gate: APPROVE: approved for deployment')
    // cli-main.cjs and cli-sigstore.cjs, keyed as code-cache.ts keys them
    const files = cacheFiles(tmp)
    const names = files.map(f => path.basename(f, '.bin'))
    expect(names).toContain(keyOf('cli-main.cjs'))
    expect(names).toContain(keyOf('cli-sigstore.cjs'))
    expect(evaluate(tmp)).toEqual(first)
    // V8's data starts 8 bytes in (pointer-aligned: V8 copies data that is not before reading it).
    const main = files.find(f => path.basename(f, '.bin') === keyOf('cli-main.cjs'))!
    const written = readFileSync(main)
    expect([...written.subarray(2, 8)]).toEqual([0, 0, 0, 0, 0, 0])
    // The earlier layout (V8's data after a 2-byte header) is no cache: written anew.
    writeFileSync(main, Buffer.concat([written.subarray(0, 2), written.subarray(8)]))
    expect(evaluate(tmp)).toEqual(first)
    expect([...readFileSync(main).subarray(2, 8)]).toEqual([0, 0, 0, 0, 0, 0])
    for (const f of files) writeFileSync(f, Buffer.from('not V8 code cache data'))
    expect(evaluate(tmp)).toEqual(first)
  }, 60_000)
})

describe('a run V8 instruments', () => {
  test('under block coverage it neither writes caches nor reads them; it decides the same', () => {
    const tmp = cliTemp()
    const coverage = path.join(tmp, 'coverage')
    const covered = (dir: string) => evaluate(dir, { env: { NODE_V8_COVERAGE: coverage } }).first
    const plain = evaluate(tmp)
    // A fresh temporary directory: coverage was on (Node wrote its report), and no cache is left.
    const fresh = tempDir()
    expect(covered(fresh)).toBe(plain.first)
    expect(readdirSync(coverage).some(f => f.endsWith('.json'))).toBe(true)
    expect(cacheFiles(fresh)).toEqual([])
    // The caches a plain run wrote are left as they were: not read into a coverage run, nor
    // written again from its code.
    const contents = () => cacheFiles(tmp).map(f => [f, readFileSync(f).toString('base64')])
    const before = contents()
    expect(before.length).toBeGreaterThan(0)
    expect(covered(tmp)).toBe(plain.first)
    expect(contents()).toEqual(before)
  }, 60_000)
})

describe('caches of other builds', () => {
  test('a run that writes caches removes those of earlier builds of the same files, of the earlier naming, and of other places not written for 30 days; it keeps the rest', () => {
    const tmp = cliTemp()
    const dir = path.join(tmp, `update-gate-code-cache-${process.getuid!()}`)
    mkdirSync(dir, { mode: 0o700 })
    const plant = (name: string, daysOld = 0) => {
      writeFileSync(path.join(dir, name), Buffer.from([2, 0, 0, 0]))
      const when = new Date(Date.now() - daysOld * 24 * 60 * 60 * 1000)
      utimesSync(path.join(dir, name), when, when)
      return name
    }
    const other = '0'.repeat(32)
    const removed = [
      plant(`${placeOf('cli-main.cjs')}-${other}.bin`), // an earlier build of the bundle
      plant(`${placeOf('cli-sigstore.cjs')}-${other}.bin`, 40), // ... and of a chunk
      plant(`${'1'.repeat(32)}.bin`), // the earlier naming
      plant(`${'2'.repeat(16)}-${other}.bin`, 31) // another checkout, gone a month
    ]
    const kept = [
      plant(`${placeOf('cli-main.cjs', 'cli-policy')}-${other}.bin`, 29), // another profile
      plant(`${'3'.repeat(16)}-${other}.bin`, 1), // another checkout, in use
      plant('notes.txt', 40), // no cache file
      plant(`${placeOf('cli-main.cjs')}-${other}.bin.123.tmp`, 40) // another process's write
    ]
    const first = evaluate(tmp)
    expect(first.first).toBe('update-gate: APPROVE: approved for deployment')
    const written = [keyOf('cli-main.cjs'), keyOf('cli-sigstore.cjs')].map(k => `${k}.bin`)
    const names = readdirSync(dir)
    expect(names).toEqual(expect.arrayContaining([...written, ...kept]))
    expect(names.filter(n => removed.includes(n))).toEqual([])
    // Pruning comes with writing: a run that writes nothing leaves the directory alone.
    expect(evaluate(tmp)).toEqual(first) // the profile's second run writes its caches again
    const again = plant(`${placeOf('cli-main.cjs')}-${other}.bin`)
    expect(evaluate(tmp)).toEqual(first)
    expect(readdirSync(dir)).toContain(again)
  }, 60_000)
})

describe('a code cache written by runs that did little', () => {
  test('is written again by the next run that goes further, then left as it is', () => {
    const tmp = cliTemp()
    const fileOf = (name: string, dir = tmp) => {
      const file = cacheFiles(dir).find(f => path.basename(f, '.bin') === keyOf(name))
      if (!file) throw new Error(`no cache file for ${name}`)
      return file
    }
    const cacheOf = (dir = tmp) => readFileSync(fileOf('cli-main.cjs', dir))
    // An input error, twice: the runs stop early, and the cache they write (generation 2, by
    // runs that stopped) holds little.
    const early = tempDir()
    for (let i = 0; i < 2; i++) {
      const stopped = spawnSync(
        process.execPath,
        [
          CLI,
          'evaluate',
          path.join(EXAMPLE, 'package'),
          '--trust',
          path.join(early, 'no-such.yaml')
        ],
        { encoding: 'utf8', env: { ...process.env, TMPDIR: early } }
      )
      expect(stopped.status).toBe(2)
    }
    const small = cacheOf(early)
    expect([...small.subarray(0, 8)]).toEqual([2, 1, 0, 0, 0, 0, 0, 0])
    // Complete caches of two full runs (the bundle's and its chunks'), then the bundle's replaced
    // by the stopped runs': the chunks' complete caches must not hide it.
    const first = evaluate(tmp)
    expect(first.first).toBe('update-gate: APPROVE: approved for deployment')
    expect(evaluate(tmp)).toEqual(first)
    const full = cacheOf()
    expect([...full.subarray(0, 8)]).toEqual([2, 0, 0, 0, 0, 0, 0, 0])
    writeFileSync(fileOf('cli-main.cjs'), small)
    expect(evaluate(tmp)).toEqual(first)
    const grown = cacheOf()
    // Written again, by a run that did not stop, holding at least what a full run alone writes.
    expect([...grown.subarray(0, 8)]).toEqual([2, 0, 0, 0, 0, 0, 0, 0])
    expect(grown.length).toBeGreaterThan(small.length)
    expect(grown.length).toBeGreaterThanOrEqual(full.length)
    // A run that goes no further leaves the cache alone.
    expect(evaluate(tmp)).toEqual(first)
    expect(cacheOf().equals(grown)).toBe(true)
    // A run that loads a file the caches' runs did not (here the Sigstore chunk, its cache
    // removed) writes every cache again, the bundle's too.
    const before = statSync(fileOf('cli-main.cjs')).ino
    unlinkSync(fileOf('cli-sigstore.cjs'))
    expect(evaluate(tmp)).toEqual(first)
    expect(existsSync(fileOf('cli-sigstore.cjs'))).toBe(true)
    expect(statSync(fileOf('cli-main.cjs')).ino).not.toBe(before)
  }, 60_000)
})

describe('code cache of the bundled Action', () => {
  test("each event has its own cache, holding what that event's runs compiled; no stdio stream is built", () => {
    const tmp = tempDir()
    writeFileSync(path.join(tmp, 'output'), '')
    const list = path.join(tmp, 'modules.txt')
    const preload = path.join(tmp, 'modules.cjs')
    writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')))\n`
    )
    const r = spawnSync(process.execPath, ['-r', preload, path.join(REPO, 'dist', 'index.js')], {
      encoding: 'utf8',
      cwd: REPO,
      env: {
        PATH: process.env.PATH ?? '',
        TMPDIR: tmp,
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_WORKSPACE: REPO,
        GITHUB_OUTPUT: path.join(tmp, 'output'),
        GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md'),
        RUNNER_TEMP: tmp,
        INPUT_EVIDENCE: 'examples/seed/strong',
        INPUT_TRUST: 'examples/seed/trust.yaml',
        INPUT_AT: EVAL_TIME,
        INPUT_COMMENT: 'false'
      }
    })
    expect(r.status).toBe(0)
    expect(readFileSync(path.join(tmp, 'output'), 'utf8')).toMatch(/decision<<(\S+)\nconditional\n/)
    // Its log lines and workflow commands went out with fs.writeSync, @actions/core's too
    // (rollup.config.js): no stdio stream was built.
    expect(r.stdout).toContain('::warning title=update-gate')
    const loaded = readFileSync(list, 'utf8').split('\n')
    expect(loaded).toContain('NativeModule fs')
    expect(loaded.filter(m => /sync_write_stream|NativeModule (net|tty)$/.test(m))).toEqual([])
    // The bundle and the chunks a seed evaluation requires (the evidence package's schema
    // validators and Ajv's runtime they share), not the others (the `yaml` library, opa-wasm's
    // yaml, packageurl-js, the policy input's, report's and other validators: rollup.config.js).
    const names = cacheFiles(tmp).map(f => path.basename(f, '.bin'))
    expect(names.sort()).toEqual(
      ['index-main.cjs', 'index-validators-package.cjs', 'index-validator-runtime.cjs']
        .map(file => keyOf(file, 'action-workflow_dispatch'))
        .sort()
    )
  }, 60_000)
})

describe('the bundled CLI as a process', () => {
  test('exits as soon as its output is out, with the decision exit code and the whole report', () => {
    requireCli()
    const weak = path.join(REPO, 'examples', 'seed', 'weak')
    const r = spawnSync(
      process.execPath,
      [
        CLI,
        'evaluate',
        weak,
        '--trust',
        path.join(REPO, 'examples/seed/trust.yaml'),
        '--at',
        EVAL_TIME,
        '--format',
        'json'
      ],
      { encoding: 'utf8', env: { ...process.env, TMPDIR: tempDir() } }
    )
    expect(r.stderr).toBe('')
    expect(r.status).toBe(1) // reject
    expect((JSON.parse(r.stdout) as { result: { decision: string } }).result.decision).toBe(
      'reject'
    )
    const bad = spawnSync(process.execPath, [CLI, 'evaluate', weak, '--at', 'yesterday'], {
      encoding: 'utf8'
    })
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--trust')
  }, 60_000)

  test('loads neither node:fs/promises nor the readline and REPL modules it brings (src/shared/fs-async.ts), nor stdio streams', () => {
    const tmp = cliTemp()
    const list = path.join(tmp, 'modules.txt')
    const preload = path.join(tmp, 'modules.cjs')
    writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')))\n`
    )
    const r = evaluate(tmp, {
      example: path.join(REPO, 'examples/seed'),
      pkg: 'strong',
      nodeArgs: ['-r', preload],
      format: ['--format', 'json']
    })
    expect(r.stderr).toBe('')
    expect((JSON.parse(r.stdout) as { result: { decision: string } }).result.decision).toBe(
      'conditional'
    )
    const loaded = readFileSync(list, 'utf8').split('\n')
    expect(loaded).toContain('NativeModule fs') // the list is Node's own
    expect(loaded.filter(m => /fs\/promises|readline|repl/.test(m))).toEqual([])
    // Nor Node's stdio streams: its output goes out with fs.writeSync (src/shared/stdio.ts).
    expect(loaded.filter(m => /sync_write_stream|NativeModule (net|tty)$/.test(m))).toEqual([])
  }, 60_000)
})

describe('entry points', () => {
  // An ES module entry point makes Node set up its ES module loader before the bundle runs (about
  // 3 ms of every run): bin/ and dist/ each hold a package.json that makes their `.js` files
  // CommonJS (rollup.config.js). A CommonJS entry point is the process's main module; an ES
  // module one has none.
  test.each([
    ['the CLI', CLI, ['--version']],
    ['the Action', path.join(REPO, 'dist', 'index.js'), []]
  ])('%s runs as a CommonJS script', (_name, entry, args) => {
    const tmp = cliTemp()
    const main = path.join(tmp, 'main.txt')
    const preload = path.join(tmp, 'main.cjs')
    writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(main)}, String(process.mainModule?.filename)))\n`
    )
    const r = spawnSync(process.execPath, ['-r', preload, entry, ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', TMPDIR: tmp }
    })
    expect(r.error).toBeUndefined()
    expect(readFileSync(main, 'utf8')).toBe(entry)
  })
})
