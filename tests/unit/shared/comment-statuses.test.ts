import { describe, expect, it } from 'vitest'

import { commentStatusLabels, commentStatuses, openObjectionStatuses, statusFitsKind } from '@fengcai/shared'

describe('comment statuses', () => {
  it('should keep each kind to its own workflow', () => {
    expect(statusFitsKind('approved', 'comment')).toBe(true)
    expect(statusFitsKind('resolved', 'comment')).toBe(false)
    expect(statusFitsKind('under-review', 'objection')).toBe(true)
    expect(statusFitsKind('approved', 'objection')).toBe(false)
    expect(statusFitsKind('approved', undefined)).toBe(true)
  })

  it('should count an objection as open until it is resolved', () => {
    expect(openObjectionStatuses).toEqual(['received', 'under-review'])
  })

  it('should label every status in Chinese and English', () => {
    expect(commentStatuses.map((status) => commentStatusLabels[status].zh)).toEqual(['待审核', '已通过', '未通过', '已受理', '核查中', '已办结'])
  })
})
