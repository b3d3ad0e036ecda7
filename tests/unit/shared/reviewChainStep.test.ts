import { describe, expect, it } from 'vitest'

import { reviewChainStep, reviewStates, reviewStepRefusal, reviewSteps } from '@fengcai/shared'
import type { ChainUser, ReviewChainNext, ReviewChainResult, ReviewChainState, ReviewChainStepInput } from '@fengcai/shared'

const three = { stages: ['初审', '复审', '终审'] }
const one = { stages: ['审核'] }
const AT = '2026-12-06T04:00:00.000Z'

const editor: ChainUser = { id: 1, name: '王编辑', roles: ['editor'] }
const first: ChainUser = { id: 2, name: '李一审', roles: ['reviewer'], reviewStages: [1] }
const second: ChainUser = { id: 3, name: '赵二审', roles: ['reviewer'], reviewStages: [2] }
const third: ChainUser = { id: 4, name: '钱终审', roles: ['reviewer'], reviewStages: [3] }
const versatile: ChainUser = { id: 5, name: '孙多面', roles: ['reviewer'], reviewStages: [1, 2, 3] }
const admin: ChainUser = { id: 6, name: '周管理', roles: ['admin'] }
const unassigned: ChainUser = { id: 7, name: '吴新人', roles: ['reviewer'] }

type Step = Omit<ReviewChainStepInput, 'doc' | 'at'>

const next = (result: ReviewChainResult): ReviewChainNext => {
  if ('refusal' in result) throw new Error(`refused: ${result.refusal.message}`)
  return result.next
}

/** Takes the steps in turn from a draft, each from the state the previous one left. */
const walk = (steps: Step[], start: Partial<ReviewChainState> = { reviewState: 'draft' }): ReviewChainNext[] => {
  let doc: Partial<ReviewChainState> = start
  return steps.map((step) => {
    const after = next(reviewChainStep({ ...step, doc, at: AT }))
    doc = after
    return after
  })
}

const submittedAt2 = (): ReviewChainNext =>
  walk([
    { chain: three, user: editor, action: 'submit' },
    { chain: three, user: first, action: 'approve' },
  ])[1]!

