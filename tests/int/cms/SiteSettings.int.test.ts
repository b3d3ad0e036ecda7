import { beforeAll, describe, expect, it } from 'vitest'

import { defaultReviewChain } from '@fengcai/shared'

import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'

describe('站点设置 (site settings)', () => {
  let ctx: TestPayload

  beforeAll(async () => {
    ctx = await bootPayload()
  })

  const update = async (roles: Parameters<TestPayload['createUser']>[0], data: Record<string, unknown>) =>
    ctx.payload.updateGlobal({ slug: 'site-settings', data: data as never, overrideAccess: false, user: await ctx.createUser(roles) })

  it('should be readable by anyone and changed only by editors and admins', async () => {
    await update(['editor'], { organizer: '测试主办单位', keepWords: '梧桐里\n蓝马甲' })
    const read = await ctx.payload.findGlobal({ slug: 'site-settings', overrideAccess: false })
    expect(read.organizer).toBe('测试主办单位')
    expect(read.keepWords).toBe('梧桐里\n蓝马甲')
    await expect(update(['notice-staff'], { organizer: '不该写入' })).rejects.toThrow()
    await expect(update(['reviewer'], { organizer: '不该写入' })).rejects.toThrow()
    await update(['admin'], { operator: '测试承办单位' })
    expect((await ctx.payload.findGlobal({ slug: 'site-settings' })).organizer).toBe('测试主办单位')
  })

  it('should queue a republish of the whole site when saved', async () => {
    const before = await ctx.payload.count({ collection: 'site-changes', where: { collection: { equals: 'site-settings' } } })
    await update(['editor'], { privacy: '第一段。\n\n第二段。' })
    const after = await ctx.payload.count({ collection: 'site-changes', where: { collection: { equals: 'site-settings' } } })
    expect(after.totalDocs).toBe(before.totalDocs + 1)
  })

  it('should not republish the site for a change of the review chain alone, which the public does not read', async () => {
    const count = async () => (await ctx.payload.count({ collection: 'site-changes', where: { collection: { equals: 'site-settings' } } })).totalDocs
    const before = await count()
    const stories = { stages: ['一审', '二审'] }
    await update(['admin'], { reviewChain: { ...defaultReviewChain, stories } })
    expect(await count()).toBe(before)
    expect((await ctx.payload.findGlobal({ slug: 'site-settings' })).reviewChain?.stories).toMatchObject(stories)
    expect(await ctx.payload.findGlobal({ slug: 'site-settings', overrideAccess: false })).not.toHaveProperty('reviewChain')
    await update(['admin'], { reviewChain: defaultReviewChain, organizer: '改名后的主办单位' })
    expect(await count()).toBe(before + 1)
  })

  it('should refuse an oversized 不转换词表 and a filing link that is not https, in Chinese, and keep what was there', async () => {
    /** The field's own message in a refused save (Payload's error names the fields; its data says why). */
    const refusal = async (data: Record<string, unknown>): Promise<string> => {
      try {
        await update(['editor'], data)
      } catch (error) {
        return ((error as { data?: { errors?: { message: string }[] } }).data?.errors ?? []).map((entry) => entry.message).join(' ')
      }
      throw new Error('the save was not refused')
    }
    expect(await refusal({ keepWords: '长'.repeat(41) })).toMatch(/太长：每个词不超过 40 个字/)
    expect(await refusal({ icpUrl: 'javascript:alert(1)' })).toMatch(/请填写以 https:\/\/ 开头的完整网址/)
    expect((await ctx.payload.findGlobal({ slug: 'site-settings' })).keepWords).toBe('梧桐里\n蓝马甲')
  })

  it('should prefill a new notice’s 异议受理 from the settings, and leave a notice’s own alone', async () => {
    const defaults = {
      department: '区志愿者协会秘书处',
      phone: '021-55550123',
      email: 'ask@example.org',
      address: '中山路1号',
      officeHours: '工作日 9:00–17:00',
    }
    await update(['editor'], { objectionContact: defaults })
    const staff = await ctx.createUser(['notice-staff'])
    const create = (data: Record<string, unknown>) =>
      ctx.payload.create({
        collection: 'notices',
        data: { title: '默认受理信息测试', opensAt: new Date().toISOString(), nominees: [], ...data } as never,
        overrideAccess: false,
        user: staff,
        draft: true,
      })
    const prefilled = await create({})
    expect(prefilled.objectionContact).toMatchObject(defaults)
    const own = await create({ objectionContact: { department: '团区委', phone: '010-12345678' } })
    expect(own.objectionContact).toMatchObject({ department: '团区委', phone: '010-12345678' })
    expect(own.objectionContact?.address ?? null).toBeNull()
  })
})
