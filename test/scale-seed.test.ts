/**
 * The shared scale check's property, kept by a test so it cannot regress unseen: the check builds
 * packages of 100 / 1000 / 10000 configurations from examples/seed/strong by rewriting only its
 * unsigned YAML (tests, notification, deployments, affected versions, the index with exceptions
 * and known gaps) and evaluates them with examples/seed/trust.yaml; each must decide like the seed.
 * Here the check's own package builder (../shared/checks/lib/scale-package.mjs, beside the shared
 * fixtures) builds 100 configurations and its `check` compares the reports.
 */
import { expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { runGate } from '../src/gate.js'
import { renderJson } from '../src/report/index.js'
import { EVAL_TIME, FIXTURES, REPO, SEED, SEED_TRUST, tempDir } from './helpers.js'

const SCALE = path.join(path.dirname(FIXTURES), 'checks/lib/scale-package.mjs')

/** Runs the shared helper; its output (what differs, when the check fails) and exit code. */
const scale = (...args: string[]): { out: string; code: number | null } => {
  const r = spawnSync(process.execPath, [SCALE, ...args], { cwd: REPO, encoding: 'utf8' })
  return { out: `${r.stdout}${r.stderr}`.trim(), code: r.status }
}

async function reportFile(packageDir: string, file: string): Promise<void> {
  const report = await runGate({
    packageDir,
    trustFile: SEED_TRUST,
    evaluationTime: EVAL_TIME,
    label: path.basename(packageDir)
  })
  writeFileSync(file, renderJson(report))
}

it('strong scaled to 100 configurations by the shared scale check decides like the seed', async () => {
  const out = tempDir()
  expect(scale('build', '100', path.join(SEED, 'strong'), out)).toEqual({
    out: '100 configurations (50 x 2), 50 vulnerabilities, 200 test results in 1 record(s), 50 exceptions',
    code: 0
  })
  await reportFile(path.join(SEED, 'strong'), path.join(out, 'seed.json'))
  await reportFile(path.join(out, 'pkg'), path.join(out, 'report.json'))
  const checked = scale(
    'check',
    path.join(out, 'report.json'),
    path.join(out, 'seed.json'),
    path.join(out, 'expected.json')
  )
  expect(checked).toEqual({ out: 'ok conditional: 50 approved, 50 excluded', code: 0 })
}, 120_000)
