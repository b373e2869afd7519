// Scale: `update-gate evaluate` end to end on packages of 100, 1000 and 10 000 configurations
// scaled from examples/seed/strong, with the seed's trust file (bench/scaled.mjs says what is
// measured and printed; bench/fleet.mjs runs the same with a fleet inventory of that size).
import path from 'node:path'
import { SEED } from './lib.mjs'
import { runScale } from './scaled.mjs'

runScale({
  name: 'scale',
  variants: [
    { what: 'trust examples/seed/trust.yaml', trustFor: () => path.join(SEED, 'trust.yaml') }
  ]
})
