// Scale, 50 000 configurations: `update-gate evaluate` end to end on one package scaled from
// examples/seed/strong (bench/scaled.mjs says what is measured), with the seed's trust file:
// wall time (target under 60 s) and peak RSS (target under 3 GiB), and the same decisions as
// the seed. Not run by plain `npm run bench` (it takes minutes on a 2-core machine): run it with
// `npm run bench -- scale50k` (BENCH_ROUNDS, default 1).
import path from 'node:path'
import { SEED } from './lib.mjs'
import { runScale } from './scaled.mjs'

runScale({
  name: 'scale50k',
  sizes: [50000],
  rounds: 1,
  variants: [
    { what: 'trust examples/seed/trust.yaml', trustFor: () => path.join(SEED, 'trust.yaml') }
  ]
})