describe('reviewChainStep with three stages', () => {
  it('should go from 送审 through 初审 and 复审 to 终审, which publishes', () => {
    const [submitted, signed1, signed2, signed3] = walk([
      { chain: three, user: editor, action: 'submit' },
      { chain: three, user: first, action: 'approve', note: '事实已核对' },
      { chain: three, user: second, action: 'approve' },
      { chain: three, user: third, action: 'approve' },
    ])
    expect(submitted).toMatchObject({ reviewState: 'submitted', reviewStage: 1, signatures: [], publish: false })
    expect(signed1).toMatchObject({ reviewState: 'submitted', reviewStage: 2, publish: false })
    expect(signed1?.logEntry).toEqual({ action: 'approved', by: '李一审', at: AT, stage: 1, stageName: '初审', note: '事实已核对', overrideReason: null })
    expect(signed2).toMatchObject({ reviewState: 'submitted', reviewStage: 3, publish: false })
    expect(signed3).toMatchObject({ reviewState: 'approved', reviewStage: null, publish: true })
    expect(signed3?.signatures.map(({ stage, userId, by }) => [stage, userId, by])).toEqual([
      [1, 2, '李一审'],
      [2, 3, '赵二审'],
      [3, 4, '钱终审'],
    ])
  })

  it('should refuse one person signing two stages of one submission, naming the stage signed', () => {
    const doc = walk([
      { chain: three, user: editor, action: 'submit' },
      { chain: three, user: versatile, action: 'approve' },
    ])[1]
    const refused = reviewChainStep({ chain: three, doc, user: versatile, action: 'approve', at: AT })
    expect(refused).toEqual({
      refusal: { status: 403, message: '您已签发本次送审的“初审”，同一人不能签发同一次送审的两级审核。请由其他审核员签发“复审”。' },
    })
    const asAdmin = walk([
      { chain: three, user: editor, action: 'submit' },
      { chain: three, user: admin, action: 'approve' },
    ])[1]
    expect(reviewChainStep({ chain: three, doc: asAdmin, user: admin, action: 'approve', at: AT })).toMatchObject({ refusal: { status: 403 } })
  })

  it('should let an administrator sign any stage and a reviewer only their own, naming it', () => {
    expect(
      walk([
        { chain: three, user: editor, action: 'submit' },
        { chain: three, user: first, action: 'approve' },
        { chain: three, user: admin, action: 'approve' },
      ])[2],
    ).toMatchObject({ reviewStage: 3 })
    expect(reviewChainStep({ chain: three, doc: submittedAt2(), user: third, action: 'approve', at: AT })).toEqual({
      refusal: { status: 403, message: '您不能签发“复审”：您负责的是“终审”。请由负责“复审”的审核员处理。' },
    })
    expect(reviewChainStep({ chain: three, doc: submittedAt2(), user: unassigned, action: 'approve', at: AT })).toEqual({
      refusal: { status: 403, message: '您不能签发“复审”：您还没有被指定这一流程的审核级别，请管理员在“用户”中设置。请由负责“复审”的审核员处理。' },
    })
  })

  it('should need a note to return at stage 2, then send it back with the signatures cleared', () => {
    const doc = submittedAt2()
    expect(reviewChainStep({ chain: three, doc, user: second, action: 'return', note: ' ', at: AT })).toEqual({
      refusal: { status: 400, message: '退回时请填写审核意见，告诉编辑需要修改什么。' },
    })
    const returned = next(reviewChainStep({ chain: three, doc, user: second, action: 'return', note: '数据来源请补充', at: AT }))
    expect(returned).toMatchObject({ reviewState: 'returned', reviewStage: null, signatures: [], publish: false })
    expect(returned.logEntry).toMatchObject({ action: 'returned', stage: 2, stageName: '复审', note: '数据来源请补充' })
    const again = walk(
      [
        { chain: three, user: editor, action: 'submit' },
        { chain: three, user: first, action: 'approve' },
      ],
      returned,
    )
    expect(again[1]).toMatchObject({ reviewStage: 2, signatures: [{ stage: 1, userId: 2 }] })
  })

  it('should refuse writers every step but 送审, and steps the state does not allow', () => {
    const doc = submittedAt2()
    expect(reviewChainStep({ chain: three, doc, user: editor, action: 'approve', at: AT })).toEqual({
      refusal: { status: 403, message: '只有审核员可以通过或退回稿件。' },
    })
    expect(reviewChainStep({ chain: three, doc, user: editor, action: 'publish', at: AT })).toMatchObject({
      refusal: { status: 403, message: expect.stringMatching(/^编辑不能直接发布/) },
    })
    expect(reviewChainStep({ chain: three, doc, user: editor, action: 'submit', at: AT })).toEqual({
      refusal: { status: 409, message: '这篇稿件已经送审，正在等待审核。' },
    })
    expect(reviewChainStep({ chain: three, doc: { reviewState: 'draft' }, user: first, action: 'approve', at: AT })).toEqual({
      refusal: { status: 409, message: '只有待审核的稿件可以通过（这篇现在是“编辑中”）。' },
    })
  })

  it('should publish only as the last stage, and refuse a direct publish with the stages named', () => {
    expect(reviewChainStep({ chain: three, doc: submittedAt2(), user: second, action: 'publish', at: AT })).toEqual({
      refusal: { status: 409, message: '这篇稿件正在等待“复审”，“终审”通过后才能发布。' },
    })
    expect(reviewChainStep({ chain: three, doc: { reviewState: 'draft' }, user: admin, action: 'publish', at: AT })).toEqual({
      refusal: { status: 409, message: '发布前须送审，经“初审”“复审”“终审”依次通过（这篇现在是“编辑中”）。' },
    })
    const atLast = walk([{ chain: three, user: second, action: 'approve' }], submittedAt2())[0]
    expect(next(reviewChainStep({ chain: three, doc: atLast, user: third, action: 'publish', at: AT }))).toMatchObject({
      reviewState: 'approved',
      publish: true,
    })
  })

  it('should block the last stage on proofreading errors unless the signer gives a reason, and record it', () => {
    const atLast = walk([{ chain: three, user: second, action: 'approve' }], submittedAt2())[0]
    expect(reviewChainStep({ chain: three, doc: submittedAt2(), user: second, action: 'approve', blockingFindings: 2, at: AT })).not.toHaveProperty('refusal')
    expect(reviewChainStep({ chain: three, doc: atLast, user: third, action: 'approve', blockingFindings: 2, at: AT })).toEqual({
      refusal: { status: 400, message: '这篇稿件有 2 处校对错误：请先改正，或在“仍要发布的理由”中写明为何照发，理由会记入审核记录。' },
    })
    const published = next(
      reviewChainStep({ chain: three, doc: atLast, user: third, action: 'approve', blockingFindings: 2, overrideReason: '人名按本人要求', at: AT }),
    )
    expect(published.publish).toBe(true)
    expect(published.signatures[2]?.overrideReason).toBe('人名按本人要求')
    expect(published.logEntry?.overrideReason).toBe('人名按本人要求')
  })

  it('should publish again after an unpublish without a new signature', () => {
    const approved = walk(
      [
        { chain: three, user: second, action: 'approve' },
        { chain: three, user: third, action: 'approve' },
      ],
      submittedAt2(),
    )[1]!
    const again = next(reviewChainStep({ chain: three, doc: approved, user: first, action: 'publish', at: AT }))
    expect(again).toMatchObject({ reviewState: 'approved', publish: true, logEntry: null })
    expect(again.signatures).toEqual(approved.signatures)
  })

  it('should ask for a new submission of a document approved before the chain had its stages', () => {
    const approvedOnce = { reviewState: 'approved' as const, signatures: [{ stage: 1, userId: 2, by: '李一审', at: AT }] }
    for (const doc of [{ reviewState: 'approved' as const }, approvedOnce]) {
      expect(reviewChainStep({ chain: three, doc, user: admin, action: 'publish', at: AT })).toEqual({
        refusal: { status: 409, message: '这篇稿件没有经过现在的“初审”“复审”“终审”各级审核，请重新送审。' },
      })
    }
  })
})

