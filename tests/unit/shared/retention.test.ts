import { describe, expect, it } from 'vitest'

import { DEFAULT_RETENTION_DAYS, parseRetentionDays, retentionCutoff } from '@fengcai/shared'

describe('retention of commenters’ personal data', () => {
  it('should default to 180 days and accept whole days from 1 to 3650', () => {
    expect(DEFAULT_RETENTION_DAYS).toBe(180)
    expect(parseRetentionDays(undefined)).toBe(180)
    expect(parseRetentionDays(' ')).toBe(180)
    expect(parseRetentionDays('30')).toBe(30)
    expect(parseRetentionDays('3650')).toBe(3650)
  })

  it('should refuse a setting that would erase at once or never', () => {
    for (const bad of ['0', '-5', '1.5', 'abc', '3651', 'Infinity']) expect(() => parseRetentionDays(bad), bad).toThrow(/COMMENT_RETENTION_DAYS/)
  })

  it('should put the cutoff the given number of days back', () => {
    expect(retentionCutoff(new Date('2026-11-22T00:00:00Z'), 180).toISOString()).toBe('2026-05-26T00:00:00.000Z')
  })
})
