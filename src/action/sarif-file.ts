/** The `sarif-file` input: the run's findings as SARIF 2.1.0, for upload to code scanning. */
import { mkdir, writeFile } from '../shared/fs-async.js'
import { dirname, posix } from 'node:path'
import { INDEX_FILE } from '../contracts/evidence-package.js'
import { noPlaces } from '../shared/index-places.js'
import { renderSarif, uriOf, type SarifPackage } from '../report/sarif.js'
import type { RunOutcome } from './outcome.js'

export async function writeSarifFile(path: string, outcome: RunOutcome): Promise<void> {
  const packages: SarifPackage[] = []
  for (const r of outcome.results) {
    if (!r.report) continue
    packages.push({
      report: r.report,
      places: r.places ?? noPlaces(),
      indexUri: uriOf(posix.join(r.pkg.repoPath || '.', INDEX_FILE))
    })
  }
  await mkdir(dirname(path), { recursive: true })
  await writeFile(
    path,
    renderSarif(packages, process.env.UPDATE_GATE_VERSION ?? '0.1.0', outcome.decision)
  )
}
