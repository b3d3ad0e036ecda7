import { describe, expect, it } from 'vitest'

import { canReview, stateChangeRefusal, stateChanges } from '@fengcai/shared'

describe('stateChangeRefusal', () => {
  it('should let reviewers and administrators make every change', () => {
    for (const change of stateChanges) {
      expect(stateChangeRefusal({ roles: ['reviewer'] }, change)).toBeNull()
      expect(stateChangeRefusal({ roles: ['admin'] }, change)).toBeNull()
      expect(stateChangeRefusal({ roles: ['editor', 'reviewer'] }, change)).toBeNull()
    }
  })

  it('should tell an editor what to do instead of each change', () => {
    expect(stateChangeRefusal({ roles: ['editor'] }, 'publish')).toBe('编辑不能直接发布：请“送审”，由审核员审核通过后发布。')
    expect(stateChangeRefusal({ roles: ['editor'] }, 'unpublish')).toBe('编辑不能直接撤稿：请提交撤稿申请，由审核员处理。')
    expect(stateChangeRefusal({ roles: ['editor'] }, 'delete')).toBe('编辑不能删除发布过的稿件：请提交删除申请，由审核员处理。')
  })

  it('should name notice staff as such, and refuse anyone without a reviewing role', () => {
    expect(stateChangeRefusal({ roles: ['notice-staff'] }, 'unpublish')).toBe('公示工作人员不能直接撤稿：请提交撤稿申请，由审核员处理。')
    expect(stateChangeRefusal({ roles: [] }, 'delete')).toMatch(/^您不能删除/)
    expect(stateChangeRefusal(null, 'publish')).toMatch(/^您不能直接发布/)
    expect(canReview({ roles: ['notice-staff', 'editor'] })).toBe(false)
  })
})