describe('reviewChainStep with one stage', () => {
  // Every role × step × state answers as the single review step did, and ends in the same state.
  const roles = [['editor'], ['reviewer'], ['admin'], ['notice-staff']] as const
  const rows = roles.flatMap(([role]) => reviewSteps.flatMap((step) => reviewStates.map((state) => [role, step, state] as const)))
  const after = { submit: 'submitted', approve: 'approved', return: 'returned', publish: 'approved' } as const

  it.each(rows)('should answer %s taking %s from %s as before chains', (role, step, state) => {
    const today = reviewStepRefusal({ roles: [role] }, step, state, '请补充活动时间。')
    const result = reviewChainStep({
      chain: one,
      doc: { reviewState: state },
      user: { id: 9, name: '某人', roles: [role] },
      action: step,
      note: '请补充活动时间。',
      at: AT,
    })
    if (today) expect(result).toEqual({ refusal: today })
    else expect(next(result)).toMatchObject({ reviewState: after[step], publish: step === 'publish' })
  })

  it('should let any reviewer approve without publishing, then another publish without a second signature', () => {
    const [, approved, published] = walk([
      { chain: one, user: editor, action: 'submit' },
      { chain: one, user: unassigned, action: 'approve' },
      { chain: one, user: third, action: 'publish' },
    ])
    expect(approved).toMatchObject({ reviewState: 'approved', reviewStage: null, publish: false, signatures: [{ stage: 1, userId: 7 }] })
    expect(published).toMatchObject({ reviewState: 'approved', publish: true, logEntry: null, signatures: [{ stage: 1, userId: 7 }] })
  })

  it('should count a reviewer’s publish from a draft as the approval', () => {
    const stale = [{ stage: 1, userId: 2, by: '李一审', at: AT }]
    const published = next(reviewChainStep({ chain: one, doc: { reviewState: 'draft', signatures: stale }, user: third, action: 'publish', at: AT }))
    expect(published).toMatchObject({
      reviewState: 'approved',
      publish: true,
      signatures: [{ stage: 1, userId: 4 }],
      logEntry: { action: 'approved', stage: 1 },
    })
  })
})
