/**
 * The one-way pipeline (docs/architecture.md), enforced: every relative import in src/ is read
 * and each module may import only its own folder, the layers below every stage (generated,
 * contracts, shared) and earlier stages. A stage that imports a later one fails this test.
 */
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join, posix, relative } from 'node:path'
import { ROOT } from './support/action-run.js'

const SRC = join(ROOT, 'src')

/** Below every stage, in this order (a layer may import the ones before it). */
const BASE = ['generated', 'contracts', 'shared']
/** The stages in pipeline order; authoring (opa, bundles) sits beside evaluate, after it. */
const STAGES = ['collect', 'load', 'verify', 'evaluate', 'authoring', 'report']
/** Composition and entry points: gate.ts composes the stages; cli/ and action/ use the gate. */
const COMPOSERS: Record<string, string[]> = {
  'gate.ts': [...BASE, ...STAGES],
  cli: [...BASE, ...STAGES, 'gate.ts'],
  action: [...BASE, ...STAGES, 'gate.ts'],
  'cli.ts': ['cli'],
  'main.ts': ['action', 'shared'],
  // bin/update-gate.js and dist/index.js: run the bundles through the code cache, nothing else
  boot: []
}

/** The unit a src/ path belongs to: its top folder, or the file itself at the top. */
export const unitOf = (path: string): string => path.split('/')[0]!

/** What a unit may import besides itself. */
export function allowed(unit: string): string[] {
  const base = BASE.indexOf(unit)
  if (base >= 0) return BASE.slice(0, base)
  const stage = STAGES.indexOf(unit)
  if (stage >= 0) return [...BASE, ...STAGES.slice(0, stage)]
  return COMPOSERS[unit] ?? []
}

/** Why `from` (a src/ path) may not import `to` (a src/ path), or null when it may. */
export function violation(from: string, to: string): string | null {
  const [a, b] = [unitOf(from), unitOf(to)]
  if (a === b || allowed(a).includes(b)) return null
  const later = STAGES.indexOf(b) > STAGES.indexOf(a) && STAGES.includes(a)
  return `${from} imports ${to}: ${later ? `${b} is a later stage than ${a}` : `${a} may import only ${allowed(a).join(', ') || 'itself'}`}`
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(e => e.isFile() && /\.(ts|cts|mts)$/.test(e.name))
    .map(e => relative(SRC, join(e.parentPath, e.name)).split('\\').join('/'))
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8')
  return [...text.matchAll(IMPORT)].map(m =>
    posix.normalize(posix.join(posix.dirname(file), m[1]!)).replace(/\.(c?js)$/, '.ts')
  )
}

describe('the one-way pipeline', () => {
  test('no module in src/ imports a later stage or reaches past its layer', () => {
    const files = sources(SRC)
    expect(files.length).toBeGreaterThan(40)
    const problems = files.flatMap(file =>
      importsOf(file)
        .map(target => violation(file, target))
        .filter((p): p is string => p !== null)
    )
    expect(problems).toEqual([])
  })

  test('every import is seen, static, re-exported and dynamic alike', () => {
    const gate = importsOf('gate.ts')
    expect(gate).toContain('evaluate/runner.ts')
    expect(importsOf('load/index.ts')).toContain('load/package.ts')
    expect(importsOf('evaluate/runner.ts')).toContain('evaluate/worker-runner.ts')
  })

  test('the rule rejects a stage importing a later one, and report/ importing the gate', () => {
    expect(violation('load/package.ts', 'verify/index.ts')).toMatch(/verify is a later stage/)
    expect(violation('evaluate/runner.ts', 'authoring/opa.ts')).toMatch(/later stage/)
    expect(violation('report/render.ts', 'gate.ts')).toMatch(/report may import only/)
    expect(violation('shared/parse.ts', 'load/types.ts')).toMatch(/shared may import only/)
    expect(violation('contracts/report.ts', 'shared/errors.ts')).not.toBeNull()
    expect(violation('verify/package.ts', 'load/types.ts')).toBeNull()
    expect(violation('cli/program.ts', 'gate.ts')).toBeNull()
  })

  test('unknown top-level folders are refused until they are placed', () => {
    expect(violation('plugins/x.ts', 'shared/errors.ts')).toMatch(/plugins may import only itself/)
  })
})
