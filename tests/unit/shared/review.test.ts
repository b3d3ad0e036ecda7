import { describe, expect, it } from 'vitest'

import { canReview, reviewStateLabels, reviewStates, reviewStepRefusal, reviewStepSchema, reviewSteps, stateChangeRefusal, stateChanges } from '@fengcai/shared'
import type { ReviewState, ReviewStep } from '@fengcai/shared'

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

describe('reviewStepRefusal', () => {
  // Every role × step × state: who may take the step (the hooks' rule), and from which state.
  const roles = [['editor'], ['reviewer'], ['admin'], ['notice-staff']] as const
  const expected = (role: string, step: ReviewStep, state: ReviewState): number | null => {
    const reviews = role === 'reviewer' || role === 'admin'
    if (step !== 'submit' && !reviews) return 403
    if (step === 'submit') return state === 'submitted' ? 409 : null
    if (step === 'publish') return null
    return state === 'submitted' ? null : 409
  }
  const rows = roles.flatMap(([role]) => reviewSteps.flatMap((step) => reviewStates.map((state) => [role, step, state, expected(role, step, state)] as const)))

  it.each(rows)('should answer %s taking %s from %s with %s', (role, step, state, status) => {
    const refusal = reviewStepRefusal({ roles: [role] }, step, state, '请补充活动时间。')
    expect(refusal?.status ?? null).toBe(status)
    if (status === 409) expect(refusal?.message).toContain(reviewStateLabels[state].zh)
  })

  it('should require a note to return, and only to return', () => {
    expect(reviewStepRefusal({ roles: ['reviewer'] }, 'return', 'submitted', '  ')).toEqual({
      status: 400,
      message: '退回时请填写审核意见，告诉编辑需要修改什么。',
    })
    expect(reviewStepRefusal({ roles: ['reviewer'] }, 'approve', 'submitted')).toBeNull()
  })

  it('should accept the four steps with an optional note and refuse anything else in Chinese', () => {
    expect(reviewStepSchema.parse({ action: 'return', note: '  请补充。 ' })).toEqual({ action: 'return', note: '请补充。' })
    const wrong = reviewStepSchema.safeParse({ action: 'delete' })
    expect(wrong.success).toBe(false)
    expect(wrong.error?.issues[0]?.message).toBe('action 须为 submit、approve、return、publish 之一。')
    expect(reviewStepSchema.safeParse({ action: 'approve', note: 'x'.repeat(1001) }).error?.issues[0]?.message).toBe('审核意见不能超过 1000 字。')
  })
})
