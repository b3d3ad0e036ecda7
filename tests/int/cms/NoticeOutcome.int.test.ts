/** 公示结果: written by notice staff and admins only, and only once the notice's period has ended. */
import { beforeAll, describe, expect, it } from 'vitest'

import type { Notice } from '@fengcai/shared/payload-types'

import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

const DAY = 24 * 3600_000
const BEFORE_CLOSE = '公示期结束后才能填写和公布公示结果。'

type User = Awaited<ReturnType<TestPayload['createUser']>>

describe('公示结果', () => {
  let ctx: TestPayload
  let routes: RouteClient
  let staff: User
  let admin: User

  beforeAll(async () => {
    ctx = await bootPayload()
    routes = await routeClient()
    staff = await ctx.createUser(['notice-staff'])
    admin = await ctx.createUser(['admin'])
  })

  /** A published notice that opened `daysAgo` days ago (five working days: closed after 30, open after 0). */
  const publishedNotice = (daysAgo: number): Promise<Notice> =>
    ctx.payload.create({
      collection: 'notices',
      data: {
        title: `结果测试公示 ${daysAgo}`,
        opensAt: new Date(Date.now() - daysAgo * DAY - 3600_000).toISOString(),
        nominees: [
          { name: '甲', type: 'individual', category: '优秀志愿者' },
          { name: '乙', type: 'collective', category: '优秀集体' },
        ],
        _status: 'published',
      },
      overrideAccess: true,
    })

  const decided = (notice: Notice, decisions: (Record<string, string> | null)[]) =>
    (notice.nominees ?? []).map((nominee, index) => ({ ...nominee, ...decisions[index] }))

  const update = (notice: Notice, user: User | undefined, data: Record<string, unknown>) =>
    ctx.payload.update({ collection: 'notices', id: notice.id, data, overrideAccess: false, user })

  /**
   * Notice staff write the result into the notice's draft; publishing it is a reviewer's or an
   * administrator's (the review chain, one stage here).
   */
  const staffResult = async (notice: Notice, data: Record<string, unknown>): Promise<Notice> => {
    await ctx.payload.update({ collection: 'notices', id: notice.id, data, overrideAccess: false, user: staff, draft: true })
    return update(notice, admin, { _status: 'published' })
  }

  const stored = (notice: Notice) => ctx.payload.findByID({ collection: 'notices', id: notice.id, depth: 0, overrideAccess: true })

  it('should refuse any result while the notice is still open, in Chinese, with a 400 on the REST API as well', async () => {
    const open = await publishedNotice(0)
    expect(open.periodStatus).toBe('open')
    await expect(update(open, staff, { nominees: decided(open, [{ decision: 'approved' }, null]) })).rejects.toMatchObject({
      status: 400,
      message: BEFORE_CLOSE,
    })
    await expect(update(open, admin, { outcome: { announced: true }, _status: 'published' })).rejects.toMatchObject({ status: 400, message: BEFORE_CLOSE })
    const { token } = await ctx.payload.login({ collection: 'users', data: { email: staff.email, password: staff.password } })
    const answer = await routes.patch(`notices/${open.id}`, { outcome: { note: '提前写好的结果说明' } }, token)
    expect(answer.status).toBe(400)
    expect(answer.text).toContain(BEFORE_CLOSE)
    expect((await stored(open)).outcome?.note ?? null).toBeNull()
    // An ordinary edit of the open notice still goes through (a draft, for review).
    await expect(
      ctx.payload.update({ collection: 'notices', id: open.id, data: { title: '结果测试公示（修订）' }, overrideAccess: false, user: staff, draft: true }),
    ).resolves.toMatchObject({ title: '结果测试公示（修订）' })
  })

  it('should let notice staff write a result once closed, dated the day it was published', async () => {
    const closed = await publishedNotice(30)
    expect(closed.periodStatus).toBe('closed')
    const before = Date.now()
    const published = await staffResult(closed, {
      nominees: decided(closed, [{ decision: 'approved', decisionNote: '事迹经核查属实。' }, { decision: 'deferred' }]),
      outcome: { announced: true, note: '公示期内收到异议一件，经核查处理如下。' },
    })
    expect(published.nominees?.map((nominee) => [nominee.name, nominee.decision, nominee.decisionNote ?? null])).toEqual([
      ['甲', 'approved', '事迹经核查属实。'],
      ['乙', 'deferred', null],
    ])
    expect(new Date(published.outcome?.announcedAt as string).getTime()).toBeGreaterThanOrEqual(before - 1000)
    // Admins edit it; a given date is kept.
    const edited = await update(published, admin, { outcome: { announced: true, announcedAt: '2026-11-30T16:00:00.000Z' }, _status: 'published' })
    expect(edited.outcome?.announcedAt).toBe('2026-11-30T16:00:00.000Z')
  })

  it('should refuse to publish an announced result that leaves a nominee without a decision, naming the nominee', async () => {
    const closed = await publishedNotice(30)
    await expect(
      update(closed, admin, { nominees: decided(closed, [{ decision: 'rejected' }, null]), outcome: { announced: true }, _status: 'published' }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('尚未选择：乙') })
    // As a draft it may stay unfinished.
    await expect(
      ctx.payload.update({
        collection: 'notices',
        id: closed.id,
        data: { nominees: decided(closed, [{ decision: 'rejected' }, null]), outcome: { announced: true } },
        overrideAccess: false,
        user: staff,
        draft: true,
      }),
    ).resolves.toMatchObject({ outcome: { announced: true } })
  })

  it('should keep the result out of reach of every other role and of the public', async () => {
    const closed = await publishedNotice(30)
    const original = await staffResult(closed, {
      nominees: decided(closed, [{ decision: 'approved' }, { decision: 'approved' }]),
      outcome: { announced: true, note: '原结果说明' },
    })
    for (const roles of [['editor'], ['reviewer'], []] as const) {
      // No roles: an anonymous caller.
      const user = roles.length ? await ctx.createUser([...roles]) : undefined
      const attempt = update(original, user, {
        nominees: decided(original, [{ decision: 'rejected' }, { decision: 'rejected' }]),
        outcome: { announced: false, note: '篡改' },
        _status: 'published',
      })
      // Refused outright today (only notice staff and admins edit notices); were another role ever
      // to edit notices, the result's own field access would still leave it as it was.
      await attempt.catch((error: { status?: number }) => expect(error.status, roles.join()).toBe(403))
      const after = await stored(original)
      expect(after.outcome, roles.join()).toMatchObject({ announced: true, note: '原结果说明' })
      expect(
        after.nominees?.map((nominee) => nominee.decision),
        roles.join(),
      ).toEqual(['approved', 'approved'])
    }
    expect((await routes.patch(`notices/${original.id}`, { outcome: { announced: false } })).status).toBe(403)
  })
})
