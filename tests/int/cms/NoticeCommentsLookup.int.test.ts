/**
 * 查询办理进度: POST /api/notice-comments/lookup on the real route handlers and a real PostgreSQL.
 * Staff move an objection through its statuses by REST; the lookup shows each status with its
 * date and, once resolved, the 答复 — mailed to the objector through a real SMTP server. A wrong
 * pair answers as an unknown code does, lookups are limited per address and per code, and nothing
 * of the submission's text or of anyone else is ever in an answer.
 */
import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { storeComment } from '../../helpers/comments'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'
import { mailThroughTestSmtp } from '../../helpers/smtp'
import type { MailingSmtp } from '../../helpers/smtp'

const DAY = 24 * 3600_000
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** A fresh receipt code of the real shape (the helper's own codes are not). */
const newReceipt = (): string => `GS-20261206-${Array.from(randomBytes(4), (byte) => ALPHABET[byte % ALPHABET.length]).join('')}`

const objector = {
  name: '欧阳明远',
  phone: '13912345678',
  email: 'Objector.Lookup@example.com',
  content: '该对象的服务时长记录与实际不符，请核实具体时长。',
  evidence: '社区服务中心的签到表第三页。',
}

describe('notice comments: progress lookup', () => {
  let ctx: TestPayload
  let client: RouteClient
  let smtp: MailingSmtp
  let staffToken: string
  let staffId: number
  let noticeId: number
  let address = 0

  /** Each call from its own address unless one is given, so the address limit stays out of the way. */
  const lookup = async (body: unknown, from = `10.7.${Math.floor(++address / 250)}.${address % 250}`) => {
    const answer = await client.post('notice-comments/lookup', {
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
    return { status: answer.status, headers: answer.headers, text: answer.text, body: JSON.parse(answer.text) as Record<string, unknown> }
  }

  const moderate = async (id: number, data: Record<string, unknown>) => {
    const answer = await client.patch(`notice-comments/${id}`, data, staffToken)
    expect(answer.status, answer.text).toBe(200)
    return (JSON.parse(answer.text) as { doc: Record<string, unknown> }).doc
  }

  const objection = (fields: Record<string, unknown> = {}) =>
    storeComment(ctx.payload, noticeId, 'objection', { receipt: newReceipt(), ...objector, nomineeName: '顾晓岚', ...fields })

  beforeAll(async () => {
    smtp = await mailThroughTestSmtp({ SITE_URL: 'https://www.fengcai.test' })
    ctx = await bootPayload()
    client = await routeClient()
    const staff = await ctx.createUser(['notice-staff'])
    staffId = staff.id
    staffToken = (await ctx.payload.login({ collection: 'users', data: { email: staff.email, password: staff.password } })).token as string
    const notice = await ctx.payload.create({
      collection: 'notices',
      data: {
        title: '2026年度进度查询测试公示',
        opensAt: new Date(Date.now() - DAY).toISOString(),
        nominees: [{ name: '顾晓岚', type: 'individual', category: '服务之星' }],
        _status: 'published',
      },
    })
    noticeId = notice.id
  })

  afterAll(async () => {
    await smtp.restore()
  })

  it('should show each status with its date and, once resolved, the reply, mailed to the objector', async () => {
    const stored = await objection()
    const first = await lookup({ receipt: stored.receipt, phoneLast4: '5678' })
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ kind: 'objection', status: 'received', statusLabel: '已受理', nomineeName: '顾晓岚' })
    expect(first.body.notice).toMatchObject({ title: '2026年度进度查询测试公示' })
    expect(first.body.history).toHaveLength(1)

    await moderate(stored.id, { status: 'under-review', reply: '草稿：尚未办结的答复不应显示。' })
    const reviewing = await lookup({ receipt: stored.receipt, email: ' objector.lookup@EXAMPLE.com ' })
    expect(reviewing.status).toBe(200)
    expect(reviewing.body.status).toBe('under-review')
    expect(reviewing.body).not.toHaveProperty('reply')

    const reply = '经向服务中心核实，服务时长记录无误，维持公示结果。感谢您的监督。'
    await moderate(stored.id, { status: 'resolved', resolution: '内部：已电话回访。', reply })
    const done = await lookup({ receipt: stored.receipt, phoneLast4: '5678' })
    expect(done.status).toBe(200)
    expect(done.body).toMatchObject({ status: 'resolved', statusLabel: '已办结', reply })
    const history = done.body.history as { status: string; statusLabel: string; at: string }[]
    expect(history.map((entry) => entry.status)).toEqual(['received', 'under-review', 'resolved'])
    expect(history.map((entry) => entry.statusLabel)).toEqual(['已受理', '核查中', '已办结'])
    const times = history.map((entry) => Date.parse(entry.at))
    expect(times.every((time, index) => index === 0 || time >= (times[index - 1] as number))).toBe(true)
    expect(Date.now() - (times[2] as number)).toBeLessThan(60_000)

    // Nothing of what was sent, nor the internal resolution note.
    for (const value of [...Object.values(objector), '5678', '内部：已电话回访', 'f'.repeat(32)]) expect(done.text).not.toContain(value)

    await ctx.payload.jobs.run({ queue: 'mail', limit: 20 })
    const mail = await smtp.waitFor((candidate) => candidate.to.includes(objector.email.toLowerCase()) || candidate.to.includes(objector.email))
    expect(mail.subject).toBe(`异议办理结果：2026年度进度查询测试公示（回执 ${stored.receipt}）`)
    expect(mail.text).toContain(reply)
    expect(mail.text).toContain('https://www.fengcai.test/notices/progress/')
    for (const value of [objector.name, objector.phone, objector.content, objector.evidence, '内部：已电话回访']) expect(mail.raw).not.toContain(value)

    // A later edit of a resolved objection does not mail again.
    const before = smtp.received.length
    await moderate(stored.id, { moderatorNote: '归档。' })
    await ctx.payload.jobs.run({ queue: 'mail', limit: 20 })
    expect(smtp.received.length).toBe(before)
  })

  it('should keep the status history out of every client write', async () => {
    const stored = await objection()
    const forged = [{ status: 'resolved', at: '2020-01-01T00:00:00.000Z' }]
    const doc = await moderate(stored.id, { status: 'under-review', statusHistory: forged })
    expect((doc.statusHistory as { status: string }[]).map((entry) => entry.status)).toEqual(['received', 'under-review'])
    const graphql = await client.graphql(
      `mutation { updateNoticeComment(id: ${stored.id}, data: { statusHistory: [{ status: "resolved", at: "2020-01-01T00:00:00.000Z" }] }) { id } }`,
      staffToken,
    )
    expect(graphql.status).toBeLessThan(500)
    const afterGraphql = await ctx.payload.findByID({ collection: 'notice-comments', id: stored.id, overrideAccess: true })
    expect(afterGraphql.statusHistory?.map((entry) => entry.status)).toEqual(['received', 'under-review'])
    const local = await ctx.payload.update({
      collection: 'notice-comments',
      id: stored.id,
      data: { status: 'received', statusHistory: forged } as never,
      overrideAccess: true,
      context: { skipRebuild: true },
    })
    expect(local.statusHistory?.map((entry) => entry.status)).toEqual(['received', 'under-review', 'received'])
    const bulk = await client.patch(`notice-comments?where[id][equals]=${stored.id}`, { statusHistory: forged }, staffToken)
    expect(bulk.status).toBe(200)
    // Restoring the version from when it was under review: the status goes back, the history grows.
    const versions = await ctx.payload.findVersions({ collection: 'notice-comments', where: { parent: { equals: stored.id } }, sort: '-createdAt', limit: 10 })
    const reviewing = versions.docs.find((version) => version.version.status === 'under-review')
    const restored = await ctx.payload.restoreVersion({
      collection: 'notice-comments',
      id: String(reviewing?.id),
      overrideAccess: false,
      user: await ctx.payload.findByID({ collection: 'users', id: staffId }),
      context: { skipRebuild: true },
    })
    expect(restored.statusHistory?.map((entry) => entry.status)).toEqual(['received', 'under-review', 'received', 'under-review'])
  })

  it('should answer a wrong pair exactly as an unknown code', async () => {
    const stored = await objection()
    const wrongDigits = await lookup({ receipt: stored.receipt, phoneLast4: '0000' })
    const wrongEmail = await lookup({ receipt: stored.receipt, email: 'someone.else@example.com' })
    const unknown = await lookup({ receipt: newReceipt(), phoneLast4: '5678' })
    for (const answer of [wrongDigits, wrongEmail, unknown]) {
      expect(answer.status).toBe(404)
      expect(answer.text).toBe(unknown.text)
    }
    expect(unknown.body).toMatchObject({ code: 'not-found', message: expect.stringMatching(/没有找到/) })
    // No phone stored (erased, or a landline-less comment): the digits open nothing.
    const noPhone = await objection({ phone: null })
    expect((await lookup({ receipt: noPhone.receipt, phoneLast4: '5678' })).text).toBe(unknown.text)
  })

  it('should take comparable time for a wrong pair and an unknown code', async () => {
    const stored = await objection()
    const timed = async (body: unknown): Promise<number> => {
      const started = performance.now()
      expect((await lookup(body)).status).toBe(404)
      return performance.now() - started
    }
    const wrong: number[] = []
    const unknown: number[] = []
    // Interleaved, so a busy moment of the machine falls on both sides alike.
    for (let round = 0; round < 12; round += 1) {
      wrong.push(await timed({ receipt: stored.receipt, phoneLast4: String(1000 + round) }))
      unknown.push(await timed({ receipt: newReceipt(), phoneLast4: '5678' }))
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number
    const [a, b] = [median(wrong), median(unknown)]
    expect(Math.abs(a - b), `wrong pair ${a.toFixed(1)} ms, unknown code ${b.toFixed(1)} ms`).toBeLessThan(Math.max(15, 0.75 * Math.max(a, b)))
  })

  it('should never give a notice the slug of the progress page', async () => {
    const notice = await ctx.payload.create({
      collection: 'notices',
      data: { title: '进度', slug: 'progress', opensAt: new Date().toISOString(), nominees: [{ name: '甲', type: 'individual', category: '服务之星' }] },
    })
    expect(notice.slug).toBe('progress-2')
  })

  it('should refuse malformed lookups with Chinese messages', async () => {
    const cases: unknown[] = [
      'not json',
      [],
      { receipt: 'GS-1', phoneLast4: '5678' },
      { receipt: newReceipt() },
      { receipt: newReceipt(), phoneLast4: '56a8' },
      { receipt: newReceipt(), phoneLast4: '5678', email: 'a@example.com' },
      { receipt: newReceipt(), phoneLast4: '5678', content: 'x' },
    ]
    for (const body of cases) {
      const answer = await lookup(body)
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(answer.body.message).toMatch(/\p{Script=Han}/u)
    }
  })

  it('should refuse the 11th lookup from one address, and the 21st for one code', async () => {
    const stored = await objection()
    const from = '10.8.0.1'
    for (let index = 0; index < 10; index += 1) expect((await lookup({ receipt: newReceipt(), phoneLast4: '1234' }, from)).status).toBe(404)
    const refused = await lookup({ receipt: stored.receipt, phoneLast4: '5678' }, from)
    expect(refused.status).toBe(429)
    expect(refused.body.message).toMatch(/查询过于频繁/)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)

    for (let index = 0; index < 20; index += 1) expect((await lookup({ receipt: stored.receipt, phoneLast4: String(1000 + index) })).status).toBe(404)
    const guessed = await lookup({ receipt: stored.receipt, phoneLast4: '5678' })
    expect(guessed.status).toBe(429)
    expect(guessed.text).not.toContain('objection')
  })
})
