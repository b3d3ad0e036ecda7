import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  falsePositivesPerThousand,
  formatProofreadScore,
  PROOFREAD_CORPUS_DIR,
  readProofreadCorpus,
  recallOf,
  scoreProofreadCorpus,
} from '../../bench/proofread-corpus'

/**
 * The floor the tuning corpus is held to. On 2026-12-06: recall 100% (97/97), 0 false positives
 * in 4,438 characters (228 sentences, 93 of them with errors). The floor leaves room for a few
 * sentences added later that the engine does not yet get right.
 */
const FLOOR = { recall: 0.95, falsePositivesPerThousand: 0.5 }

describe('the proofreader on its tuning corpus', () => {
  it(`should find at least ${FLOOR.recall * 100}% of the expected findings with at most ${FLOOR.falsePositivesPerThousand} false positives per 1,000 characters`, async () => {
    const corpus = await readProofreadCorpus(path.join(PROOFREAD_CORPUS_DIR, 'tuning.json'))
    expect(corpus.cases.length).toBeGreaterThanOrEqual(150)
    expect(corpus.cases.filter((one) => one.expect.length === 0).length).toBeGreaterThanOrEqual(75)
    const score = scoreProofreadCorpus(corpus)
    const message = `${formatProofreadScore(score)}\n${score.misses.join('\n')}`
    expect(recallOf(score), message).toBeGreaterThanOrEqual(FLOOR.recall)
    expect(falsePositivesPerThousand(score), message).toBeLessThanOrEqual(FLOOR.falsePositivesPerThousand)
  })
})
