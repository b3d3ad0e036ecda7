import { afterEach, describe, expect, it, vi } from 'vitest'

import { drawSample } from '../../helpers/sample'

const SIZES = ['standard', 'large', 'xlarge'] as const

describe('a sampled walk', () => {
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
