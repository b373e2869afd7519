// Ships the Sigstore public-good trusted root (sigstore/, origin in sigstore/README.md) in
// dist/sigstore/, where the bundled gate reads it when the trust configuration names no root.
import { copyFileSync, mkdirSync } from 'node:fs'

mkdirSync('dist/sigstore', { recursive: true })
for (const f of ['trusted_root.public-good.json', 'README.md'])
  copyFileSync(`sigstore/${f}`, `dist/sigstore/${f}`)
