/**
 * The submit endpoint under abuse: the address's limit before any other work, replayed proofs of
 * work, the twin of a double submit found through the idempotency key's unique index, and where
 * a plain form post is sent back to (only the site, only with an error code).
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { roles, submissionErrorCodes } from '@fengcai/shared'

import { solveAltcha } from '../../helpers/altcha'
import { submission } from '../../helpers/comments'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

const DAY = 24 * 3600_000
const SITE = 'https://site.test'
const MIRROR = 'https://mirror.test'
/** The address's allowance (IP_LIMIT in the endpoint). */
const ADDRESS_LIMIT = 10

type Answer = {
  status: number
  ms: number
  location: string | null
  body: { receipt?: string; code?: string; message?: string; errors?: Record<string, string> }
}

describe('notice comments: the submit endpoint under abuse', () => {
  let ctx: TestPayload
  let client: RouteClient
  let db: pg.Client
  let open: { id: number; slug: string }
  let closed: { id: number; slug: string }
  let addresses = 0
  const previousSiteUrl = process.env.SITE_URL

  /** A new client address for each test that must not share a limit with another. */
  const newAddress = (): string => {
    addresses += 1
    return `10.7.${Math.floor(addresses / 250)}.${addresses % 250}`
  }

  beforeAll(async () => {
    process.env.ALTCHA_MAX_COUNTER = '200'
    // The public site and its mirror (SITE_URL may list several).
    process.env.SITE_URL = `${SITE},${MIRROR}`
    ctx = await bootPayload()
    client = await routeClient()
    db = new pg.Client({ connectionString: ctx.databaseUrl })
    db.on('error', () => undefined)
    await db.connect()
    const notice = async (title: string, opensAt: number) => {
      const doc = await ctx.payload.create({
        collection: 'notices',
        data: {
          title,
          opensAt: new Date(Date.now() + opensAt).toISOString(),
          nominees: [{ name: '林海燕', type: 'individual', category: '优秀志愿者' }],
          _status: 'published',
        },
      })
      return { id: doc.id, slug: String(doc.slug) }
    }
    open = await notice('防刷测试公示', -DAY)
    closed = await notice('已结束的防刷测试公示', -40 * DAY)
  })

  afterAll(async () => {
    process.env.SITE_URL = previousSiteUrl
    await Promise.race([db.end(), new Promise((resolve) => setTimeout(resolve, 2000))])
  })

  const solved = async (): Promise<string> => solveAltcha((await client.get('notice-comments/challenge')).text)

  const post = async (
    body: Record<string, unknown> | string,
    { ip, type = 'application/json', referer, session = {} }: { ip: string; type?: string; referer?: string; session?: Record<string, string> },
  ): Promise<Answer> => {
    const headers: Record<string, string> = { ...session, 'content-type': type, 'user-agent': 'Mozilla/5.0 Test', 'x-forwarded-for': ip }
    if (referer !== undefined) headers.referer = referer
    const encoded =
      typeof body === 'string'
        ? body
        : type === 'application/json'
          ? JSON.stringify(body)
          : new URLSearchParams(Object.entries(body).map(([key, value]) => [key, String(value ?? '')])).toString()
    const started = performance.now()
    const answer = await client.post('notice-comments/submit', { headers, body: encoded })
    const ms = performance.now() - started
    return { status: answer.status, ms, location: answer.headers.get('location'), body: answer.text ? JSON.parse(answer.text) : {} }
  }

  const comment = (altcha: string, overrides: Record<string, unknown> = {}) => submission(String(open.id), altcha, overrides)

  const rowsWithKey = async (key: string): Promise<number> =>
    (await ctx.payload.count({ collection: 'notice-comments', where: { idempotencyKey: { equals: key } } })).totalDocs

  it('should count the address’s limit before reading, checking or looking up anything', async () => {
    const ip = newAddress()
    const refusedEarly: [string, () => Promise<Answer>][] = [
      ['malformed JSON', () => post('{"kind": ', { ip })],
      ['JSON array', () => post('[1]', { ip })],
      ['wrong content type', () => post('kind=comment', { ip, type: 'text/plain' })],
      ['invalid submission', async () => post(comment(await solved(), { content: '短' }), { ip })],
      ['bad proof of work', () => post(comment('bm90IGEgc29sdXRpb24='), { ip })],
      ['missing proof of work', () => post(comment(''), { ip })],
      ['unknown notice', async () => post(submission('999999', await solved()), { ip })],
    ]
    for (let index = 0; index < ADDRESS_LIMIT; index += 1) {
      const [label, send] = refusedEarly[index % refusedEarly.length] as [string, () => Promise<Answer>]
      expect((await send()).status, label).not.toBe(429)
    }
    const valid = comment(await solved())
    const answer = await post(valid, { ip })
    expect(answer.status).toBe(429)
    expect(answer.body.code).toBe('rate-limited')
    expect(await rowsWithKey(valid.idempotencyKey)).toBe(0)
    // Another address is not affected.
    expect((await post(comment(await solved()), { ip: newAddress() })).status).toBe(201)
  })

  it('should refuse 100 replays of one proof with fresh keys at once, then with 429 after the address’s limit', async () => {
    const ip = newAddress()
    const altcha = await solved()
    const first = await post(comment(altcha), { ip })
    expect(first.status).toBe(201)
    const before = (await ctx.payload.count({ collection: 'notice-comments' })).totalDocs
    const answers: Answer[] = []
    for (let replay = 0; replay < 100; replay += 1) {
      const answer = await post(comment(altcha), { ip })
      // Fast: a replay is never held to wait for a twin (it used to be, two seconds each).
      expect(answer.ms, `replay ${replay}: ${answer.status}`).toBeLessThan(1000)
      answers.push(answer)
    }
    const codes = answers.map((answer) => `${answer.status} ${answer.body.code}`)
    expect(codes.slice(0, ADDRESS_LIMIT - 1)).toEqual(Array(ADDRESS_LIMIT - 1).fill('400 altcha-replayed'))
    expect(codes.slice(ADDRESS_LIMIT - 1)).toEqual(Array(100 - ADDRESS_LIMIT + 1).fill('429 rate-limited'))
    expect((await ctx.payload.count({ collection: 'notice-comments' })).totalDocs).toBe(before)
  }, 120_000)

  it('should give both halves of a real double submit the same receipt, and keep one row', async () => {
    for (let pair = 0; pair < 5; pair += 1) {
      const ip = newAddress()
      const body = comment(await solved())
      const [one, two] = await Promise.all([post(body, { ip }), post(body, { ip })])
      expect([one?.status, two?.status].sort()).toEqual([200, 201])
      expect(one?.body.receipt).toMatch(/^GS-/)
      expect(two?.body.receipt).toBe(one?.body.receipt)
      expect(await rowsWithKey(body.idempotencyKey)).toBe(1)
    }
  })

  it('should let the twin wait on its first half’s transaction however long it takes, not poll for it', async () => {
    const ip = newAddress()
    const body = comment(await solved())
    const waiting = async (): Promise<number> =>
      Number(
        (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))
          .rows[0]?.n,
      )
    const until = async (condition: () => Promise<boolean>, label: string, ms = 15_000) => {
      const deadline = Date.now() + ms
      while (!(await condition())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    }
    // Holding the notice's row stalls the first half's insert at its foreign-key check, after it
    // has taken the idempotency key in the unique index, for longer than any polling would wait.
    await db.query('BEGIN')
    await db.query('SELECT id FROM notices WHERE id = $1 FOR UPDATE', [open.id])
    try {
      const first = post(body, { ip })
      await until(async () => (await waiting()) >= 1, 'the first half to wait on the notice')
      let secondDone = false
      const secondStarted = Date.now()
      const second = post(body, { ip }).finally(() => {
        secondDone = true
      })
      await until(async () => secondDone || ((await waiting()) >= 2 && Date.now() - secondStarted > 2500), 'the second half to wait or answer')
      await db.query('COMMIT')
      const [one, two] = await Promise.all([first, second])
      expect(one.status).toBe(201)
      expect(two.status, JSON.stringify(two.body)).toBe(200)
      expect(two.body.receipt).toBe(one.body.receipt)
      expect(await rowsWithKey(body.idempotencyKey)).toBe(1)
    } finally {
      await db.query('ROLLBACK').catch(() => undefined)
    }
  })

  /**
   * Notice ids as a client may send them. The submit path reads the notice in one statement whose
   * notice id becomes `$2::bigint`, and the comments list reads it through Payload: each malformed
   * id is refused by its shape, before any statement, and a well-formed one that names no notice
   * (beyond the ids' integer column too) is "not found". Never a 500, never the database's words.
   */
  const malformedNoticeIds: [string, unknown][] = [
    ['13 digits', '1234567890123'],
    ['19 nines (beyond bigint)', '9'.repeat(19)],
    ['bigint’s maximum plus one', '9223372036854775808'],
    ['40 digits', '1'.repeat(40)],
    ['negative', '-1'],
    ['negative zero', '-0'],
    ['a plus sign', '+12'],
    ['a leading space', ' 12'],
    ['a trailing space', '12 '],
    ['a space inside', '1 2'],
    ['full-width digits', '１２'],
    ['Arabic-Indic digits', '١٢'],
    ['digits then letters', '12abc'],
    ['letters', 'abc'],
    ['hexadecimal', '0x1F'],
    ['an exponent', '1e3'],
    ['a decimal', '12.0'],
    ['empty', ''],
    ['a JSON number beyond bigint (2⁶⁴)', 2 ** 64],
    ['a negative JSON number', -1],
    ['a fractional JSON number', 1.5],
    ['a JSON number with an exponent', 1e21],
    ['null', null],
    ['a list', [12]],
  ]
  const unknownNoticeIds = ['999999999999', String(2 ** 31), '0']
  const DATABASE_WORDS = /bigint|integer|out of range|syntax|sql|postgres|select |drizzle|stack/i

  it('should refuse every malformed notice id in Chinese before any statement, and answer an unknown one as not found, storing nothing', async () => {
    const rows = async () => (await ctx.payload.count({ collection: 'notice-comments', overrideAccess: true })).totalDocs
    const before = await rows()
    for (const [label, noticeId] of malformedNoticeIds) {
      const answer = await post(comment(await solved(), { noticeId }), { ip: newAddress() })
      expect(answer.status, label).toBe(400)
      expect(answer.body.code, label).toBe('invalid')
      expect(answer.body.errors?.noticeId, label).toMatch(/公示编号/)
      expect(JSON.stringify(answer.body), label).not.toMatch(DATABASE_WORDS)
      // The comments list reads `?notice=` as text: the same shapes (a list would be its one number).
      if (Array.isArray(noticeId)) continue
      const list = await client.get(`notice-comments/published?notice=${encodeURIComponent(String(noticeId))}`)
      expect([list.status, list.text], label).toEqual([400, expect.stringContaining('公示编号格式不正确')])
    }
    for (const noticeId of unknownNoticeIds) {
      const answer = await post(comment(await solved(), { noticeId }), { ip: newAddress() })
      expect([answer.status, answer.body.code], noticeId).toEqual([422, 'notice-not-found'])
      expect(JSON.stringify(answer.body), noticeId).toMatch(/[\u4e00-\u9fff]/)
      const list = await client.get(`notice-comments/published?notice=${noticeId}`)
      expect([list.status, list.text], noticeId).toEqual([404, expect.stringContaining('没有找到这条公示')])
      expect(list.text, noticeId).not.toMatch(DATABASE_WORDS)
    }
    expect(await rows()).toBe(before)
  })

  it('should store what any staff session sends as a reader’s submission: its status, no staff field, no unpublished notice', async () => {
    const draft = await ctx.payload.create({
      collection: 'notices',
      data: { title: '尚未发布的防刷测试公示', opensAt: new Date(Date.now() - DAY).toISOString(), _status: 'draft' },
      draft: true,
    })
    const origin = ctx.payload.config.serverURL || 'http://cms.test'
    /** Fields only staff write (or the server), sent by the reader's form all the same. */
    const staffFields = { status: 'approved', moderatorNote: '内部备注', publicReply: '公开回复', resolution: '办结意见', reply: '答复' }
    const serverFields = {
      publicName: '管理员',
      receipt: 'GS-20260101-AAAA',
      ipHash: 'f'.repeat(32),
      statusHistory: [{ status: 'approved', at: new Date().toISOString() }],
    }
    for (const role of roles) {
      const user = await ctx.createUser([role])
      const { token } = await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })
      const sessions: [string, Record<string, string>][] = [
        ['a JWT header', { authorization: `JWT ${token}` }],
        ['the admin cookie from the CMS’s origin', { cookie: `payload-token=${token}`, origin }],
      ]
      for (const [how, session] of sessions) {
        const label = `${role} with ${how}`
        // Positive control: the session is one the CMS recognises on every other path.
        const me = JSON.parse((await client.get('users/me', undefined, session)).text) as { user?: { email?: string } | null }
        expect(me.user?.email, label).toBe(user.email)
        for (const [kind, expected] of [
          ['comment', 'pending'],
          ['objection', 'received'],
        ] as const) {
          const phone = `139${String(addresses).padStart(8, '0')}`
          const body = comment(await solved(), { kind, name: '郑大海', phone, ...staffFields, ...serverFields })
          const answer = await post(body, { ip: newAddress(), session })
          expect(answer.status, `${label}, ${kind}`).toBe(201)
          const { docs } = await ctx.payload.find({ collection: 'notice-comments', where: { idempotencyKey: { equals: body.idempotencyKey } }, depth: 0 })
          const stored = docs[0] as unknown as Record<string, unknown>
          expect(stored, `${label}, ${kind}`).toMatchObject({ status: expected, receipt: answer.body.receipt, publicName: '郑**' })
          expect(stored.ipHash, `${label}, ${kind}`).not.toBe(serverFields.ipHash)
          for (const field of Object.keys(staffFields).filter((name) => name !== 'status'))
            expect(stored[field] ?? null, `${label}, ${kind}: ${field}`).toBeNull()
          expect(
            (stored.statusHistory as { status: string }[]).map((entry) => entry.status),
            `${label}, ${kind}`,
          ).toEqual([expected])
        }
        const onDraft = await post(comment(await solved(), { noticeId: String(draft.id) }), { ip: newAddress(), session })
        expect([onDraft.status, onDraft.body.code], `${label}, a draft notice`).toEqual([422, 'notice-not-found'])
      }
    }
  }, 120_000)

  describe('a plain form post (no JavaScript)', () => {
    const noJs = (overrides: Record<string, unknown> = {}) => comment('', { consent: 'true', ...overrides })
    const page = (site: string, slug = open.slug) => `${site}/notices/${slug}/`

    it('should go back to the Referer only when it is a page of the site, else to the notice’s page on the site', async () => {
      const cases: [string, string | undefined, string][] = [
        ['a page of the site', `${page(SITE)}?receipt=GS-20260101-AAAA&error=x#top`, page(SITE)],
        ['a page of the mirror', page(MIRROR), page(MIRROR)],
        ['the site’s origin only (what browsers send across origins)', `${SITE}/`, page(SITE)],
        ['the mirror’s origin only', MIRROR, page(MIRROR)],
        ['no Referer', undefined, page(SITE)],
        ['javascript:', `javascript:alert(document.domain)//${page(SITE)}`, page(SITE)],
        ['data:', 'data:text/html,<script>alert(1)</script>', page(SITE)],
        ['another origin', 'https://evil.example/notices/x/', page(SITE)],
        ['a look-alike host', 'https://site.test.evil.example/notices/x/', page(SITE)],
        ['credentials before another host', 'https://site.test@evil.example/notices/x/', page(SITE)],
        ['credentials on the site', 'https://user:pw@site.test/notices/x/', page(SITE)],
        ['the site over http', 'http://site.test/notices/x/', page(SITE)],
        ['protocol-relative', '//evil.example/notices/x/', page(SITE)],
        ['not a URL at all', 'not a url', page(SITE)],
        ['only a path', '/notices/x/', page(SITE)],
      ]
      for (const [label, referer, expected] of cases) {
        const answer = await post(noJs(), { ip: newAddress(), type: 'application/x-www-form-urlencoded', referer })
        expect(answer.status, label).toBe(303)
        expect(answer.location, label).toBe(`${expected}?error=altcha-missing#feedback-error-altcha-missing`)
      }
    })

    it('should carry only a receipt or a known error code back, never a message', async () => {
      const form = { type: 'application/x-www-form-urlencoded', referer: `${SITE}/` }
      const outcomes = [
        await post(noJs({ altcha: await solved() }), { ip: newAddress(), ...form }),
        await post(noJs({ altcha: await solved(), noticeId: String(closed.id) }), { ip: newAddress(), ...form }),
        await post(noJs({ altcha: await solved(), content: '短' }), { ip: newAddress(), ...form }),
        await post(noJs({ altcha: 'bm90IGEgc29sdXRpb24=' }), { ip: newAddress(), ...form }),
      ]
      const [stored, late, invalid, badProof] = outcomes.map((answer) => new URL(answer.location ?? ''))
      expect(stored?.href).toMatch(new RegExp(`^${page(SITE)}\\?receipt=GS-\\d{8}-[2-9A-HJ-NP-Z]{4}#notice-feedback$`))
      expect(late?.href).toBe(`${page(SITE, closed.slug)}?error=closed#feedback-error-closed`)
      expect(invalid?.searchParams.get('error')).toBe('invalid')
      expect(badProof?.searchParams.get('error')).toBe('altcha-invalid')

      // Refused by the address's limit before the body was read: still back to the notice's page.
      const ip = newAddress()
      for (let index = 0; index < ADDRESS_LIMIT; index += 1) await post(noJs(), { ip, ...form })
      const limited = await post(noJs(), { ip, ...form })
      expect(limited.location).toBe(`${page(SITE)}?error=rate-limited#feedback-error-rate-limited`)

      for (const answer of [...outcomes, limited]) {
        const location = new URL(answer.location ?? '')
        expect([...location.searchParams.keys()].every((key) => key === 'receipt' || key === 'error')).toBe(true)
        const error = location.searchParams.get('error')
        if (error !== null) {
          expect(submissionErrorCodes).toContain(error)
          expect(location.hash).toBe(`#feedback-error-${error}`)
        }
        expect(decodeURIComponent(location.href)).not.toMatch(/[\u4e00-\u9fa5]/)
      }
    })

    it('should answer every field error of one try together', async () => {
      const answer = await post(comment(await solved(), { kind: 'objection', name: '', phone: '', content: '短' }), { ip: newAddress() })
      expect(answer.status).toBe(400)
      expect(answer.body).toMatchObject({
        code: 'invalid',
        errors: { name: '请填写姓名。', phone: '提出异议须留下联系电话，以便核实。', content: '内容至少 10 个字。' },
      })
    })

    it('should answer JSON with the code beside the message', async () => {
      const answer = await post(comment(await solved(), { noticeId: String(closed.id) }), { ip: newAddress() })
      expect(answer.status).toBe(409)
      expect(answer.body).toMatchObject({ code: 'closed', message: '公示期已结束，不再接受留言和异议。' })
    })
  })
})
