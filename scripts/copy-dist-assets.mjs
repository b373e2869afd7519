// Ships what the bundles read or owe beside them, after rollup wrote them:
// - the Sigstore public-good trusted root (sigstore/, origin in sigstore/README.md) in
//   dist/sigstore/, where the bundled gate reads it when the trust configuration names no root;
// - the licence of OpenPGP.js (LGPL-3.0-or-later), which rollup keeps in chunks of its own
//   (dist/cli-openpgp.cjs, dist/index-openpgp.cjs) so that it can be replaced: dist/licenses/.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'

mkdirSync('dist/sigstore', { recursive: true })
for (const f of ['trusted_root.public-good.json', 'README.md'])
  copyFileSync(`sigstore/${f}`, `dist/sigstore/${f}`)

const openpgp = JSON.parse(readFileSync('node_modules/openpgp/package.json', 'utf8'))
mkdirSync('dist/licenses', { recursive: true })
copyFileSync('node_modules/openpgp/LICENSE', 'dist/licenses/openpgp.LICENSE')
writeFileSync(
  'dist/licenses/README.md',
  `# Licences of code bundled in its own files

- \`dist/cli-openpgp.cjs\`, \`dist/index-openpgp.cjs\`: OpenPGP.js ${openpgp.version}
  (${openpgp.homepage}), ${openpgp.license}: \`openpgp.LICENSE\`. Its code is in these files only,
  as rollup bundled it from the \`openpgp\` package, and the gate loads them only to read an
  OpenPGP key or signature; a build of another version of the library may take their place.
`
)
