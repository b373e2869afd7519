// Removes what rollup writes (the entry points, bundles and chunks in dist/, bin/update-gate.js)
// before it writes them again, so that a file a build no longer makes (a renamed chunk) does not
// stay behind, committed and shipped: CI's comparison of the rebuilt files with the committed
// ones then shows it as deleted. dist/policy/, dist/sigstore/ and the package.json files are not
// rollup's and stay.
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist')
if (existsSync(dist)) {
  for (const name of readdirSync(dist)) {
    if (/\.(c|m)?js$/.test(name)) rmSync(join(dist, name))
  }
}
rmSync(join(root, 'bin', 'update-gate.js'), { force: true })
