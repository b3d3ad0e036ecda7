import { describe, expect, it } from 'vitest'

import { MIN_AUDIT_RETENTION_DAYS, parseAuditRetentionDays } from '@/lib/retention'

describe('parseAuditRetentionDays', () => {
  it('should keep 180 days when unset', () => {
    expect(parseAuditRetentionDays(undefined)).toBe(180)
    expect(parseAuditRetentionDays(' ')).toBe(180)
  })

  it('should keep a longer period as set', () => {
    expect(parseAuditRetentionDays('365')).toBe(365)
  })

  it('should raise a shorter period to the floor of six months', () => {
    expect(parseAuditRetentionDays('30')).toBe(MIN_AUDIT_RETENTION_DAYS)
    expect(parseAuditRetentionDays('179')).toBe(180)
  })

  it('should refuse what is not a whole number of days rather than guess', () => {
    for (const value of ['abc', '180.5', '0', '-200', '99999']) expect(() => parseAuditRetentionDays(value), value).toThrow(/AUDIT_LOG_RETENTION_DAYS/)
  })
})
