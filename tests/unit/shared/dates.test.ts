import { describe, expect, it } from 'vitest'

import {
  addDays,
  daysBetween,
  formatDateTimeZh,
  formatDateZh,
  formatMomentZh,
  shanghaiDay,
  shanghaiInstant,
  shanghaiTime,
  shanghaiWallClock,
  startOfShanghaiDay,
} from '@fengcai/shared'

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

describe('the Shanghai day at its boundaries', () => {
  it('should keep 23:59 Shanghai (15:59 UTC) on its day and start the next at 00:00 Shanghai (16:00 UTC)', () => {
    expect(shanghaiDay(new Date('2026-12-05T15:59:59.999Z'))).toBe('2026-12-05')
    expect(shanghaiTime(new Date('2026-12-05T15:59:00Z'))).toBe('23:59')
    expect(shanghaiDay(new Date('2026-12-05T16:00:00Z'))).toBe('2026-12-06')
    expect(shanghaiTime(new Date('2026-12-05T16:00:00Z'))).toBe('00:00')
    expect(shanghaiWallClock(new Date('2026-12-05T16:00:07Z'))).toBe('2026-12-06T00:00:07')
  })

  it('should find the instant of a Shanghai wall-clock time', () => {
    expect(startOfShanghaiDay('2026-12-06').toISOString()).toBe('2026-12-05T16:00:00.000Z')
    expect(shanghaiInstant('2026-12-05', '23:59').toISOString()).toBe('2026-12-05T15:59:00.000Z')
    expect(shanghaiInstant('2026-01-01', '09:00').toISOString()).toBe('2026-01-01T01:00:00.000Z')
  })

  it('should count calendar days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(daysBetween('2026-12-05', '2027-01-04')).toBe(30)
    expect(daysBetween('2026-12-06', '2026-12-05')).toBe(-1)
  })

  it('should print the moment at midnight on the new day', () => {
    expect(formatDateTimeZh(new Date('2026-12-05T16:00:00Z'))).toBe('2026-12-06 00:00')
    expect(formatDateZh(new Date('2026-12-05T15:59:00Z'))).toBe('2026年12月5日')
  })
})
