import { solveChallenge } from 'altcha-lib'
import type { Challenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import { beforeAll, describe, expect, it } from 'vitest'

import { solveAltcha } from '../../helpers/altcha'
import { submission } from '../../helpers/comments'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

const DAY = 24 * 3600_000
const CHINESE = /[\u4e00-\u9fa5]/

describe('notice comments: the public submission endpoint', () => {
  let ctx: TestPayload
  let client: RouteClient
  let openNotice: { id: number; nominees: { id: string }[] }
  let upcomingId: number
  let closedId: number
  let draftId: number
  let ipCounter = 0

  beforeAll(async () => {
    process.env.ALTCHA_MAX_COUNTER = '200'
    ctx = await bootPayload()
    client = await routeClient()
    const nominees = [
      { name: '林海燕', type: 'individual', category: '优秀志愿者' },
      { name: '港湾物流志愿者联队', type: 'collective', category: '优秀集体' },
    ] as const
    const create = async (opensAt: number, status: 'published' | 'draft' = 'published') =>
      ctx.payload.create({
        collection: 'notices',
        data: { title: `公示 ${opensAt}`, opensAt: new Date(Date.now() + opensAt).toISOString(), nominees: [...nominees], _status: status },
        draft: status === 'draft',
      })
    const open = await create(-DAY)
    openNotice = { id: open.id, nominees: (open.nominees ?? []).map((row) => ({ id: String(row.id) })) }
    upcomingId = (await create(7 * DAY)).id
    closedId = (await create(-40 * DAY)).id
    draftId = (await create(-DAY, 'draft')).id
  })

  const solvedAltcha = async (): Promise<string> => solveAltcha((await client.get('notice-comments/challenge')).text)

  const valid = async (overrides: Record<string, unknown> = {}) =>
    submission(String(openNotice.id), await solvedAltcha(), {
      kind: 'objection',
      nomineeId: openNotice.nominees[0]?.id,
      name: '王小明',
      phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
      content: '我对该公示对象的服务时长记录有疑问，请予以核实。',
      ...overrides,
    })

  const post = async (body: unknown, { type = 'application/json', raw, ip }: { type?: string; raw?: string; ip?: string } = {}) => {
    ipCounter += 1
    const answer = await client.post('notice-comments/submit', {
      headers: { 'content-type': type, 'user-agent': 'Mozilla/5.0 Test', 'x-forwarded-for': ip ?? `10.1.${Math.floor(ipCounter / 250)}.${ipCounter % 250}` },
      body: raw ?? JSON.stringify(body),
    })
    return {
      status: answer.status,
      body: answer.text ? (JSON.parse(answer.text) as { receipt?: string; message?: string; errors?: Record<string, string> }) : {},
    }
  }

  const rows = async () => (await ctx.payload.count({ collection: 'notice-comments' })).totalDocs

  it('should accept a valid objection with a receipt, and give the same receipt to a retry', async () => {
    const body = await valid()
    const first = await post(body)
    expect(first.status).toBe(201)
    expect(first.body.receipt).toMatch(/^GS-\d{8}-[2-9A-HJ-NP-Z]{4}$/)
    const again = await post(body)
    expect(again.status).toBe(200)
    expect(again.body.receipt).toBe(first.body.receipt)
    const stored = await ctx.payload.find({ collection: 'notice-comments', where: { receipt: { equals: first.body.receipt } } })
    expect(stored.docs[0]).toMatchObject({ kind: 'objection', status: 'received', nomineeName: '林海燕', name: '王小明' })
    expect(JSON.stringify(stored.docs[0])).not.toContain('10.1.')
  })

  it('should reject every case of the bad-input corpus with the right status, a Chinese message and no row', async () => {
    const used = await valid()
    await post(used)
    const expired = await (async () => {
      const answer = JSON.parse((await client.get('notice-comments/challenge')).text) as Challenge
      const solution = await solveChallenge({ challenge: answer, deriveKey })
      const stale = { ...answer, parameters: { ...answer.parameters, expiresAt: Math.floor(Date.now() / 1000) - 60 } }
      return Buffer.from(JSON.stringify({ challenge: stale, solution })).toString('base64')
    })()
    const cases: [string, () => Promise<Parameters<typeof post>>, number][] = [
      ['missing kind', async () => [{ ...(await valid()), kind: undefined }], 400],
      ['unknown kind', async () => [{ ...(await valid()), kind: 'praise' }], 400],
      ['missing name', async () => [{ ...(await valid()), name: '' }], 400],
      ['name too long', async () => [{ ...(await valid()), name: '名'.repeat(31) }], 400],
      ['script in name', async () => [{ ...(await valid()), name: '<script>alert(1)</script>' }], 400],
      ['zero-width in name', async () => [{ ...(await valid()), name: '王\u200b小明' }], 400],
      ['missing content', async () => [{ ...(await valid()), content: undefined }], 400],
      ['content too short', async () => [{ ...(await valid()), content: '太短了' }], 400],
      ['content too long', async () => [{ ...(await valid()), content: '长'.repeat(2001) }], 400],
      ['control character in content', async () => [{ ...(await valid()), content: '内容里有\u0000控制字符，请核实处理。' }], 400],
      ['zero-width in content', async () => [{ ...(await valid()), content: '内容里有\ufeff零宽字符，请核实处理。' }], 400],
      ['content as a number', async () => [{ ...(await valid()), content: 1234567890123 }], 400],
      ['content as an object', async () => [{ ...(await valid()), content: { text: '内容内容内容内容内容' } }], 400],
      ['objection without phone', async () => [{ ...(await valid()), phone: '' }], 400],
      ['bad mobile number', async () => [{ ...(await valid()), phone: '12345678901' }], 400],
      ['bad landline', async () => [{ ...(await valid()), phone: '021-12' }], 400],
      ['phone with letters', async () => [{ ...(await valid()), phone: '138abcd5678' }], 400],
      ['bad email', async () => [{ ...(await valid()), email: 'not-an-email' }], 400],
      ['no consent', async () => [{ ...(await valid()), consent: false }], 400],
      ['consent as a string', async () => [{ ...(await valid()), consent: 'yes' }], 400],
      ['evidence on a comment', async () => [{ ...(await valid()), kind: 'comment', evidence: '截图' }], 400],
      ['filled honeypot', async () => [{ ...(await valid()), website: 'http://spam.example' }], 400],
      ['missing idempotency key', async () => [{ ...(await valid()), idempotencyKey: undefined }], 400],
      ['bad idempotency key', async () => [{ ...(await valid()), idempotencyKey: 'short' }], 400],
      ['missing proof of work', async () => [{ ...(await valid()), altcha: undefined }], 400],
      ['bad proof of work', async () => [{ ...(await valid()), altcha: 'bm90IGEgc29sdXRpb24=' }], 400],
      ['replayed proof of work', async () => [{ ...(await valid()), altcha: used.altcha }], 400],
      ['expired proof of work', async () => [{ ...(await valid()), altcha: expired }], 400],
      ['unknown notice', async () => [{ ...(await valid()), noticeId: '999999' }], 422],
      ['draft notice', async () => [{ ...(await valid()), noticeId: String(draftId) }], 422],
      ['malformed notice id', async () => [{ ...(await valid()), noticeId: '1; DROP TABLE notices' }], 400],
      ['unknown nominee', async () => [{ ...(await valid()), nomineeId: 'aaaaaaaaaaaaaaaaaaaaaaaa' }], 422],
      ['malformed nominee id', async () => [{ ...(await valid()), nomineeId: '../../etc' }], 400],
      ['upcoming notice', async () => [{ ...(await valid()), noticeId: String(upcomingId), nomineeId: undefined }], 409],
      ['closed notice', async () => [{ ...(await valid()), noticeId: String(closedId), nomineeId: undefined }], 409],
      ['oversized body', async () => [{ ...(await valid()), evidence: 'x'.repeat(20_000) }], 413],
      ['wrong content type', async () => [{}, { type: 'text/plain', raw: JSON.stringify(await valid()) }], 415],
      ['multipart body', async () => [{}, { type: 'multipart/form-data; boundary=x', raw: '--x--' }], 415],
      ['malformed JSON', async () => [{}, { raw: '{"kind": "comment",' }], 400],
      ['JSON array', async () => [{}, { raw: '[1,2,3]' }], 400],
    ]
    expect(cases.length).toBeGreaterThanOrEqual(30)
    for (const [label, make, status] of cases) {
      const before = await rows()
      const [body, options] = await make()
      const answer = await post(body, options)
      expect(answer.status, label).toBe(status)
      expect(answer.body.message ?? '', label).toMatch(CHINESE)
      expect(await rows(), label).toBe(before)
    }
  })

  it('should limit submissions per client with 429 and Retry-After', async () => {
    const statuses: number[] = []
    let retryAfter = ''
    for (let index = 0; index < 12; index += 1) {
      const answer = await client.post('notice-comments/submit', {
        headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 Test', 'x-forwarded-for': '192.0.2.77' },
        body: JSON.stringify(await valid({ kind: 'comment', phone: '' })),
      })
      statuses.push(answer.status)
      if (answer.status === 429) retryAfter = JSON.parse(answer.text).message
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(10)
    expect(statuses.slice(10)).toEqual([429, 429])
    expect(retryAfter).toMatch(CHINESE)
  })

  it('should store exactly 500 of 500 concurrent submissions, and still 500 when all are replayed', async () => {
    const before = await rows()
    const bodies = await Promise.all(Array.from({ length: 500 }, () => valid({ kind: 'comment', nomineeId: openNotice.nominees[1]?.id })))
    const first = await Promise.all(bodies.map((body, index) => post(body, { ip: `172.16.${Math.floor(index / 200)}.${index % 200}` })))
    expect(first.map((answer) => answer.status).every((status) => status === 201)).toBe(true)
    expect(new Set(first.map((answer) => answer.body.receipt)).size).toBe(500)
    expect((await rows()) - before).toBe(500)
    const replay = await Promise.all(bodies.map((body, index) => post(body, { ip: `172.16.${Math.floor(index / 200)}.${index % 200}` })))
    expect(replay.map((answer) => answer.body.receipt)).toEqual(first.map((answer) => answer.body.receipt))
    expect((await rows()) - before).toBe(500)
  }, 120_000)

  it('should publish approved comments with masked names, and never objections or phones', async () => {
    const staff = await ctx.createUser(['notice-staff'])
    const comment = await post(
      await valid({ kind: 'comment', name: '张三丰', content: '<script>alert("x")</script> 这位志愿者很负责。', phone: '13912345678' }),
    )
    const objection = await post(await valid({ name: '李四', content: '这是一条不应公开的异议内容，请核实。' }))
    const [commentDoc, objectionDoc] = await Promise.all(
      [comment, objection].map(
        async (answer) => (await ctx.payload.find({ collection: 'notice-comments', where: { receipt: { equals: answer.body.receipt } } })).docs[0],
      ),
    )
    await ctx.payload.update({ collection: 'notice-comments', id: commentDoc?.id as number, data: { status: 'approved' }, overrideAccess: false, user: staff })
    // An objection has no "approved"; even a resolved one stays confidential.
    await ctx.payload.update({
      collection: 'notice-comments',
      id: objectionDoc?.id as number,
      data: { status: 'resolved', resolution: '经核实不影响表彰。' },
      overrideAccess: false,
      user: staff,
    })
    const answer = await client.get(`notice-comments/published?notice=${openNotice.id}`)
    expect(answer.status).toBe(200)
    const { comments } = JSON.parse(answer.text) as { comments: { name: string; content: string; nomineeId: string }[] }
    const shown = comments.find((item) => item.content.includes('这位志愿者很负责'))
    expect(shown).toMatchObject({ name: '张**', nomineeId: openNotice.nominees[0]?.id })
    expect(shown?.content).toContain('<script>')
    expect(answer.text).not.toContain('不应公开的异议')
    expect(answer.text).not.toContain('张三丰')
    expect(answer.text).not.toMatch(/139\d{8}/)
    expect((await client.get('notice-comments/published?notice=abc')).status).toBe(400)
    expect((await client.get(`notice-comments/published?notice=${draftId}`)).status).toBe(404)
  })

  it('should let only notice staff and admins read comments', async () => {
    const editor = await ctx.createUser(['editor'])
    const staff = await ctx.createUser(['notice-staff'])
    await expect(ctx.payload.find({ collection: 'notice-comments', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    await expect(ctx.payload.find({ collection: 'notice-comments', overrideAccess: false, user: editor })).rejects.toMatchObject({ status: 403 })
    const seen = await ctx.payload.find({ collection: 'notice-comments', overrideAccess: false, user: staff, limit: 1 })
    expect(seen.totalDocs).toBeGreaterThan(0)
    const anonymous = await client.get('notice-comments')
    expect(anonymous.status).toBe(403)
    expect(anonymous.text).not.toMatch(/139\d{8}/)
    const graph = await client.graphql('{ NoticeComments { docs { phone name } } }')
    expect(graph.text).not.toMatch(/139\d{8}/)
    await expect(
      ctx.payload.create({
        collection: 'notice-comments',
        data: { receipt: 'x', idempotencyKey: 'y'.repeat(16), kind: 'comment', status: 'pending', notice: openNotice.id, content: '匿名直接写入' },
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})
