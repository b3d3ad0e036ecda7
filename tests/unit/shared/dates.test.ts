import { describe, expect, it } from 'vitest'

import { formatDateZh, formatMomentZh, shanghaiDay } from '@fengcai/shared'

describe('dates in Shanghai time', () => {
  it('should print a moment as the admin shows it, in Shanghai time whatever the server zone', () => {
    expect(formatMomentZh(new Date('2026-11-22T01:05:00Z'))).toBe('2026年11月22日 09:05')
    expect(formatMomentZh(new Date('2026-11-22T16:30:00Z'))).toBe('2026年11月23日 00:30')
  })

  it('should put 20:00 UTC on the next Shanghai day', () => {
    const lateUtc = new Date('2026-11-21T20:00:00Z')
    expect(shanghaiDay(lateUtc)).toBe('2026-11-22')
    expect(formatDateZh(lateUtc)).toBe('2026年11月22日')
  })

  it('should keep 15:59 UTC on the same Shanghai day', () => {
    const date = new Date('2026-01-05T15:59:00Z')
    expect(shanghaiDay(date)).toBe('2026-01-05')
    expect(formatDateZh(date)).toBe('2026年1月5日')
  })

  it('should roll over the year at Shanghai midnight', () => {
    expect(shanghaiDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01')
  })
})
