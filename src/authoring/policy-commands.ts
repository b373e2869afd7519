/**
 * `update-gate policy init|build|test`: a team's way from an empty folder to a tested custom
 * package, with the exact build and capabilities the gate itself uses.
 */
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { basename, join, relative, resolve } from 'node:path'
import { GateError } from '../shared/errors.js'
import { builtInPolicyDir } from '../evaluate/built-in.js'
import { INSTALL_OPA, runOpa } from './opa.js'
import { buildRegoDirectory, opaTestArgs, replacesBuiltIn } from './policy-source.js'

/** A team name is the last segment of its package path: update_gate.custom.<team>. */
export const TEAM_NAME = /^[a-z][a-z0-9_]*$/

const PLACEHOLDER = /__TEAM__/g
const OPA_TEST_TIMEOUT_MS = 300_000

/** The team name `policy init` derives from a directory name: `ot-security` -> `ot_security`. */
export function teamFromDir(dir: string): string {
  const name = basename(resolve(dir))
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^[^a-z]+/, '')
  return name || 'team'
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter(e => e.isFile())
    .map(e => relative(dir, join(e.parentPath, e.name)))
    .sort()
}

/**
 * Copies the scaffold shipped in dist/policy/template (and the input and output schemas) into
 * `dir`, naming the package after the team. Never overwrites a file.
 */
export async function initPolicy(dir: string, team: string): Promise<string[]> {
  if (!TEAM_NAME.test(team)) {
    throw new GateError(
      'USAGE',
      `team name ${JSON.stringify(team)} must match ${TEAM_NAME.source} (it names package update_gate.custom.<team>)`
    )
  }
  const shipped = builtInPolicyDir()
  const copies: { from: string; to: string; substitute: boolean }[] = []
  for (const file of await filesUnder(join(shipped, 'template'))) {
    copies.push({ from: join(shipped, 'template', file), to: file, substitute: true })
  }
  for (const file of await filesUnder(join(shipped, 'schemas'))) {
    copies.push({
      from: join(shipped, 'schemas', file),
      to: join('schemas', file),
      substitute: false
    })
  }
  if (copies.length === 0) {
    throw new GateError('POLICY_LOAD', 'the policy template is missing; run npm run build', {
      file: shipped
    })
  }
  const clashes = []
  for (const c of copies) if (await exists(join(dir, c.to))) clashes.push(c.to)
  if (clashes.length > 0) {
    throw new GateError(
      'USAGE',
      `would overwrite ${clashes.join(', ')}; choose an empty directory`,
      {
        file: dir
      }
    )
  }
  const rename = (name: string): string => name.replace(/^policy(_test)?\.rego$/, `${team}$1.rego`)
  const written: string[] = []
  for (const c of copies) {
    const to = join(dir, rename(c.to))
    await mkdir(resolve(to, '..'), { recursive: true })
    if (c.substitute)
      await writeFile(to, (await readFile(c.from, 'utf8')).replace(PLACEHOLDER, team))
    else await copyFile(c.from, to)
    written.push(relative(dir, to))
  }
  return written
}

/** `opa build -t wasm` exactly as the gate runs it for `--policy <dir>`. */
export async function buildPolicy(dir: string, output: string): Promise<string> {
  await buildRegoDirectory(resolve(dir), resolve(output))
  return (await replacesBuiltIn(resolve(dir)))
    ? 'replaces the built-in policy'
    : 'extends the built-in policy'
}

/**
 * `opa test` with the gate's capabilities, the built-in sources (when extending) and the seed
 * fixtures. Resolves to opa's output and whether every test passed; a policy opa cannot load
 * (syntax, capabilities) is a GateError.
 */
export async function testPolicy(
  dir: string,
  options: { verbose?: boolean; coverage?: boolean } = {}
): Promise<{ passed: boolean; output: string }> {
  const extra = [
    ...(options.verbose ? ['--verbose'] : []),
    ...(options.coverage ? ['--coverage'] : [])
  ]
  const args = await opaTestArgs(resolve(dir), extra)
  // opa test exits 2 when tests fail (an answer) and 1 when it cannot load the policy (an error).
  const { stdout, stderr, code } = await runOpa(args, {
    file: dir,
    timeoutMs: OPA_TEST_TIMEOUT_MS,
    accept: [2],
    purpose: 'the policy cannot be tested',
    hint: INSTALL_OPA
  })
  return { passed: code === 0, output: stdout + stderr }
}
