import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { CORPUS_DIR, failedChecks, formatScore, scoreCorpus } from '../../bench/import-corpus'

/** Share of checks each part of the corpus must pass: the tuning part was looked at, the evaluation part never. */
const FLOORS = { tuning: 0.95, evaluation: 0.9 } as const

describe('the importer on its corpus', () => {
  for (const [part, floor] of Object.entries(FLOORS)) {
    it(`should pass at least ${floor * 100}% of the ${part} checks`, async () => {
      const score = await scoreCorpus(path.join(CORPUS_DIR, part))
      expect(score.cases.length).toBeGreaterThan(0)
      const share = score.passed / score.checks
      // The failed checks are the message: what the importer got wrong, case by case.
      expect(share, `${part} ${formatScore(score)}; failed:\n${failedChecks(score).join('\n')}`).toBeGreaterThanOrEqual(floor)
    }, 60_000)
  }
})
