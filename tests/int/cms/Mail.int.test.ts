/**
 * Mail through a real SMTP server: the password reset in Chinese, the objection notice to notice
 * staff without any personal data of the objector, the morning summary, and a mail server that is
 * down when an objection comes in (the submission still gets its 201; the mail follows later).
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { solveAltcha } from '../../helpers/altcha'
import { storeComment, submission } from '../../helpers/comments'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'
import { mailThroughTestSmtp } from '../../helpers/smtp'
import type { MailingSmtp, ReceivedMail } from '../../helpers/smtp'

const DAY = 24 * 3600_000
const HAN = /\p{Script=Han}/u

describe('mail to staff through SMTP', () => {
  let ctx: TestPayload
  let client: RouteClient
  let smtp: MailingSmtp
  let notice: { id: number; title: string; nomineeId: string; nomineeName: string }
  let staff: string[]
  let ip = 0

  beforeAll(async () => {
    smtp = await mailThroughTestSmtp({ MAIL_RETRY_DELAY_MS: '300', CMS_PUBLIC_URL: 'https://cms.fengcai.test', ALTCHA_MAX_COUNTER: '200' })
    ctx = await bootPayload()
    client = await routeClient()
    staff = [(await ctx.createUser(['notice-staff'])).email, (await ctx.createUser(['notice-staff'])).email]
    await ctx.createUser(['editor'])
    const created = await ctx.payload.create({
      collection: 'notices',
      data: {
        title: '2026年度社区志愿服务之星拟表彰对象公示',
        opensAt: new Date(Date.now() - DAY).toISOString(),
        nominees: [{ name: '顾晓岚', type: 'individual', category: '服务之星' }],
        _status: 'published',
      },
    })
    notice = { id: created.id, title: created.title, nomineeId: String(created.nominees?.[0]?.id), nomineeName: '顾晓岚' }
  })

  afterAll(async () => {
    await smtp.restore()
  })

  const objector = { name: '欧阳明远', phone: '13912345678', email: 'objector@example.com', content: '该对象的服务时长记录与实际不符，请核实具体时长。' }

  const submitObjection = async () => {
    ip += 1
    const altcha = await solveAltcha((await client.get('notice-comments/challenge')).text)
    const body = submission(String(notice.id), altcha, { kind: 'objection', nomineeId: notice.nomineeId, ...objector })
    const answer = await client.post('notice-comments/submit', {
      headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 Test', 'x-forwarded-for': `10.9.0.${ip}` },
      body: JSON.stringify(body),
    })
    return { status: answer.status, receipt: (JSON.parse(answer.text) as { receipt?: string }).receipt ?? '' }
  }

  const runMailQueue = () => ctx.payload.jobs.run({ queue: 'mail', limit: 20 })

  /** Brings the mail jobs' next try forward to now (their `wait_until` into the past) instead of waiting out the backoff. */
  const retryMailNow = async () => {
    const db = new pg.Client({ connectionString: ctx.databaseUrl })
    await db.connect()
    try {
      await db.query(`UPDATE payload_jobs SET wait_until = now() - interval '1 second' WHERE queue = 'mail' AND completed_at IS NULL AND wait_until > now()`)
    } finally {
      await db.end()
    }
  }

  const expectNoPersonalData = (mail: ReceivedMail) => {
    for (const value of Object.values(objector)) expect(mail.raw.includes(value) || mail.text.includes(value) || mail.html.includes(value), value).toBe(false)
    // Not even pieces of the phone number or the surname-and-name.
    expect(mail.text).not.toMatch(/1391234|欧阳/)
  }

  it('should send the password reset in Chinese, with a link that resets the password', async () => {
    const user = await ctx.createUser(['editor'])
    await ctx.payload.update({ collection: 'users', id: user.id, data: { name: '沈雨桐' }, overrideAccess: true })
    const answer = await client.post('users/forgot-password', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email }),
    })
    expect(answer.status).toBe(200)
    const mail = await smtp.waitFor((candidate) => candidate.to.includes(user.email))
    expect(mail.subject).toBe('风采后台：重置密码')
    expect(mail.parsed.from?.value[0]).toMatchObject({ address: 'noreply@fengcai.test', name: '风采' })
    expect(mail.html).toContain('沈雨桐，您好')
    expect(mail.html).toMatch(/请在 2 小时内打开下面的链接设置新密码/)
    const link = /href="(https:\/\/cms\.fengcai\.test\/admin\/reset\/([^"]+))"/.exec(mail.html)
    expect(link).not.toBeNull()
    const reset = await client.post('users/reset-password', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: link?.[2], password: 'new-Password-2026' }),
    })
    expect(reset.status).toBe(200)
    const login = await client.post('users/login', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: 'new-Password-2026' }),
    })
    expect(login.status).toBe(200)
  })

  it('should tell notice staff of a new objection, with receipt, notice, nominee and link but nothing of the objector', async () => {
    const { status, receipt } = await submitObjection()
    expect(status).toBe(201)
    await runMailQueue()
    const mail = await smtp.waitFor((candidate) => candidate.subject.includes(receipt))
    expect(mail.to.sort()).toEqual([...staff].sort())
    expect(mail.subject).toBe(`新异议：${notice.title}（回执 ${receipt}）`)
    expect(mail.text).toContain(`回执编号：${receipt}`)
    expect(mail.text).toContain(`异议对象：${notice.nomineeName}`)
    expect(mail.text).toMatch(/收到时间：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}（北京时间）/)
    const stored = await ctx.payload.find({ collection: 'notice-comments', where: { receipt: { equals: receipt } }, overrideAccess: true })
    expect(mail.text).toContain(`https://cms.fengcai.test/admin/collections/notice-comments/${stored.docs[0]?.id}`)
    expect(mail.html).toContain(`href="https://cms.fengcai.test/admin/collections/notice-comments/${stored.docs[0]?.id}"`)
    expect(HAN.test(mail.subject) && HAN.test(mail.text)).toBe(true)
    expectNoPersonalData(mail)
    // A comment (not an objection) sends nothing.
    const before = smtp.received.length
    await storeComment(ctx.payload, notice.id, 'comment')
    await runMailQueue()
    expect(smtp.received.length).toBe(before)
  })

  it('should answer 201 while the mail server is down, and send the notice once it is back', async () => {
    await smtp.stop()
    const { status, receipt } = await submitObjection()
    expect(status).toBe(201)
    const client = new pg.Client({ connectionString: ctx.databaseUrl })
    await client.connect()
    try {
      const job = async () =>
        (
          await client.query<{ tried: number; has_error: boolean; completed_at: string | null }>(
            `SELECT total_tried::int AS tried, has_error, completed_at FROM payload_jobs WHERE task_slug = 'notifyObjection' ORDER BY id DESC LIMIT 1`,
          )
        ).rows[0]
      // Run until the job has been tried: the CMS's own runner (every 10 s) may hold it while this
      // run passes it by (a loaded clean-clone run read `tried: 0` right after runMailQueue).
      const deadline = Date.now() + 30_000
      while (((await job())?.tried ?? 0) < 1 && Date.now() < deadline) {
        await runMailQueue()
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      // Tried, failed, waiting to be tried again (not given up, not done).
      const tried = await job()
      expect(tried).toMatchObject({ has_error: false, completed_at: null })
      expect(tried?.tried).toBeGreaterThanOrEqual(1)
    } finally {
      await client.end()
    }
    expect(smtp.received.some((mail) => mail.subject.includes(receipt))).toBe(false)
    await smtp.start()
    await retryMailNow()
    await runMailQueue()
    await smtp.waitFor((mail) => mail.subject.includes(receipt))
    await runMailQueue()
    expect(smtp.received.filter((mail) => mail.subject.includes(receipt))).toHaveLength(1)
  })

  it('should answer a password reset while the mail server is down, and send the mail once it is back', async () => {
    const user = await ctx.createUser(['reviewer'])
    await smtp.stop()
    try {
      const answer = await client.post('users/forgot-password', {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email }),
      })
      expect(answer.status).toBe(200)
    } finally {
      await smtp.start()
    }
    expect(smtp.received.some((mail) => mail.to.includes(user.email))).toBe(false)
    await retryMailNow()
    await runMailQueue()
    const mail = await smtp.waitFor((candidate) => candidate.to.includes(user.email))
    expect(mail.subject).toBe('风采后台：重置密码')
    expect(mail.html).toMatch(/\/admin\/reset\/[^"]+/)
    // Sent once, and without the queue's own marker header.
    await runMailQueue()
    expect(smtp.received.filter((candidate) => candidate.to.includes(user.email))).toHaveLength(1)
    expect(mail.raw).not.toMatch(/X-Fengcai-Mail-Job/i)
  })

  it('should send one morning summary of pending comments per day, from 09:00 Beijing time', async () => {
    await storeComment(ctx.payload, notice.id, 'comment')
    const day = new Date()
    const at = (hourShanghai: number) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hourShanghai - 8, 30))
    // Imported here: the task's retry delay is read when the module loads (after beforeAll's env).
    const { sendPendingSummary } = await import('@/jobs/staffMail')
    const before = smtp.received.length
    expect(await sendPendingSummary(ctx.payload, at(8))).toBe(false)
    expect(await sendPendingSummary(ctx.payload, at(9))).toBe(true)
    expect(await sendPendingSummary(ctx.payload, at(10))).toBe(false)
    const mail = await smtp.waitFor((candidate) => candidate.subject.startsWith('公示留言待处理汇总'))
    expect(smtp.received.length).toBe(before + 1)
    expect(mail.to.sort()).toEqual([...staff].sort())
    // Two pending comments (one above, one here) and the two objections still open.
    expect(mail.subject).toMatch(/待审核留言 2 条，未办结异议 2 条/)
    expect(mail.text).toContain(`· ${notice.title}`)
    expectNoPersonalData(mail)
  })
})
