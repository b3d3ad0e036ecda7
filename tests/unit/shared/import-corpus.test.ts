import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { CORPUS_DIR, failedChecks, formatScore, scoreCorpus } from '../../bench/import-corpus'

/**
 * Share of checks each part of the corpus must pass: the tuning part was looked at, the evaluation
 * part never. The issue asks 90% of the evaluation part and 95% of the tuning part. On 2026-12-05,
 * after four rounds of tuning: tuning 100% (901 checks), evaluation 93.0% (292/314: its first 12
 * cases 91.7%, the 15 written last 93.8% when scored for the first time).
 */
const FLOORS = { tuning: 0.95, evaluation: 0.9 } as const

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
