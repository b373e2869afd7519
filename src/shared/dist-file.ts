/**
 * Where a file the build writes to dist/ (the built-in policy, the policy worker) is found at run
 * time: beside the bundled code that asks for it, or, run from sources (ts-jest, the bench's
 * compiled sources), in dist/ of the update-gate checkout holding that code. No other directory
 * is searched: a file missing from the package is an error, never one found elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The checkout that holds `dir`: the nearest directory above it whose package.json is ours. */
function checkoutOf(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    try {
      const pkg = JSON.parse(readFileSync(join(at, 'package.json'), 'utf8')) as { name?: unknown }
      if (pkg.name === 'update-gate') return at
    } catch {
      // No package.json here, or not JSON: look further up.
    }
    if (dirname(at) === at) return undefined
  }
}

/** `relative` (a path under dist/) for the code at `moduleUrl`; undefined when it is in neither place. */
export function distFile(moduleUrl: string, relative: string): string | undefined {
  const here = dirname(fileURLToPath(moduleUrl))
  const beside = join(here, relative)
  if (existsSync(beside)) return beside
  const checkout = checkoutOf(here)
  const built = checkout === undefined ? undefined : join(checkout, 'dist', relative)
  return built !== undefined && existsSync(built) ? built : undefined
}
