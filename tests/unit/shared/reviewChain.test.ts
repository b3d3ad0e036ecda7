import { describe, expect, it } from 'vitest'

import { chainFor, defaultReviewChain, reviewChainConfigSchema, reviewChainStepSchema, reviewStageLabel, reviewStagesRefusal } from '@fengcai/shared'

const stages = (names: string[]) => ({ stages: names })

describe('reviewChainConfigSchema', () => {
  it('should accept the default chains and trim stage names', () => {
    expect(reviewChainConfigSchema.parse(defaultReviewChain)).toEqual(defaultReviewChain)
    const parsed = reviewChainConfigSchema.parse({ ...defaultReviewChain, notices: stages([' 初审 ']) })
    expect(parsed.notices.stages).toEqual(['初审'])
  })

  it('should refuse more stages than a collection allows, naming the collection', () => {
    const four = reviewChainConfigSchema.safeParse({ ...defaultReviewChain, stories: stages(['一审', '二审', '三审', '四审']) })
    expect(four.error?.issues[0]?.message).toBe('新闻稿的审核流程最多 3 级。')
    const three = reviewChainConfigSchema.safeParse({ ...defaultReviewChain, notices: stages(['初审', '复审', '终审']) })
    expect(three.error?.issues[0]?.message).toBe('公示的审核流程最多 2 级。')
    expect(reviewChainConfigSchema.safeParse({ ...defaultReviewChain, honorRolls: stages(['初审', '复审', '终审']) }).success).toBe(true)
  })

  it('should refuse an empty chain, a blank or long name, and the same name twice', () => {
    const message = (galleries: unknown) => reviewChainConfigSchema.safeParse({ ...defaultReviewChain, galleries }).error?.issues[0]?.message
    expect(message(stages([]))).toBe('图集至少要有一级审核。')
    expect(message(stages(['初审', '   ']))).toBe('图集的审核级别名称不能为空。')
    expect(message(stages(['审'.repeat(21)]))).toBe('图集的审核级别名称不能超过 20 个字。')
    expect(message(stages(['审'.repeat(20)]))).toBeUndefined()
    expect(message(stages(['初审', ' 初审']))).toBe('图集的审核级别“初审”重复了，各级名称须不同。')
    expect(reviewChainConfigSchema.safeParse({ stories: defaultReviewChain.stories }).success).toBe(false)
  })
})

describe('chainFor', () => {
  it('should fall back to the defaults when nothing was configured', () => {
    expect(chainFor(null, 'stories').stages).toEqual(['初审', '复审', '终审'])
    expect(chainFor(undefined, 'notices').stages).toEqual(['初审', '终审'])
    expect(chainFor({}, 'galleries')).toEqual(defaultReviewChain.galleries)
  })

  it('should take the configured chain by key or by slug, and default only the part that is invalid', () => {
    const config = { ...defaultReviewChain, honorRolls: stages(['审核']), notices: stages(['一', '二', '三']) }
    expect(chainFor(config, 'honorRolls').stages).toEqual(['审核'])
    expect(chainFor(config, 'honor-rolls').stages).toEqual(['审核'])
    expect(chainFor(config, 'notices')).toEqual(defaultReviewChain.notices)
  })
})

describe('review stage labels and user stages', () => {
  it('should name a stage by its configured name and a missing one by its number', () => {
    const chain = { stages: ['初审', '社长签发'] }
    expect(reviewStageLabel(chain, 2)).toBe('社长签发')
    expect(reviewStageLabel(chain, 3)).toBe('第 3 级审核')
  })

  it('should refuse a user field with a stage outside 1..3, a repeat or a non-list', () => {
    expect(reviewStagesRefusal([1, 2])).toBeNull()
    expect(reviewStagesRefusal([])).toBeNull()
    expect(reviewStagesRefusal(null)).toBeNull()
    expect(reviewStagesRefusal([1, 4])).toBe('审核级别只能是 1 到 3（收到 4）。')
    expect(reviewStagesRefusal([0])).toBe('审核级别只能是 1 到 3（收到 0）。')
    expect(reviewStagesRefusal([1.5])).toBe('审核级别只能是 1 到 3（收到 1.5）。')
    expect(reviewStagesRefusal(['1'])).toBe('审核级别只能是 1 到 3（收到 "1"）。')
    expect(reviewStagesRefusal([2, 2])).toBe('审核级别不能重复。')
    expect(reviewStagesRefusal(2)).toBe('审核级别须为列表，例如 [1, 2]。')
  })
})

describe('reviewChainStepSchema', () => {
  it('should take an optional trimmed override reason beside the step', () => {
    expect(reviewChainStepSchema.parse({ action: 'approve', overrideReason: ' 人名按本人要求 ' })).toEqual({
      action: 'approve',
      overrideReason: '人名按本人要求',
    })
    expect(reviewChainStepSchema.safeParse({ action: 'approve', overrideReason: 'x'.repeat(501) }).error?.issues[0]?.message).toBe('理由不能超过 500 字。')
    expect(reviewChainStepSchema.safeParse({ action: 'sign' }).success).toBe(false)
  })
})
