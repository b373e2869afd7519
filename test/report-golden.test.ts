/**
 * The terminal text report of the four seed examples, byte for byte: wording is reviewed as a
 * diff of test/golden/text/*.txt (UPDATE_GOLDEN=1 npm test -- test/report-golden.test.ts).
 * Only the policy digest in the footer is masked: a Rego change that keeps every word (a
 * refactoring) changes it, and the wording is what these files review.
 */
import path from 'node:path'
import { describe, it } from '@jest/globals'
import { runGate } from '../src/gate.js'
import { renderText } from '../src/report/index.js'
import { EVAL_TIME, EXAMPLES, SEED, SEED_TRUST } from './helpers.js'
import { expectGolden } from './support/golden.js'

describe('text report of the seed examples', () => {
  for (const example of EXAMPLES) {
    it(example, async () => {
      const report = await runGate({
        packageDir: path.join(SEED, example),
        trustFile: SEED_TRUST,
        evaluationTime: EVAL_TIME,
        label: `examples/seed/${example}`
      })
      const text = renderText(report).replace(
        /\(sha256:[0-9a-f]{12}\), evaluated at/,
        '(sha256:<policy digest>), evaluated at'
      )
      expectGolden(`text/${example}.txt`, text)
    })
  }
})
