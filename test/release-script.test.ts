/**
 * scripts/release.sh, run by .github/workflows/release.yml: on a real git repository with a
 * bare remote, it tags vX.Y.Z, moves vX, and refuses a bundle out of sync, a version other than
 * package.json's, a malformed version and an existing tag.
 */
import { describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { readFileSync } from 'node:fs'
import { tempDir } from './helpers.js'
import { ROOT } from './support/action-run.js'

const SCRIPT = join(ROOT, 'scripts', 'release.sh')
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com'
}

function repo() {
  const dir = tempDir('update-gate-release-')
  const remote = join(dir, 'remote.git')
  const work = join(dir, 'work')
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: work, env: GIT_ENV, encoding: 'utf8' }).trim()
  execFileSync('git', ['init', '-q', '--bare', remote])
  mkdirSync(work)
  git('init', '-q')
  git('remote', 'add', 'origin', remote)
  const commit = (version: string, bundle: string) => {
    writeFileSync(join(work, 'package.json'), JSON.stringify({ version }))
    mkdirSync(join(work, 'dist'), { recursive: true })
    writeFileSync(join(work, 'dist', 'index.js'), bundle)
    git('add', '-A')
    git('commit', '-q', '-m', `v${version}`)
    return git('rev-parse', 'HEAD')
  }
  const release = (...args: string[]) =>
    spawnSync('bash', [SCRIPT, ...args], { cwd: work, env: GIT_ENV, encoding: 'utf8' })
  const remoteTag = (tag: string) =>
    execFileSync('git', ['rev-parse', `${tag}^{commit}`], { cwd: remote, encoding: 'utf8' }).trim()
  return { work, git, commit, release, remoteTag }
}

describe('scripts/release.sh', () => {
  test('tags vX.Y.Z, moves vX to the newest release, pushes both', () => {
    const r = repo()
    const first = r.commit('1.2.0', 'bundle 1')
    expect(r.release('1.2.0').status).toBe(0)
    expect(r.remoteTag('v1.2.0')).toBe(first)
    expect(r.remoteTag('v1')).toBe(first)
    const second = r.commit('1.3.0', 'bundle 2')
    const run = r.release('1.3.0')
    expect(run.status).toBe(0)
    expect(r.remoteTag('v1.3.0')).toBe(second)
    expect(r.remoteTag('v1')).toBe(second) // moved
    expect(r.remoteTag('v1.2.0')).toBe(first) // never moved
  })

  test('refuses a dist/ that differs from the commit', () => {
    const r = repo()
    r.commit('1.0.0', 'bundle')
    writeFileSync(join(r.work, 'dist', 'index.js'), 'rebuilt, different')
    const run = r.release('1.0.0', 'none')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('dist/ is not in sync')
    expect(r.git('tag')).toBe('')
  })

  test('refuses a version other than package.json, a malformed one, and an existing tag', () => {
    const r = repo()
    r.commit('2.0.0', 'bundle')
    expect(r.release('2.0.1', 'none').stderr).toContain('package.json has version 2.0.0')
    expect(r.release('v2.0', 'none').status).toBe(2)
    expect(r.release('2.0.0', 'none').status).toBe(0)
    const again = r.release('2.0.0', 'none')
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('v2.0.0 already exists')
  })

  test('the release workflow runs it after rebuilding dist/ and checking the diff, as CI does', () => {
    const wf = parse(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8'))
    const runs: string[] = wf.jobs.release.steps.map((s: { run?: string }) => s.run ?? '')
    const build = runs.findIndex(r => r.includes('bash scripts/check-built.sh'))
    const check = readFileSync(join(ROOT, 'scripts', 'check-built.sh'), 'utf8')
    // Rebuilt, then compared: changed, added and removed files of bin/ and dist/ alike.
    expect(check).toContain('npm run --silent build')
    expect(check).toContain('generated="bin dist src/generated schemas"')
    expect(check).toContain('--untracked-files=all')
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toContain('bash scripts/check-built.sh')
    const tag = runs.findIndex(r => r.includes('scripts/release.sh "$VERSION"'))
    expect(build).toBeGreaterThan(-1)
    expect(tag).toBeGreaterThan(build)
    expect(wf.permissions).toEqual({ contents: 'write' })
  })
})
