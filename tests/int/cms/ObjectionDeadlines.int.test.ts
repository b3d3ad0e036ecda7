/**
 * Answer deadlines of objections (异议答复期限) on a real PostgreSQL, with fixed clocks: the due
 * date counted in the work calendar from a notice that closes on the eve of National Day, the
 * notice staff's dashboard showing it due soon on its last day and overdue the day after, 已办结
 * stopping the clock, the deadline following the notice's answer period and the calendar, and the
 * morning mail (at a real SMTP server) listing the overdue objection. Due dates stay staff-only.
 */
import { randomInt } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { defaultWorkCalendar, receiptCode } from '@fengcai/shared'

import { storeComment } from '../../helpers/comments'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'
import { mailThroughTestSmtp } from '../../helpers/smtp'
import type { MailingSmtp } from '../../helpers/smtp'

type User = Awaited<ReturnType<TestPayload['createUser']>>
type Objection = { id: number; receipt: string; phone?: string | null; answerDueAt?: string | null; answerDue?: string | null }

const shanghai = (local: string): Date => new Date(`${local}+08:00`)
const rows = (days: readonly string[]) => days.map((day) => ({ day }))

describe('objection answer deadlines', () => {
  let ctx: TestPayload
  let client: RouteClient
  let smtp: MailingSmtp
  let staff: User
  let editor: User
  let notice: { id: number; closesAt?: string | null; answerWorkingDays?: number | null; nomineeId: string }
  let objection: Objection

  beforeAll(async () => {
    // The summary is sent by the test at fixed times; no job runner may send anything meanwhile.
    smtp = await mailThroughTestSmtp({ CMS_PUBLIC_URL: 'https://cms.fengcai.test', FENGCAI_JOBS: 'off' })
    ctx = await bootPayload()
    client = await routeClient()
    staff = await ctx.createUser(['notice-staff'])
    editor = await ctx.createUser(['editor'])
    await ctx.payload.updateGlobal({
      slug: 'work-calendar',
      data: { holidays: rows(defaultWorkCalendar.holidays), makeupWorkdays: rows(defaultWorkCalendar.makeupWorkdays) },
      overrideAccess: true,
    })
    // Five working days from Wednesday 23 September 2026 (25–27 September are the Mid-Autumn holidays): the last is 30 September.
    const created = await ctx.payload.create({
      collection: 'notices',
      data: {
        title: '2026年度国庆前拟表彰志愿者公示',
        opensAt: shanghai('2026-09-23T09:00:00').toISOString(),
        workingDays: 5,
        nominees: [{ name: '沈若溪', type: 'individual', category: '服务之星' }],
        _status: 'published',
      },
      overrideAccess: true,
    })
    notice = { ...created, nomineeId: String(created.nominees?.[0]?.id) }
    // Received at 17:30 on the notice's last day, the eve of the holidays.
    objection = (await storeComment(ctx.payload, notice.id, 'objection', {
      // A receipt code of the real shape, so that the public lookup accepts it.
      receipt: receiptCode(shanghai('2026-09-30T17:30:00'), (max) => randomInt(max)),
      nomineeId: notice.nomineeId,
      nomineeName: '沈若溪',
      createdAt: shanghai('2026-09-30T17:30:00').toISOString(),
    })) as unknown as Objection
  })

  afterAll(async () => {
    await smtp.restore()
  })

  const stored = async (id: number) =>
    (await ctx.payload.findByID({ collection: 'notice-comments', id, depth: 0, overrideAccess: true })) as unknown as Objection
  const deadlines = async (now: Date) => {
    const { loadObjectionDeadlines } = await import('@/lib/objectionDeadlines')
    const { overdue, dueSoon } = await loadObjectionDeadlines(ctx.payload, now)
    return { overdue: overdue.map((row) => row.receipt), dueSoon: dueSoon.map((row) => row.receipt), rows: [...overdue, ...dueSoon] }
  }

  it('should give an objection received on the last day before National Day five working days after the holidays', async () => {
    expect(notice.closesAt).toBe(shanghai('2026-10-01T00:00:00').toISOString())
    // Prefilled from 站点设置's default.
    expect(notice.answerWorkingDays).toBe(5)
    // 8, 9, 10 (the make-up Saturday), 12 and 13 October: due by the end of the 13th.
    expect(objection.answerDueAt).toBe(shanghai('2026-10-14T00:00:00').toISOString())
    expect(objection.answerDue).toMatch(/^答复期限至2026年10月13日/)
    const comment = (await storeComment(ctx.payload, notice.id, 'comment')) as unknown as Objection
    expect(comment.answerDueAt ?? null).toBeNull()
  })

  /** What the dashboard's panel (admin/ObjectionDeadlines.tsx) and the desk endpoint list, at a fixed `now`. */
  it('should show it due soon on its due day and overdue from the day after, on the dashboard and the desk', async () => {
    expect(await deadlines(shanghai('2026-10-09T09:00:00'))).toMatchObject({ overdue: [], dueSoon: [] })
    expect(await deadlines(shanghai('2026-10-13T23:59:00'))).toMatchObject({ overdue: [], dueSoon: [objection.receipt] })
    const dayAfter = await deadlines(shanghai('2026-10-14T00:01:00'))
    expect(dayAfter).toMatchObject({ overdue: [objection.receipt], dueSoon: [] })
    expect(dayAfter.rows[0]).toMatchObject({ dueDate: '2026年10月13日', dueText: '答复期限至2026年10月13日，已超期 1 天', statusLabel: '已受理' })

    // The desk's endpoint, on today's clock (long after 13 October): overdue for notice staff, absent for an editor.
    const token = async (user: User) => (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token
    const asStaff = JSON.parse((await client.get('desk/todo', await token(staff))).text) as { objections?: { overdue: { receipt: string }[] } }
    expect(asStaff.objections?.overdue.map((row) => row.receipt)).toContain(objection.receipt)
    // The dashboard's 待办 asks without them (its own panel lists them), so they are not loaded a second time.
    const withoutDeadlines = JSON.parse((await client.get('desk/todo?objections=0', await token(staff))).text) as Record<string, unknown>
    expect(withoutDeadlines).toHaveProperty('counts')
    expect(withoutDeadlines).not.toHaveProperty('objections')
    const asEditor = JSON.parse((await client.get('desk/todo', await token(editor))).text) as Record<string, unknown>
    expect(asEditor).not.toHaveProperty('objections')
  })

  it('should stop the clock once the objection is 已办结', async () => {
    const other = (await storeComment(ctx.payload, notice.id, 'objection', {
      nomineeId: notice.nomineeId,
      createdAt: shanghai('2026-09-29T10:00:00').toISOString(),
    })) as unknown as Objection
    expect((await deadlines(shanghai('2026-10-15T09:00:00'))).overdue).toContain(other.receipt)
    await ctx.payload.update({
      collection: 'notice-comments',
      id: other.id,
      data: { status: 'resolved', resolution: '经核实，异议不成立。' },
      user: staff,
      overrideAccess: false,
    })
    expect((await deadlines(shanghai('2026-10-15T09:00:00'))).overdue).toEqual([objection.receipt])
    // The date it was answered against stays.
    expect((await stored(other.id)).answerDueAt).toBe(shanghai('2026-10-14T00:00:00').toISOString())
  })

  it('should move the deadline with the notice’s answer period and with the work calendar', async () => {
    await ctx.payload.update({ collection: 'notices', id: notice.id, data: { answerWorkingDays: 3 }, overrideAccess: true })
    // 8, 9 and 10 October.
    expect((await stored(objection.id)).answerDueAt).toBe(shanghai('2026-10-11T00:00:00').toISOString())
    await ctx.payload.update({ collection: 'notices', id: notice.id, data: { answerWorkingDays: 5 }, overrideAccess: true })
    // Without the make-up Saturday: 8, 9, 12, 13 and 14 October.
    const makeup = defaultWorkCalendar.makeupWorkdays.filter((day) => day !== '2026-10-10')
    await ctx.payload.updateGlobal({ slug: 'work-calendar', data: { makeupWorkdays: rows(makeup) }, overrideAccess: true })
    expect((await stored(objection.id)).answerDueAt).toBe(shanghai('2026-10-15T00:00:00').toISOString())
    await ctx.payload.updateGlobal({ slug: 'work-calendar', data: { makeupWorkdays: rows(defaultWorkCalendar.makeupWorkdays) }, overrideAccess: true })
    expect((await stored(objection.id)).answerDueAt).toBe(shanghai('2026-10-14T00:00:00').toISOString())
  })

  it('should list the overdue objection in the morning summary to notice staff, and send none while nothing is overdue', async () => {
    const { sendPendingSummary } = await import('@/jobs/staffMail')
    // The notice is closed, so only an overdue objection can call for a summary.
    expect(await sendPendingSummary(ctx.payload, shanghai('2026-10-13T09:30:00'))).toBe(false)
    expect(await sendPendingSummary(ctx.payload, shanghai('2026-10-14T09:30:00'))).toBe(true)
    const mail = await smtp.waitFor((candidate) => candidate.subject.includes('2026年10月14日'))
    expect(mail.to).toEqual([staff.email])
    expect(mail.subject).toContain('超期未答复异议 1 件')
    expect(mail.text).toContain('以下 1 件异议已超过答复期限，尚未办结，请尽快答复：')
    expect(mail.text).toContain(`· 回执 ${objection.receipt}：2026年度国庆前拟表彰志愿者公示，异议对象 沈若溪，答复期限至2026年10月13日，已超期 1 天`)
    expect(mail.text).toContain(`https://cms.fengcai.test/admin/collections/notice-comments/${objection.id}`)
    // Nothing of the objector.
    expect(mail.text).not.toContain(String(objection.phone))
    expect(mail.text).not.toContain('郑大海')
  })

  it('should keep due dates out of the public lookup and the public site settings', async () => {
    const answer = await client.post('notice-comments/lookup', {
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.77.0.1' },
      body: JSON.stringify({ receipt: objection.receipt, phoneLast4: String(objection.phone).slice(-4) }),
    })
    expect(answer.status).toBe(200)
    expect(answer.text).not.toMatch(/answerDue|答复期限|2026-10-1[34]/)
    const settings = JSON.parse((await client.get('globals/site-settings')).text) as Record<string, unknown>
    expect(settings).not.toHaveProperty('objectionAnswerDays')
    const asStaff = await ctx.payload.findGlobal({ slug: 'site-settings', user: staff, overrideAccess: false })
    expect(asStaff).toHaveProperty('objectionAnswerDays', 5)
  })
})
