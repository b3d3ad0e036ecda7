import { describe, expect, it } from 'vitest'

import { comparedSteps } from '@/lib/reviewCompare'

describe('comparedSteps', () => {
  it('should compare the newest 送审 with the last approval after it', () => {
    const log = [
      { action: 'submitted', at: '2026-12-01T01:00:00.000Z' },
      { action: 'returned', at: '2026-12-01T02:00:00.000Z' },
      { action: 'submitted', at: '2026-12-02T01:00:00.000Z' },
      { action: 'approved', at: '2026-12-02T02:00:00.000Z' },
      { action: 'approved', at: '2026-12-02T03:00:00.000Z' },
      { action: 'published', at: '2026-12-02T03:00:00.001Z' },
    ]
    expect(comparedSteps(log)).toEqual({ submittedAt: '2026-12-02T01:00:00.000Z', approvedAt: '2026-12-02T03:00:00.001Z' })
  })

  it('should have nothing to compare before the newest submission is approved', () => {
    expect(comparedSteps([])).toBeNull()
    expect(comparedSteps(null)).toBeNull()
    expect(comparedSteps([{ action: 'approved', at: '2026-12-01T01:00:00.000Z' }])).toBeNull()
    expect(
      comparedSteps([
        { action: 'submitted', at: '2026-12-01T01:00:00.000Z' },
        { action: 'approved', at: '2026-12-01T02:00:00.000Z' },
        { action: 'submitted', at: '2026-12-03T01:00:00.000Z' },
      ]),
    ).toBeNull()
  })
})
