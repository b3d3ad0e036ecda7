import { describe, expect, it, vi } from 'vitest'

import { clearOfShanghaiMidnight, untilShanghaiMidnight } from '../../helpers/shanghaiDay'

describe('midnight in Shanghai', () => {
  it('should count the time to the next midnight in Shanghai (16:00 UTC)', () => {
    expect(untilShanghaiMidnight(new Date('2026-12-07T15:59:59.500Z'))).toBe(500)
    expect(untilShanghaiMidnight(new Date('2026-12-07T16:00:00.000Z'))).toBe(24 * 3600_000)
    expect(untilShanghaiMidnight(new Date('2026-12-31T15:00:00.000Z'))).toBe(3600_000)
  })

  it('should wait past midnight only when it is nearer than the span, and say so', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    try {
      const near = () => new Date('2026-12-07T15:59:59.900Z')
      expect(await clearOfShanghaiMidnight(60_000, () => new Date('2026-12-07T15:58:00.000Z'))).toBe(0)
      const started = Date.now()
      expect(await clearOfShanghaiMidnight(1_000, near)).toBe(1_100)
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_000)
      expect(log).toHaveBeenCalledTimes(1)
    } finally {
      log.mockRestore()
    }
  })
})
