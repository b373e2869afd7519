/**
 * Runs the bundled Action (dist/index.js) the way the runner does: inputs as INPUT_*, the event
 * as GITHUB_EVENT_NAME + GITHUB_EVENT_PATH, file commands through GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY, the API at GITHUB_API_URL.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { tempDir } from '../helpers.js'

export const ROOT = resolve(import.meta.dirname, '..', '..')
/** UPDATE_GATE_BUNDLE runs another build (e.g. one with a stubbed gate while developing). */
export const BUNDLE = process.env.UPDATE_GATE_BUNDLE ?? join(ROOT, 'dist', 'index.js')

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  reportPath: string
  dir: string
}

/** The JSON report a run wrote (the `report` input). */
export const reportOf = (run: Pick<ActionRun, 'reportPath'>) =>
  JSON.parse(readFileSync(run.reportPath, 'utf8'))

/** Parses the GITHUB_OUTPUT file (`name<<delimiter` blocks, as @actions/core writes them). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.match(/^([^<=]+)<<(.+)$/)
    if (m) {
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!)
      out[m[1]!] = value.join('\n')
    }
  }
  return out
}

export async function runAction(options: {
  event: string
  payload: unknown
  inputs: Record<string, string>
  apiUrl: string
  repository: string
  workspace?: string
  env?: Record<string, string>
  /** Node's own options before the bundle (what a runner could start it with). */
  nodeOptions?: string[]
}): Promise<ActionRun> {
  const dir = tempDir('update-gate-e2e-')
  const eventPath = join(dir, 'event.json')
  const outputPath = join(dir, 'output')
  const summaryPath = join(dir, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(options.payload))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const reportPath = join(dir, 'report.json')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_WORKSPACE: options.workspace ?? dir,
    RUNNER_TEMP: dir,
    INPUT_TOKEN: 'ghs_e2e-test-token',
    INPUT_REPORT: reportPath,
    ...Object.fromEntries(
      Object.entries(options.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])
    ),
    ...options.env
  }
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), BUNDLE], {
    env,
    cwd: options.workspace ?? dir
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', c => (stdout += String(c)))
  child.stderr.on('data', c => (stderr += String(c)))
  const code = await new Promise<number | null>(done => child.on('close', done))
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    reportPath,
    dir
  }
}

/** Every file under `dir`, by '/'-separated relative path. */
export function readTree(dir: string, prefix = ''): Record<string, Buffer> {
  const out: Record<string, Buffer> = {}
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name)
      if (statSync(full).isDirectory()) walk(full)
      else out[`${prefix}${relative(dir, full).split('\\').join('/')}`] = readFileSync(full)
    }
  }
  if (existsSync(dir)) walk(dir)
  return out
}

type Example = { name: string; examples: Record<string, unknown>[] }
const require = createRequire(import.meta.url)

/** A webhook payload, adapted field by field by the tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Payload = Record<string, any>

/** A real webhook payload from @octokit/webhooks-examples (deep copy). */
export function webhookExample(event: string, action?: string): Payload {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as Example[]
  const found = all
    .find(e => e.name === event)
    ?.examples.find(x => action === undefined || x.action === action)
  if (!found) throw new Error(`no ${event}.${action} example in @octokit/webhooks-examples`)
  return structuredClone(found) as Payload
}
