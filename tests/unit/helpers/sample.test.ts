import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { seededRandom } from '../../helpers/random'
import { drawSample, matrixSample, sampleCells } from '../../helpers/sample'

/** A matrix shaped like the state-change one: paths × collections × roles. */
const paths = ['REST', 'REST bulk', 'GraphQL', 'restore', 'schedule']
const collections = ['stories', 'galleries', 'honor-rolls', 'notices', 'announcements']
const roles = ['anonymous', 'editor', 'reviewer', 'notice-staff', 'admin']
const cells = paths.flatMap((path) => collections.flatMap((collection) => roles.map((role) => ({ path, collection, role }))))
const byPath = (cell: (typeof cells)[number]) => `${cell.path} ${cell.role}`
const byCollection = (cell: (typeof cells)[number]) => `${cell.collection} ${cell.role}`

describe('a sample of a test matrix', () => {
  it('should hold a cell of every cover key whatever the seed, and about the fraction of the rest', () => {
    let picks = 0
    for (let seed = 1; seed <= 200; seed += 1) {
      const picked = sampleCells(cells, [byPath, byCollection], 1 / 3, seededRandom(seed))
      expect(new Set(picked.map(byPath)).size).toBe(paths.length * roles.length)
      expect(new Set(picked.map(byCollection)).size).toBe(collections.length * roles.length)
      // In the matrix's order, each cell once.
      expect(picked).toEqual(cells.filter((cell) => picked.includes(cell)))
      picks += picked.length
    }
    // 25 path × role keys and 25 collection × role keys: 25 to 50 cells, then a third of the other 75 to 100.
    const mean = picks / 200
    expect(mean).toBeGreaterThan(60)
    expect(mean).toBeLessThan(80)
  })

  it('should draw the same cells from the same seed, other cells from another, and every cell when asked', () => {
    const draw = (env: Record<string, string>) => matrixSample(env).pick(cells, [byPath], 1 / 3)
    expect(draw({ FENGCAI_TEST_SEED: '42' })).toEqual(draw({ FENGCAI_TEST_SEED: '42' }))
    expect(draw({ FENGCAI_TEST_SEED: '42' })).not.toEqual(draw({ FENGCAI_TEST_SEED: '43' }))
    expect(matrixSample({ FENGCAI_TEST_SEED: '42' }).label).toContain('FENGCAI_TEST_SEED=42')
    expect(matrixSample({}).seed).toEqual(expect.any(Number))
    expect(draw({ FENGCAI_TEST_ALL: '1', FENGCAI_TEST_SEED: '42' })).toEqual(cells)
    expect(() => matrixSample({ FENGCAI_TEST_SEED: 'x' })).toThrow('FENGCAI_TEST_SEED')
  })
})

const SIZES = ['standard', 'large', 'xlarge'] as const

describe('a sampled walk', () => {
  // The suite may itself run with a seed or with every case (the README says how): these tests set their own.
  beforeEach(() => {
    vi.stubEnv('FENGCAI_TEST_SEED', '')
    vi.stubEnv('FENGCAI_TEST_ALL', '')
  })
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('should deal every option to some place of every run once there are as many places, one option a place', () => {
    for (let run = 0; run < 20; run += 1) {
      const dealt = drawSample('walk').deal(SIZES, 10)
      expect(dealt.every((options) => options.length === 1)).toBe(true)
      expect(new Set(dealt.flat())).toEqual(new Set(SIZES))
    }
  })

  it('should draw the same sample again from the seed it names', () => {
    const first = drawSample('walk')
    const seed = /FENGCAI_TEST_SEED=(\d+)/.exec(first.replay)?.[1] ?? ''
    const drawn = [first.deal(SIZES, 10), first.oneOf(['a', 'b', 'c', 'd'])]
    vi.stubEnv('FENGCAI_TEST_SEED', seed)
    const again = drawSample('walk')
    expect([again.deal(SIZES, 10), again.oneOf(['a', 'b', 'c', 'd'])]).toEqual(drawn)
  })

  it('should vary from run to run, and take every case with FENGCAI_TEST_ALL=1', () => {
    const picks = new Set(Array.from({ length: 40 }, () => drawSample('walk').oneOf(['a', 'b', 'c', 'd'])[0]))
    expect(picks.size).toBeGreaterThan(1)
    vi.stubEnv('FENGCAI_TEST_ALL', '1')
    const all = drawSample('walk')
    expect(all.oneOf(['a', 'b'])).toEqual(['a', 'b'])
    expect(all.deal(SIZES, 2)).toEqual([[...SIZES], [...SIZES]])
  })
})
