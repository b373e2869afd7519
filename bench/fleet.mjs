// Fleet scale: the scale bench (bench/scaled.mjs) with a fleet inventory of the package's size:
// the trust file is examples/seed/trust-fleet.yaml whose cohort A lists every configuration of
// the scaled package (100, 1000, 10 000), each on the from-version, so every fleet rule
// (coverage, unknown configurations, hardware, from-version, rollback) runs over the whole
// inventory and the decision stays the seed's. Target: each 10x step <= 12x.
import { cpSync, existsSync } from 'node:fs'
import path from 'node:path'
import { SEED } from './lib.mjs'
import { readYaml, runScale, writeYaml } from './scaled.mjs'

runScale({
  name: 'fleet',
  what: 'trust examples/seed/trust-fleet.yaml with an inventory of every configuration',
  trustFor: (work, dir) => {
    if (!existsSync(path.join(work, 'keys')))
      cpSync(path.join(SEED, 'keys'), path.join(work, 'keys'), { recursive: true })
    const index = readYaml(dir, 'update-evidence.yaml')
    const trust = readYaml(SEED, 'trust-fleet.yaml')
    const cohort = trust.fleet.cohorts.find(
      c => c.product === index.scope.product && c.cohort === index.scope.cohort
    )
    cohort.configurations = index.scope.configurations.map(c => ({
      id: c.id,
      hardware: c.hardware,
      version: index.scope.fromVersion
    }))
    const file = `trust-fleet-${path.basename(dir)}.yaml`
    writeYaml(work, file, trust)
    return path.join(work, file)
  }
})
