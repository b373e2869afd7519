// Fleet scale: the scale bench (bench/scaled.mjs) with a fleet inventory of the package's size:
// the trust file is examples/seed/trust-fleet.yaml whose cohort A lists every configuration of
// the scaled package (100, 1000, 10 000), each on the from-version, so every fleet rule
// (coverage, unknown configurations, hardware, from-version, rollback, the view) runs over the
// whole inventory and the decision stays the seed's. Target: each 10x step <= 12x. The same
// packages run without an inventory (the seed's trust.yaml) in the same rounds, and the
// difference per size is what the inventory costs.
import { cpSync, existsSync } from 'node:fs'
import path from 'node:path'
import { SEED } from './lib.mjs'
import { readYaml, runScale, writeYaml } from './scaled.mjs'

/** trust-fleet.yaml with cohort A listing every configuration of the package at `dir`. */
function inventoryTrust(work, dir) {
  const keys = path.join(work, 'keys')
  if (!existsSync(keys)) cpSync(path.join(SEED, 'keys'), keys, { recursive: true })
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

runScale({
  name: 'fleet',
  variants: [
    { what: 'without an inventory (trust.yaml)', trustFor: () => path.join(SEED, 'trust.yaml') },
    {
      what: 'with an inventory of every configuration (trust-fleet.yaml)',
      trustFor: inventoryTrust
    }
  ]
})
