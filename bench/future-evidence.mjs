// Evidence dated after the evaluation time: the maturity levels then come from a second
// evaluation of the controls without those items (policies/decision/decision.rego,
// at_evaluation_time), so such a package costs more than one evaluation. `update-gate evaluate`
// end to end on 2000 configurations scaled from examples/seed/strong (bench/scaled.mjs), evaluated
// at bench/lib.mjs's EVAL_TIME and at 2026-10-05T09:30:00Z, half an hour before the seed's
// deployment records (one item from the future). Target: the second at most twice the first.
import path from 'node:path'
import { EVAL_TIME, SEED } from './lib.mjs'
import { runScale } from './scaled.mjs'

const trust = () => path.join(SEED, 'trust.yaml')
runScale({
  name: 'future-evidence',
  sizes: [2000],
  ratioTarget: 2,
  variants: [
    { what: `evaluated at ${EVAL_TIME}`, trustFor: trust },
    {
      what: 'evaluated at 2026-10-05T09:30:00Z (the deployment records from the future)',
      trustFor: trust,
      at: '2026-10-05T09:30:00Z',
      // Without an item from the future this would time one evaluation twice.
      check: seed => {
        if (!seed.result.findings.some(f => f.rule === 'timeline.evidence_from_the_future'))
          throw new Error(
            'bench/future-evidence.mjs: the seed at 09:30 has no evidence from the future'
          )
      }
    }
  ]
})
