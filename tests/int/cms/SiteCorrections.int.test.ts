/**
 * 网站纠错: the public form's endpoint meets the comment form's abuse cases (proof of work, limits,
 * replays, idempotency, validation), sends a page without JavaScript back to the form, and its
 * reports — the sender's contact among them — reach editors and admins alone, counted on their desk.
 */
import { solveChallenge } from 'altcha-lib'
import type { Challenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@fengcai/shared'

import { solveAltcha } from '../../helpers/altcha'
import { correction, storeCorrection } from '../../helpers/comments'
import { eraseCorrectionContacts } from '@/jobs/eraseExpiredPersonalData'

import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

const CHINESE = /[\u4e00-\u9fa5]/
const SITE = 'https://site.test'

type Answer = {
  status: number
  location: string | null
  retryAfter: string | null
  body: { receipt?: string; code?: string; message?: string; errors?: Record<string, string> }
}

describe('site corrections (网站纠错)', () => {
  let ctx: TestPayload
  let client: RouteClient
  let addresses = 0

  const newAddress = (): string => {
    addresses += 1
    return `10.9.${Math.floor(addresses / 250)}.${addresses % 250}`
  }

  beforeAll(async () => {
    process.env.ALTCHA_MAX_COUNTER = '200'
    process.env.SITE_URL = SITE
    ctx = await bootPayload()
    client = await routeClient()
  })

  const solved = async (): Promise<string> => solveAltcha((await client.get('site-corrections/challenge')).text)

  const post = async (
    body: unknown,
    { type = 'application/json', raw, ip = newAddress(), referer }: { type?: string; raw?: string; ip?: string; referer?: string } = {},
  ): Promise<Answer> => {
    const headers: Record<string, string> = { 'content-type': type, 'user-agent': 'Mozilla/5.0 Test', 'x-forwarded-for': ip }
    if (referer) headers.referer = referer
    const encoded =
      raw ??
      (type === 'application/x-www-form-urlencoded'
        ? new URLSearchParams(Object.entries(body as Record<string, unknown>).map(([key, value]) => [key, String(value ?? '')])).toString()
        : JSON.stringify(body))
    const answer = await client.post('site-corrections/submit', { headers, body: encoded })
    return {
      status: answer.status,
      location: answer.headers.get('location'),
      retryAfter: answer.headers.get('retry-after'),
      body: answer.text ? JSON.parse(answer.text) : {},
    }
  }

  const rows = async () => (await ctx.payload.count({ collection: 'site-corrections' })).totalDocs
  const token = async (user: { email: string; password: string }) =>
    (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string

  it('should store a report with its page and normalised contact, and give a retry the same receipt', async () => {
    const body = correction(await solved(), { page: '/notices/2026-demo/', contact: '+86 139-1234-5678' })
    const first = await post(body)
    expect(first.status).toBe(201)
    expect(first.body.receipt).toMatch(/^JC-\d{8}-[2-9A-HJ-NP-Z]{4}$/)
    expect(first.body.message).toMatch(CHINESE)
    const again = await post(body)
    expect(again.status).toBe(200)
    expect(again.body.receipt).toBe(first.body.receipt)
    const stored = await ctx.payload.find({ collection: 'site-corrections', where: { receipt: { equals: first.body.receipt } } })
    expect(stored.totalDocs).toBe(1)
    expect(stored.docs[0]).toMatchObject({ status: 'pending', page: '/notices/2026-demo/', contact: '13912345678' })
    const email = await post(correction(await solved(), { contact: ' Reader@Example.COM ' }))
    expect(email.status).toBe(201)
    const byMail = await ctx.payload.find({ collection: 'site-corrections', where: { receipt: { equals: email.body.receipt } } })
    expect(byMail.docs[0]?.contact).toBe('reader@example.com')
  })

  it('should reject every case of the bad-input corpus with the right status, a Chinese message and no row', async () => {
    const used = correction(await solved())
    expect((await post(used)).status).toBe(201)
    const expired = await (async () => {
      const challenge = JSON.parse((await client.get('site-corrections/challenge')).text) as Challenge
      const solution = await solveChallenge({ challenge, deriveKey })
      const stale = { ...challenge, parameters: { ...challenge.parameters, expiresAt: Math.floor(Date.now() / 1000) - 60 } }
      return Buffer.from(JSON.stringify({ challenge: stale, solution })).toString('base64')
    })()
    const valid = async (overrides: Record<string, unknown> = {}) => correction(await solved(), overrides)
    const cases: [string, () => Promise<Parameters<typeof post>>, number, string?][] = [
      ['missing page', async () => [await valid({ page: undefined })], 400],
      ['page on another site', async () => [await valid({ page: 'https://evil.example/x/' })], 400],
      ['protocol-relative page', async () => [await valid({ page: '//evil.example/x/' })], 400],
      ['page climbing up', async () => [await valid({ page: '/stories/../../etc/passwd' })], 400],
      ['page with markup', async () => [await valid({ page: '/stories/<script>/' })], 400],
      ['page too long', async () => [await valid({ page: `/${'a'.repeat(300)}/` })], 400],
      ['missing content', async () => [await valid({ content: undefined })], 400],
      ['content too short', async () => [await valid({ content: '错了' })], 400],
      ['content too long', async () => [await valid({ content: '长'.repeat(1001) })], 400],
      ['NUL in content', async () => [await valid({ content: '页面上的\u0000电话号码有误。' })], 400],
      ['zero-width in content', async () => [await valid({ content: '页面上的\u200b电话号码有误。' })], 400],
      ['content as an object', async () => [await valid({ content: { text: '页面上的电话号码有误。' } })], 400],
      ['bad mobile number', async () => [await valid({ contact: '12345678901' })], 400],
      ['contact with letters', async () => [await valid({ contact: '138abcd5678' })], 400],
      ['bad e-mail', async () => [await valid({ contact: 'not@an@email' })], 400],
      ['contact too long', async () => [await valid({ contact: `${'a'.repeat(120)}@example.com` })], 400],
      ['filled honeypot', async () => [await valid({ website: 'http://spam.example' })], 400],
      ['missing idempotency key', async () => [await valid({ idempotencyKey: undefined })], 400],
      ['bad idempotency key', async () => [await valid({ idempotencyKey: 'short' })], 400],
      ['missing proof of work', async () => [await valid({ altcha: undefined })], 400, 'altcha-missing'],
      ['bad proof of work', async () => [await valid({ altcha: 'bm90IGEgc29sdXRpb24=' })], 400, 'altcha-invalid'],
      ['replayed proof of work', async () => [await valid({ altcha: used.altcha })], 400, 'altcha-replayed'],
      ['expired proof of work', async () => [await valid({ altcha: expired })], 400, 'altcha-expired'],
      ['oversized body', async () => [await valid({ content: 'x'.repeat(20_000) })], 413, 'too-large'],
      ['wrong content type', async () => [{}, { type: 'text/plain', raw: JSON.stringify(await valid()) }], 415, 'unsupported'],
      ['malformed JSON', async () => [{}, { raw: '{"page": "/",' }], 400],
      ['JSON array', async () => [{}, { raw: '[1,2,3]' }], 400],
    ]
    for (const [label, make, status, code] of cases) {
      const before = await rows()
      const [body, options] = await make()
      const answer = await post(body, options)
      expect(answer.status, label).toBe(status)
      expect(answer.body.message ?? '', label).toMatch(CHINESE)
      if (code) expect(answer.body.code, label).toBe(code)
      expect(await rows(), label).toBe(before)
    }
  })

  it('should answer every field error of one try together, in Chinese', async () => {
    const answer = await post(correction(await solved(), { page: 'x', content: '短', contact: '123' }))
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({
      code: 'invalid',
      errors: {
        page: '页面地址应为本站页面，如 /stories/xxx/。',
        content: '问题描述至少 5 个字。',
        contact: '请填写正确的手机号码、带区号的固定电话或电子邮箱。',
      },
    })
  })

  it('should limit reports per address with 429 and Retry-After, and per contact a day', async () => {
    const ip = newAddress()
    const statuses: number[] = []
    let limited: Answer | undefined
    for (let index = 0; index < 12; index += 1) {
      const answer = await post(correction(await solved()), { ip })
      statuses.push(answer.status)
      if (answer.status === 429) limited = answer
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(10)
    expect(statuses.slice(10)).toEqual([429, 429])
    expect(limited?.body.code).toBe('rate-limited')
    expect(Number(limited?.retryAfter)).toBeGreaterThan(0)

    const contact = '021-87654321'
    const perContact: number[] = []
    for (let index = 0; index < 6; index += 1) perContact.push((await post(correction(await solved(), { contact }))).status)
    expect(perContact).toEqual([201, 201, 201, 201, 201, 429])
  })

  it('should send a plain form post back to the form, with the page kept and only a receipt or a code', async () => {
    const form = { type: 'application/x-www-form-urlencoded', referer: `${SITE}/` }
    const page = '/galleries/demo/'
    const stored = await post(correction(await solved(), { page }), form)
    expect(stored.status).toBe(303)
    const back = new URL(stored.location ?? '')
    expect(`${back.origin}${back.pathname}`).toBe(`${SITE}/jiucuo/`)
    expect(back.searchParams.get('page')).toBe(page)
    expect(back.searchParams.get('receipt')).toMatch(/^JC-\d{8}-[2-9A-HJ-NP-Z]{4}$/)
    expect(back.hash).toBe('#correction-form')

    const noScript = await post(correction('', { page }), form)
    const refused = new URL(noScript.location ?? '')
    expect(refused.searchParams.get('error')).toBe('altcha-missing')
    expect(refused.searchParams.get('page')).toBe(page)
    expect(refused.hash).toBe('#feedback-error-altcha-missing')
    expect([...refused.searchParams.keys()].sort()).toEqual(['error', 'page'])
    expect(decodeURIComponent(refused.href)).not.toMatch(CHINESE)
  })

  it('should let editors and admins read and handle reports, contact included, and nobody else by any path', async () => {
    const report = await storeCorrection(ctx.payload, { contact: '13800001111' })
    const roles: Role[] = ['editor', 'admin', 'reviewer', 'notice-staff']
    const created = await Promise.all(roles.map((role) => ctx.createUser([role])))
    const users = Object.fromEntries(roles.map((role, index) => [role, created[index] as (typeof created)[number]])) as Record<Role, (typeof created)[number]>
    for (const role of ['editor', 'admin'] as const) {
      const user = users[role]
      const seen = await ctx.payload.findByID({ collection: 'site-corrections', id: report.id, overrideAccess: false, user })
      expect(seen.contact, role).toBe('13800001111')
      const handled = await ctx.payload.update({
        collection: 'site-corrections',
        id: report.id,
        data: { status: 'done', reply: `${role} 已更正电话号码。`, contact: '13999999999', page: '/elsewhere/' },
        overrideAccess: false,
        user,
      })
      // Staff handle a report; what the reader sent stays as sent.
      expect(handled, role).toMatchObject({ status: 'done', reply: `${role} 已更正电话号码。`, contact: '13800001111', page: report.page })
    }
    for (const role of ['reviewer', 'notice-staff'] as const) {
      await expect(ctx.payload.find({ collection: 'site-corrections', overrideAccess: false, user: users[role] }), role).rejects.toMatchObject({ status: 403 })
      const rest = await client.get(`site-corrections/${report.id}`, await token(users[role]))
      expect(rest.status, role).toBe(403)
      expect(rest.text, role).not.toContain('13800001111')
    }
    const anonymous = await client.get('site-corrections')
    expect(anonymous.status).toBe(403)
    expect(anonymous.text).not.toContain('13800001111')
    const graph = await client.graphql('{ SiteCorrections { docs { contact content } } }')
    expect(graph.text).not.toContain('13800001111')
    await expect(
      ctx.payload.create({
        collection: 'site-corrections',
        data: { receipt: 'x', idempotencyKey: 'y'.repeat(16), status: 'pending', page: '/', content: '匿名直接写入的纠错' },
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('should count the reports still to handle on the desk of editors and admins only', async () => {
    const editor = await ctx.createUser(['editor'])
    const staff = await ctx.createUser(['notice-staff'])
    const openOf = async () => (JSON.parse((await client.get('desk/todo', await token(editor))).text) as { corrections?: { open: number } }).corrections?.open
    const before = await openOf()
    expect(before).toBe((await ctx.payload.count({ collection: 'site-corrections', where: { status: { in: ['pending', 'in-progress'] } } })).totalDocs)
    const pending = await storeCorrection(ctx.payload)
    await storeCorrection(ctx.payload, { status: 'in-progress' })
    await storeCorrection(ctx.payload, { status: 'done' })
    expect(await openOf()).toBe((before ?? 0) + 2)
    await ctx.payload.update({ collection: 'site-corrections', id: pending.id, data: { status: 'done' }, overrideAccess: false, user: editor })
    expect(await openOf()).toBe((before ?? 0) + 1)
    const asStaff = JSON.parse((await client.get('desk/todo', await token(staff))).text) as Record<string, unknown>
    expect(asStaff).not.toHaveProperty('corrections')
  })

  it('should erase the contact of a report a retention period after it was marked done, and no sooner', async () => {
    const DAY = 24 * 3600_000
    const editor = await ctx.createUser(['editor'])
    const open = await storeCorrection(ctx.payload, { contact: 'open@example.com' })
    const handled = await storeCorrection(ctx.payload, { contact: 'handled@example.com' })
    const done = await ctx.payload.update({
      collection: 'site-corrections',
      id: handled.id,
      data: { status: 'done', reply: '已更正。', closedAt: '2001-01-01T00:00:00.000Z' },
      overrideAccess: false,
      user: editor,
    })
    // Set by the server at the moment of closing, whatever the user sent.
    const closedAt = new Date(done.closedAt ?? '').getTime()
    expect(Math.abs(closedAt - Date.now())).toBeLessThan(60_000)

    const setting = process.env.CORRECTION_RETENTION_DAYS
    try {
      delete process.env.CORRECTION_RETENTION_DAYS
      // The comments' default: 180 days after closing.
      expect(await eraseCorrectionContacts(ctx.payload, new Date(closedAt + 179 * DAY))).toBe(0)
      expect(await eraseCorrectionContacts(ctx.payload, new Date(closedAt + 181 * DAY))).toBeGreaterThanOrEqual(1)
      const erased = await ctx.payload.findByID({ collection: 'site-corrections', id: handled.id })
      expect(erased).toMatchObject({
        contact: null,
        ipHash: null,
        userAgent: null,
        status: 'done',
        reply: '已更正。',
        page: handled.page,
        content: handled.content,
      })
      expect((await ctx.payload.findByID({ collection: 'site-corrections', id: open.id })).contact).toBe('open@example.com')
      expect(await eraseCorrectionContacts(ctx.payload, new Date(closedAt + 181 * DAY))).toBe(0)

      // Reopened, a report is no longer closed and keeps its contact.
      const again = await storeCorrection(ctx.payload, { contact: 'reopened@example.com', status: 'done' })
      const reopened = await ctx.payload.update({ collection: 'site-corrections', id: again.id, data: { status: 'in-progress' }, overrideAccess: true })
      expect(reopened.closedAt).toBeNull()
      process.env.CORRECTION_RETENTION_DAYS = '10'
      await eraseCorrectionContacts(ctx.payload, new Date(closedAt + 11 * DAY))
      expect((await ctx.payload.findByID({ collection: 'site-corrections', id: again.id })).contact).toBe('reopened@example.com')
      process.env.CORRECTION_RETENTION_DAYS = '0'
      await expect(eraseCorrectionContacts(ctx.payload)).rejects.toThrow(/CORRECTION_RETENTION_DAYS/)
    } finally {
      if (setting === undefined) delete process.env.CORRECTION_RETENTION_DAYS
      else process.env.CORRECTION_RETENTION_DAYS = setting
    }
  })
})
