import { beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'

const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString()

describe('notices', () => {
  let ctx: TestPayload
  let staff: Awaited<ReturnType<TestPayload['createUser']>>

  beforeAll(async () => {
    ctx = await bootPayload()
    staff = await ctx.createUser(['notice-staff'])
    await ctx.payload.updateGlobal({
      slug: 'work-calendar',
      data: { holidays: [{ day: '2026-12-31' }, { day: '2027-01-01' }], makeupWorkdays: [{ day: '2027-01-02' }] },
    })
  })

  const create = (data: Record<string, unknown>, { draft = true } = {}) =>
    ctx.payload.create({
      collection: 'notices',
      data: { title: '测试公示', nominees: [], ...data } as never,
      overrideAccess: false,
      user: staff,
      draft,
    })

  it('should close at the end of the fifth working day by default', async () => {
    const notice = await create({ opensAt: shanghai('2026-11-23T09:00:00') })
    expect(notice.closesAt).toBe(shanghai('2026-11-28T00:00:00'))
  })

  it('should count with the work calendar the staff keep', async () => {
    // Mon 28, Tue 29, Wed 30 Dec, (holidays 31 Dec, 1 Jan), make-up Sat 2 Jan, Mon 4 Jan.
    const notice = await create({ opensAt: shanghai('2026-12-28T10:00:00') })
    expect(notice.closesAt).toBe(shanghai('2027-01-05T00:00:00'))
  })

  it('should honour another number of working days and a close set by hand', async () => {
    const longer = await create({ opensAt: shanghai('2026-11-23T09:00:00'), workingDays: 7 })
    expect(longer.closesAt).toBe(shanghai('2026-12-02T00:00:00'))
    const manual = await create({ opensAt: shanghai('2026-11-23T09:00:00'), closesAt: shanghai('2026-11-24T18:00:00') })
    expect(manual.closesAt).toBe(shanghai('2026-11-24T18:00:00'))
  })

  it('should refuse a close before the open', async () => {
    await expect(create({ opensAt: shanghai('2026-11-23T09:00:00'), closesAt: shanghai('2026-11-22T09:00:00') })).rejects.toMatchObject({ status: 400 })
  })

  it('should derive the period status for the admin list', async () => {
    const day = 24 * 3600_000
    const upcoming = await create({ opensAt: new Date(Date.now() + 3 * day).toISOString() })
    const open = await create({ opensAt: new Date(Date.now() - 3600_000).toISOString() })
    const closed = await create({ opensAt: new Date(Date.now() - 30 * day).toISOString() })
    expect([upcoming.periodStatus, open.periodStatus, closed.periodStatus]).toEqual(['upcoming', 'open', 'closed'])
  })

  it('should give every nominee a stable id that survives edits', async () => {
    const notice = await create({
      opensAt: shanghai('2026-11-23T09:00:00'),
      nominees: [
        { name: '甲', type: 'individual', category: '优秀志愿者' },
        { name: '乙', type: 'collective', category: '优秀集体' },
      ],
    })
    const ids = notice.nominees?.map((nominee) => nominee.id)
    expect(ids?.every((id) => typeof id === 'string' && id.length > 0)).toBe(true)
    const edited = await ctx.payload.update({
      collection: 'notices',
      id: notice.id,
      data: { nominees: [...(notice.nominees ?? []), { name: '丙', type: 'project', category: '优秀项目' }] },
      overrideAccess: false,
      user: staff,
      draft: true,
    })
    expect(edited.nominees?.slice(0, 2).map((nominee) => nominee.id)).toEqual(ids)
  })

  it('should refuse a deeds summary longer than 300 characters', async () => {
    // Validated on a publish, which is a reviewer's (notice staff submit; ReviewChainNotices.int.test.ts).
    const reviewer = await ctx.createUser(['reviewer'])
    await expect(
      ctx.payload.create({
        collection: 'notices',
        data: {
          title: '测试公示',
          opensAt: shanghai('2026-11-23T09:00:00'),
          nominees: [{ name: '甲', type: 'individual', category: '优秀志愿者', deeds: '事'.repeat(301) }],
          _status: 'published',
        },
        overrideAccess: false,
        user: reviewer,
      }),
    ).rejects.toMatchObject({ status: 400 })
  })
})
