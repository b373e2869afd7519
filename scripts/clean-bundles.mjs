// Removes what rollup writes (the entry points, bundles and chunks in dist/, bin/update-gate.js)
// before it writes them again, so that a file a build no longer makes (a renamed chunk) does not
// stay behind, committed and shipped: CI's comparison of the rebuilt files with the committed
// ones then shows it as deleted. dist/policy/, dist/sigstore/ and the package.json files are not
// rollup's and stay.
import { readdirSync, rmSync } from 'node:fs'

for (const name of readdirSync('dist')) {
  if (/\.(c|m)?js$/.test(name)) rmSync(`dist/${name}`)
}
rmSync('bin/update-gate.js', { force: true })
