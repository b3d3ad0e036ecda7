/**
 * The submit endpoint answered by the CMS's own HTTP server (scripts/lib/cmsListener.ts, without
 * Next) against the same endpoint reached through Payload's REST handler: for the same inputs the
 * same status, body, headers and stored row. The server here is the real listener, with Next's
 * handler replaced by one that answers 599, so an answer that did not come the direct way shows.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cmsListener } from '@fengcai/cms/scripts/lib/cmsListener'

import { solveAltcha } from '../../helpers/altcha'
import { clientAddresses, encodedBody, submission } from '../../helpers/comments'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

const DAY = 24 * 3600_000
const SITE = 'https://site.test'
/** The address's allowance (ADDRESS_LIMIT of lib/publicSubmission/refuse.ts). */
const ADDRESS_LIMIT = 10
/** What the answers are compared on, besides status and body. */
const HEADERS = ['content-type', 'cache-control', 'retry-after', 'access-control-allow-origin', 'access-control-allow-credentials']

type Way = 'direct' | 'payload'
type Answer = { status: number; headers: Record<string, string | null>; location: string | null; body: Record<string, unknown> }
type Send = { body: Record<string, unknown> | string; ip: string; type?: string; referer?: string; origin?: string }

describe('notice comments: the submit endpoint answered without Next', () => {
  let ctx: TestPayload
  let client: RouteClient
  let db: pg.Client
  let server: http.Server
  let base: string
  let open: { id: number; slug: string }
  let closed: { id: number; slug: string }
  const previousSiteUrl = process.env.SITE_URL
  const newAddress = clientAddresses('10.11')

  beforeAll(async () => {
    process.env.ALTCHA_MAX_COUNTER = '200'
    process.env.SITE_URL = SITE
    ctx = await bootPayload()
    client = await routeClient()
    db = new pg.Client({ connectionString: ctx.databaseUrl })
    db.on('error', () => undefined)
    await db.connect()
    server = http.createServer(
      cmsListener((_request, response) => {
        response.writeHead(599).end()
      }),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const notice = async (title: string, opensAt: number) => {
      const doc = await ctx.payload.create({
        collection: 'notices',
        data: { title, opensAt: new Date(Date.now() + opensAt).toISOString(), _status: 'published' },
      })
      return { id: doc.id, slug: String(doc.slug) }
    }
    open = await notice('直接应答测试公示', -DAY)
    closed = await notice('已结束的直接应答测试公示', -40 * DAY)
  })

  afterAll(async () => {
    process.env.SITE_URL = previousSiteUrl
    await new Promise((resolve) => server.close(resolve))
    await Promise.race([db.end(), new Promise((resolve) => setTimeout(resolve, 2000))])
  })

  const solved = async (): Promise<string> => solveAltcha((await client.get('notice-comments/challenge')).text)
  const comment = (altcha: string, overrides: Record<string, unknown> = {}) => submission(String(open.id), altcha, overrides)

  const send = async (way: Way, { body, ip, type = 'application/json', referer, origin }: Send): Promise<Answer> => {
    const headers: Record<string, string> = { 'content-type': type, 'user-agent': 'Mozilla/5.0 Direct', 'x-forwarded-for': ip }
    if (referer) headers.referer = referer
    if (origin) headers.origin = origin
    const encoded = encodedBody(body, type)
    const {
      status,
      headers: answered,
      text,
    } = way === 'payload'
      ? await client.post('notice-comments/submit', { headers, body: encoded })
      : await fetch(`${base}/api/notice-comments/submit`, { method: 'POST', headers, body: encoded, redirect: 'manual' }).then(async (response) => ({
          status: response.status,
          headers: response.headers,
          text: await response.text(),
        }))
    return {
      status,
      headers: Object.fromEntries(HEADERS.map((name) => [name, answered.get(name)])),
      location: answered.get('location'),
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    }
  }

  /** The answer with what differs by nature between two submissions (the receipt) made comparable. */
  const comparable = (answer: Answer): Answer => ({
    ...answer,
    body: { ...answer.body, ...(typeof answer.body.receipt === 'string' ? { receipt: answer.body.receipt.replace(/-[^-]+$/, '-X') } : {}) },
    location: answer.location?.replace(/receipt=GS-\d+-[^&#]+/, 'receipt=GS-X') ?? null,
    headers: { ...answer.headers, 'retry-after': answer.headers['retry-after'] === null ? null : 'given' },
  })

  /** Sends the input both ways (each from its own address unless `ip` is given) and expects the same answer. */
  const both = async (input: (way: Way) => Promise<Omit<Send, 'ip'> & { ip?: string }>): Promise<Record<Way, Answer>> => {
    const answers = {} as Record<Way, Answer>
    for (const way of ['payload', 'direct'] as const) {
      const given = await input(way)
      answers[way] = await send(way, { ip: newAddress(), ...given })
    }
    expect(comparable(answers.direct)).toEqual(comparable(answers.payload))
    return answers
  }

  const row = async (receipt: unknown) => {
    const { rows } = await db.query(
      `SELECT kind, status, notice_id, name, content, public_name, ip_hash, user_agent, nominee_name,
              (SELECT count(*)::int FROM notice_comments_status_history h WHERE h._parent_id = c.id) AS history
         FROM notice_comments c WHERE receipt = $1`,
      [receipt],
    )
    return rows[0]
  }

  it('should accept a valid comment the same way, store the same row, and give a retry its receipt back', async () => {
    const ip = newAddress()
    const sent = { payload: comment(await solved()), direct: comment(await solved()) }
    const first = await both(async (way) => ({ body: sent[way], ip, origin: SITE }))
    expect(first.direct.status).toBe(201)
    expect(first.direct.headers['access-control-allow-origin']).toBe(SITE)
    const [stored, storedDirectly] = [await row(first.payload.body.receipt), await row(first.direct.body.receipt)]
    expect(storedDirectly).toBeDefined()
    expect(storedDirectly).toEqual(stored)
    const again = await both(async (way) => ({ body: sent[way] }))
    expect(again.direct.status).toBe(200)
    expect(again.direct.body.receipt).toBe(first.direct.body.receipt)
  })

  it('should refuse a replayed proof of work, a closed notice and bad bodies with the same codes', async () => {
    const proofs = { payload: await solved(), direct: await solved() }
    expect((await both(async (way) => ({ body: comment(proofs[way]) }))).direct.status).toBe(201)
    const replayed = await both(async (way) => ({ body: comment(proofs[way]) }))
    expect(replayed.direct.body.code).toBe('altcha-replayed')
    expect((await both(async () => ({ body: submission(String(closed.id), await solved()) }))).direct.body.code).toBe('closed')
    expect((await both(async () => ({ body: comment(await solved(), { content: '短' }) }))).direct.body.code).toBe('invalid')
    expect((await both(async () => ({ body: comment('') }))).direct.body.code).toBe('altcha-missing')
    expect((await both(async () => ({ body: comment('bm90IGEgc29sdXRpb24=') }))).direct.body.code).toBe('altcha-invalid')
    expect((await both(async () => ({ body: '{"kind": ' }))).direct.status).toBe(400)
    expect((await both(async () => ({ body: 'kind=comment', type: 'text/plain' }))).direct.status).toBe(415)
  })

  it('should count the address’s limit the same way, before anything else', async () => {
    const exhausted = { payload: newAddress(), direct: newAddress() }
    for (const way of ['payload', 'direct'] as const) {
      for (let index = 0; index < ADDRESS_LIMIT; index += 1) expect((await send(way, { body: '[1]', ip: exhausted[way] })).status, way).toBe(400)
    }
    const limited = await both(async (way) => ({ body: comment(await solved()), ip: exhausted[way] }))
    expect(limited.direct.status).toBe(429)
    expect(limited.direct.headers['retry-after']).toMatch(/^\d+$/)
  })

  it('should send a plain form post back to the site with the same receipt or error code', async () => {
    const form = { type: 'application/x-www-form-urlencoded', referer: `${SITE}/notices/${open.slug}/` }
    const accepted = await both(async () => ({ ...form, body: { ...comment(await solved()), consent: 'on' } }))
    expect(accepted.direct.status).toBe(303)
    expect(accepted.direct.location).toMatch(/receipt=GS-/)
    const refused = await both(async () => ({ ...form, body: { ...comment(await solved()), consent: '' } }))
    expect(refused.direct.location).toMatch(/error=invalid/)
  })
})
