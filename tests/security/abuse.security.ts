/**
 * The abuse corpus: what an attacker on the internet (or a staff account gone bad) would try,
 * against the real stack as `pnpm start` runs it. Every case checks the status it gets, that the
 * CMS still answers a reader's request within a second afterwards, and that nothing was written
 * to the database (bookkeeping such as rate-limit counters aside).
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DemoCredentials } from '@fengcai/shared'

import { solvedAltchaFrom } from '../helpers/altcha'
import { submission } from '../helpers/comments'
import { pngDeclaring } from '../helpers/png'
import { docxOf, documentXml } from '../helpers/docx'
import { pidListeningOn, rssBytes, siteWorkerOf } from '../helpers/proc'
import { login } from '../helpers/rest'
import type { Session } from '../helpers/rest'
import { startStack } from '../helpers/stack'
import type { Stack } from '../helpers/stack'

// Scheduled jobs off, so nothing but the requests under test can change the database.
const STACK_ENV = { ALTCHA_MAX_COUNTER: '2000', FENGCAI_JOBS: 'off' }
const BROWSER_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.50'
const MB = 1024 * 1024

/** Tables that requests may legitimately touch while refusing: counters, job and session bookkeeping. */
const BOOKKEEPING = /^(rate_limits|payload_jobs|payload_locked_documents|payload_preferences|payload_migrations|users_sessions|payload_kv)/

type Answer = { status: number; headers: Headers; text: string }

type Case = {
  name: string
  /** Legitimate requests the case builds on, made before the database is fingerprinted. */
  setup?: () => Promise<void>
  send: () => Promise<Answer>
  status: number | number[]
  /** Further checks of the answer (may write: they run after the fingerprint is compared). */
  check?: (answer: Answer) => void | Promise<void>
  /**
   * The 操作日志 rows the refusal itself writes: failed logins are recorded (with the email tried,
   * never the password). Any other case leaves the log as it was.
   */
  logs?: 'loginFailed'
}

const answerOf = async (response: Response): Promise<Answer> => ({
  status: response.status,
  headers: response.headers,
  text: await response.text(),
})

/** A raw HTTP request, for what fetch will not send: no body for a declared length, a slow chunked body. */
const rawRequest = (
  url: string,
  options: { method: string; headers: Record<string, string | number>; chunks?: { size: number; count: number } },
): Promise<Answer & { sentBytes: number; ms: number }> =>
  new Promise((resolve, reject) => {
    const started = Date.now()
    let sentBytes = 0
    let answered = false
    const request = http.request(url, { method: options.method, headers: options.headers }, (response) => {
      answered = true
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (part: string) => (text += part))
      response.on('end', () => {
        const headers = new Headers()
        for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') headers.set(name, value)
        resolve({ status: response.statusCode ?? 0, headers, text, sentBytes, ms: Date.now() - started })
        request.destroy()
      })
    })
    // The server may close the connection mid-upload once it has answered; that is the point.
    request.on('error', (error) => (answered ? undefined : reject(error)))
    const chunk = Buffer.alloc(options.chunks?.size ?? 0, 0x61)
    const pump = (left: number): void => {
      if (answered || left === 0 || request.destroyed) return void (left === 0 && !answered && request.end())
      sentBytes += chunk.length
      request.write(chunk, () => setTimeout(() => pump(left - 1), 5))
    }
    if (options.chunks) pump(options.chunks.count)
    else request.flushHeaders()
  })

describe('abuse corpus against the running stack', () => {
  let stack: Stack
  let db: pg.Client
  let credentials: DemoCredentials
  let admin: Session
  let editor: Session
  let staff: Session
  let adminCookie = ''
  let loginSetCookie = ''
  let storyId = 0
  let noticeId = ''

  const api = (pathname: string, init: RequestInit = {}) => fetch(`${stack.cmsUrl}/api/${pathname}`, init).then(answerOf)
  const bearer = (session: Session, extra: Record<string, string> = {}) => ({ authorization: `JWT ${session.token}`, ...extra })
  const graphql = (query: string, headers: Record<string, string> = {}) =>
    api('graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) })
  const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  const upload = (session: Session, file: Buffer, name: string, type: string) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file)], { type }), name)
    form.append('_payload', JSON.stringify({ alt: '测试图片' }))
    return api('media', { method: 'POST', headers: bearer(session), body: form })
  }
  const submit = async (headers: Record<string, string> = {}) =>
    api('notice-comments/submit', json(submission(noticeId, await solvedAltchaFrom(stack.cmsUrl)), { 'user-agent': BROWSER_UA, ...headers }))
  const wrongLogin = (email: string) => api('users/login', json({ email, password: `wrong-${randomBytes(4).toString('hex')}` }))
  const nested = (levels: number) => {
    let inner = 'id'
    for (let level = 0; level < levels; level += 1) inner = `id relatedStories { ${inner} }`
    return `{ Stories(limit: 100) { docs { ${inner} } } }`
  }

  const importWord = (bytes: Buffer) => {
    const form = new FormData()
    form.set('file', new Blob([new Uint8Array(bytes)]), 'bomb.docx')
    return api('stories/import?dryRun=1', { method: 'POST', headers: bearer(editor), body: form })
  }
  /** A real zip bomb: document.xml of 200 MB deflated to well under a megabyte; `declare` makes its directory lie. */
  const bombDocx = (declare?: number): Buffer => {
    const paragraph = Buffer.from('<w:p><w:r><w:t>志愿者</w:t></w:r></w:p>')
    const xml = Buffer.concat([
      Buffer.from(documentXml([]).split('<w:body>')[0] + '<w:body>'),
      Buffer.alloc(200 * MB - 200, paragraph),
      Buffer.from('</w:body></w:document>'),
    ])
    return docxOf(xml, { declaredSize: declare })
  }
  /** Wrong secrets of every length from 0 to 130, bytes beyond ASCII, and a long one. */
  const wrongSecrets = (): string[] => [
    ...Array.from({ length: 131 }, (_, length) => 'x'.repeat(length)),
    'é'.repeat(64),
    // Header values are bytes: 66 bytes of UTF-8 as a client sends them.
    Buffer.from('秘'.repeat(22)).toString('latin1'),
    `${'a'.repeat(63)}\u00ff`,
    'z'.repeat(4000),
  ]

  /** One md5 per table of everything in it, bookkeeping tables left out. */
  const fingerprint = async (): Promise<Record<string, string>> => {
    const tables = (
      await db.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
      )
    ).rows
      .map((row) => row.name)
      .filter((name) => !BOOKKEEPING.test(name) && name !== 'audit_log')
    const sums = await db.query<{ name: string; sum: string }>(
      tables
        .map((name) => `SELECT '${name}' AS name, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${name}" t`)
        .join(' UNION ALL '),
    )
    return Object.fromEntries(sums.rows.map((row) => [row.name, row.sum]))
  }

  /** The newest 操作日志 row's id, and the rows written after one. */
  const lastAuditId = async (): Promise<number> => (await db.query<{ id: number | null }>('SELECT max(id) AS id FROM audit_log')).rows[0]?.id ?? 0
  const auditRowsAfter = async (id: number) =>
    (await db.query<{ action: string; row: string }>('SELECT action::text AS action, t::text AS row FROM audit_log t WHERE id > $1 ORDER BY id', [id])).rows

  /** A reader's ordinary request, answered within a second. */
  const answersReaders = async (): Promise<number> => {
    const started = Date.now()
    const response = await fetch(`${stack.cmsUrl}/api/stories?limit=1&depth=0`, { signal: AbortSignal.timeout(1_000) })
    await response.arrayBuffer()
    expect(response.status).toBe(200)
    return Date.now() - started
  }

  beforeAll(async () => {
    stack = await startStack({ env: STACK_ENV })
    credentials = JSON.parse(await readFile(path.join(stack.dataDir, 'demo-credentials.json'), 'utf8')) as DemoCredentials
    db = new pg.Client({ connectionString: await stack.databaseUrl() })
    db.on('error', () => undefined)
    await db.connect()
    admin = await login(stack.cmsUrl, credentials.admin.email, credentials.admin.password)
    editor = await login(stack.cmsUrl, credentials.editor.email, credentials.editor.password)
    staff = await login(stack.cmsUrl, credentials.noticeStaff.email, credentials.noticeStaff.password)
    const cookieLogin = await fetch(`${stack.cmsUrl}/api/users/login`, json({ email: credentials.admin.email, password: credentials.admin.password }))
    loginSetCookie = cookieLogin.headers.get('set-cookie') ?? ''
    adminCookie = /payload-token=[^;]+/.exec(loginSetCookie)?.[0] ?? ''
    expect(adminCookie).toBeTruthy()
    const stories = JSON.parse((await api('stories?limit=1&depth=0&where[relatedStories][exists]=true')).text) as { docs: { id: number }[] }
    storyId = stories.docs[0]?.id ?? 0
    expect(storyId).toBeGreaterThan(0)
    const list = await (await fetch(`${stack.siteUrl}/notices/`)).text()
    const noticePath = /href="(\/notices\/[a-z0-9-]+\/)"[^>]*>[^<]*2026年度区级优秀志愿者拟表彰对象/.exec(list)?.[1] ?? ''
    noticeId = /data-notice-id="(\d+)"/.exec(await (await fetch(`${stack.siteUrl}${noticePath}`)).text())?.[1] ?? ''
    expect(noticeId).toMatch(/^\d+$/)
  })

  afterAll(async () => {
    await Promise.race([db?.end(), new Promise((resolve) => setTimeout(resolve, 2_000))])
    await stack?.stop()
  })

  const cases: Case[] = [
    // Query depth and cost.
    {
      name: 'GraphQL: relatedStories nested 12 deep (the query that killed the CMS)',
      send: () => graphql(nested(12)),
      status: 400,
      check: (answer) => expect(answer.text).toContain('查询嵌套过深'),
    },
    {
      name: 'GraphQL: three levels of relatedStories under 100 stories (fan-out)',
      send: () => graphql(nested(3)),
      status: 400,
      check: (answer) => expect(answer.text).toContain('查询的数据量过大'),
    },
    { name: 'GraphQL: the deep query as an editor', send: () => graphql(nested(12), bearer(editor)), status: 400 },
    {
      name: 'GraphQL: 24 fragments each spreading the next twice (16 million selections expanded), health answering meanwhile',
      send: async () => {
        const fragments = Array.from({ length: 23 }, (_, index) => `fragment F${index} on Story { ...F${index + 1} ...F${index + 1} }`)
        const query = `{ Stories(limit: 1) { docs { ...F0 } } } ${fragments.join(' ')} fragment F23 on Story { id }`
        expect(query.length).toBeLessThan(1100)
        const started = Date.now()
        const [answer, health] = await Promise.all([graphql(query), fetch(`${stack.cmsUrl}/api/health`, { signal: AbortSignal.timeout(1_000) })])
        expect(Date.now() - started).toBeLessThan(1_000)
        expect(health.status).toBe(200)
        return answer
      },
      status: 400,
      check: (answer) => expect(answer.text).toContain('查询展开后过大'),
    },
    {
      name: 'GraphQL: a fragment cycle (a stack overflow and a 500 before)',
      send: () => graphql('{ ...F } fragment F on Query { ...G } fragment G on Query { ...F }'),
      status: 400,
      check: (answer) => expect(answer.text).toContain('循环引用'),
    },
    {
      name: 'GraphQL: introspection',
      send: () => graphql('{ __schema { types { name } } }'),
      status: [200, 400],
      check: (answer) => expect(answer.text).toMatch(/introspection is not allowed/),
    },
    {
      name: 'GraphQL: a batch of operations in one request',
      send: () =>
        api('graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify([{ query: '{ Stories { totalDocs } }' }, { query: '{ Stories { totalDocs } }' }]),
        }),
      status: 400,
    },
    {
      name: 'REST: depth=10 on a story (357 MB before)',
      send: () => api(`stories/${storyId}?depth=10`),
      status: 400,
      check: (answer) => expect(answer.text).toContain('参数 depth 应为 0 到 2 之间的整数'),
    },
    { name: 'REST: depth=3 for a reader', send: () => api(`stories?depth=3&limit=10`), status: 400 },
    { name: 'REST: depth=10 for an editor', send: () => api(`stories/${storyId}?depth=10`, { headers: bearer(editor) }), status: 400 },
    { name: 'REST: depth that is not a number', send: () => api('stories?depth=abc'), status: 400 },
    { name: 'REST: limit=0 (everything at once) for a reader', send: () => api('stories?limit=0'), status: 400 },
    { name: 'REST: limit=100000 for a reader', send: () => api('stories?limit=100000'), status: 400 },
    { name: 'REST: pagination=false for a reader', send: () => api('stories?pagination=false'), status: 400 },
    {
      name: 'REST: depth=2 with 100 stories stays small (related stories populate one level only)',
      send: () => api('stories?depth=2&limit=100'),
      status: 200,
      check: (answer) => {
        expect(answer.text.length).toBeLessThan(5 * MB)
        const docs = (JSON.parse(answer.text) as { docs: { relatedStories?: unknown[] }[] }).docs
        const related = docs.flatMap((doc) => doc.relatedStories ?? []) as { relatedStories?: unknown[] }[]
        expect(related.length).toBeGreaterThan(0)
        for (const story of related) for (const inner of story.relatedStories ?? []) expect(typeof inner).toBe('number')
      },
    },

    // Accounts: lock-out, unlock, enumeration, CSRF, cookies, tokens, roles, jobs.
    {
      name: 'login: eight wrong passwords for the admin slow it down, and the owner still gets in',
      send: async () => {
        const statuses: number[] = []
        let last: Answer | null = null
        for (let attempt = 0; attempt < 8; attempt += 1) {
          last = await wrongLogin(credentials.admin.email)
          statuses.push(last.status)
        }
        expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
        return last as Answer
      },
      status: 429,
      logs: 'loginFailed',
      check: async (answer) => {
        expect(answer.text).toContain('登录尝试过于频繁')
        const wait = Number(answer.headers.get('retry-after'))
        expect(wait).toBeGreaterThan(0)
        expect(wait).toBeLessThanOrEqual(2)
        await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 200))
        await login(stack.cmsUrl, credentials.admin.email, credentials.admin.password)
        // Getting in forgot the failures: a typo now is an ordinary wrong password again.
        expect((await wrongLogin(credentials.admin.email)).status).toBe(401)
      },
    },
    {
      name: 'login: a wrong password and an unknown account get the same answer',
      send: () => wrongLogin(credentials.editor.email),
      status: 401,
      logs: 'loginFailed',
      check: async (known) => {
        const unknown = await wrongLogin(`nobody-${randomBytes(3).toString('hex')}@demo.fengcai.local`)
        expect(unknown.status).toBe(known.status)
        expect(unknown.text).toBe(known.text)
      },
    },
    {
      name: 'login: an unknown account is slowed down exactly like a real one',
      send: async () => {
        const email = `ghost-${randomBytes(3).toString('hex')}@demo.fengcai.local`
        let last: Answer | null = null
        for (let attempt = 0; attempt < 6; attempt += 1) last = await wrongLogin(email)
        return last as Answer
      },
      status: 429,
      logs: 'loginFailed',
      check: (answer) => expect(answer.text).toContain('登录尝试过于频繁'),
    },
    { name: 'unlock: an editor unlocking the admin', send: () => api('users/unlock', json({ email: credentials.admin.email }, bearer(editor))), status: 403 },
    {
      name: 'unlock: notice staff unlocking an unknown email',
      send: () => api('users/unlock', json({ email: 'nobody@demo.fengcai.local' }, bearer(staff))),
      status: 403,
    },
    { name: 'unlock: without an account', send: () => api('users/unlock', json({ email: credentials.admin.email })), status: [401, 403] },
    {
      name: 'CSRF: a cookie-carrying POST from a foreign origin creates nothing',
      send: () => api('stories', json({ title: '跨站伪造', body: null }, { cookie: adminCookie, origin: 'https://evil.example' })),
      status: 403,
    },
    {
      name: 'CSRF: the cookie is ignored for a foreign origin and honoured for the admin',
      send: () => api('users/me', { headers: { cookie: adminCookie, origin: 'https://evil.example' } }),
      status: 200,
      check: async (answer) => {
        expect(JSON.parse(answer.text).user).toBeNull()
        const own = await api('users/me', { headers: { cookie: adminCookie, origin: stack.cmsUrl } })
        expect(JSON.parse(own.text).user?.email).toBe(credentials.admin.email)
      },
    },
    {
      name: 'cookies: the login cookie is HttpOnly and SameSite=Lax',
      send: async () => ({ status: 200, headers: new Headers({ 'set-cookie': loginSetCookie }), text: '' }),
      status: 200,
      check: (answer) => {
        const cookie = answer.headers.get('set-cookie') ?? ''
        expect(cookie).toMatch(/HttpOnly/i)
        expect(cookie).toMatch(/SameSite=Lax/i)
        // Served over plain HTTP here, so not Secure (it is once CMS_PUBLIC_URL is https).
        expect(cookie).not.toMatch(/;\s*Secure/i)
      },
    },
    { name: 'personal data: the public reads no 网站纠错 report (contacts)', send: () => api('site-corrections?limit=5'), status: 403 },
    {
      name: 'tokens: a forged JWT reads no personal data',
      send: () =>
        api('notice-comments?limit=5', {
          headers: { authorization: `JWT ${editor.token.split('.').slice(0, 2).join('.')}.${randomBytes(32).toString('base64url')}` },
        }),
      status: 403,
    },
    {
      name: 'roles: an editor making themself admin',
      send: () =>
        api(`users/${editor.user.id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', ...bearer(editor) },
          body: JSON.stringify({ roles: ['admin'] }),
        }),
      status: 403,
    },
    { name: 'jobs: an editor running the job queue', send: () => api('payload-jobs/run', { headers: bearer(editor) }), status: [401, 403] },
    { name: 'jobs: running the job queue without an account', send: () => api('payload-jobs/run'), status: [401, 403] },

    // Forged client addresses and floods.
    {
      name: 'comments: ten submissions, then a forged X-Forwarded-For does not buy an eleventh',
      setup: async () => {
        for (let index = 0; index < 10; index += 1) expect((await submit({ 'x-forwarded-for': `203.0.113.${index + 1}` })).status).toBe(201)
      },
      send: () => submit({ 'x-forwarded-for': '198.51.100.99' }),
      status: 429,
      check: async (answer) => {
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0)
        expect(answer.text).toContain('提交过于频繁')
        // The address's allowance is counted before a body is read: the body cases below come from
        // this same address and must meet their own refusals, not this one.
        await db.query(`DELETE FROM rate_limits WHERE key LIKE 'submit-ip:%'`)
      },
    },
    {
      name: 'view beacon: a flood with random browsers and forged addresses counts once and is cut off',
      setup: async () => {
        await api(`stories/${storyId}/view`, { method: 'POST', headers: { 'user-agent': BROWSER_UA } })
      },
      send: async () => {
        let last: Answer | null = null
        for (let index = 0; index < 70; index += 1) {
          last = await api(`stories/${storyId}/view`, {
            method: 'POST',
            headers: { 'user-agent': `${BROWSER_UA} r/${randomBytes(4).toString('hex')}`, 'x-forwarded-for': `192.0.2.${index}` },
          })
          if (index < 50) expect(JSON.parse(last.text).counted).toBe(false)
        }
        return last as Answer
      },
      status: 429,
    },
    {
      name: 'view beacon: crawlers are answered but never counted',
      send: () =>
        api(`stories/${storyId}/view`, {
          method: 'POST',
          headers: { 'user-agent': 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)' },
        }),
      status: [200, 429],
      check: (answer) => expect(JSON.parse(answer.text).counted ?? false).toBe(false),
    },

    // Bodies.
    {
      name: 'bodies: a comment declaring 20 KB',
      send: () => api('notice-comments/submit', json({ content: 'x'.repeat(20 * 1024) })),
      status: 413,
      check: (answer) => expect(answer.text).toContain('提交的内容过大'),
    },
    {
      name: 'bodies: a comment of unknown length (chunked)',
      send: () =>
        rawRequest(`${stack.cmsUrl}/api/notice-comments/submit`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
          chunks: { size: 1024, count: 4 },
        }),
      status: 411,
    },
    {
      name: 'bodies: 300 MB streamed in chunks is refused before it is read',
      send: async () => {
        const answer = await rawRequest(`${stack.cmsUrl}/api/notice-comments/submit`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
          chunks: { size: MB, count: 300 },
        })
        expect(answer.sentBytes).toBeLessThan(50 * MB)
        return answer
      },
      status: 411,
    },
    {
      name: 'bodies: an upload declaring more than the upload limit',
      send: () =>
        rawRequest(`${stack.cmsUrl}/api/media`, {
          method: 'POST',
          headers: { authorization: `JWT ${editor.token}`, 'content-type': 'multipart/form-data; boundary=x', 'content-length': 30 * MB },
        }),
      status: 413,
    },
    { name: 'bodies: a 1 MB login', send: () => api('users/login', json({ email: 'a@b.c', password: 'x'.repeat(MB) })), status: 413 },
    { name: 'bodies: a 100 KB GraphQL query', send: () => graphql(`{ Stories { totalDocs } } # ${'x'.repeat(100 * 1024)}`), status: 413 },
    {
      name: 'bodies: a comment as text/plain',
      send: () => api('notice-comments/submit', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }),
      status: 415,
    },
    {
      name: 'bodies: a comment that is not JSON',
      send: () => api('notice-comments/submit', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"kind": ' }),
      status: 400,
    },
    { name: 'bodies: a comment that is a JSON array', send: () => api('notice-comments/submit', json([1, 2, 3])), status: 400 },
    // 网站纠错 shares the comment form's endpoint code: the same caps hold on its path.
    {
      name: 'bodies: a 网站纠错 report declaring 20 KB',
      send: () => api('site-corrections/submit', json({ content: 'x'.repeat(20 * 1024) })),
      status: 413,
      check: (answer) => expect(answer.text).toContain('提交的内容过大'),
    },
    {
      name: 'bodies: a 网站纠错 report of unknown length (chunked)',
      send: () =>
        rawRequest(`${stack.cmsUrl}/api/site-corrections/submit`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
          chunks: { size: 1024, count: 4 },
        }),
      status: 411,
    },
    {
      name: 'bodies: a 网站纠错 report as text/plain',
      send: () => api('site-corrections/submit', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }),
      status: 415,
    },
    { name: 'bodies: a 网站纠错 report that is a JSON array', send: () => api('site-corrections/submit', json([1, 2, 3])), status: 400 },

    // Uploads (as staff).
    {
      name: 'uploads: a PNG declaring 16,000 × 16,000 pixels',
      send: () => upload(editor, pngDeclaring(16_000, 16_000), 'bomb.png', 'image/png'),
      status: 413,
      check: (answer) => expect(answer.text).toContain('图片尺寸过大'),
    },
    {
      name: 'uploads: an SVG (scripts inside images)',
      send: () => upload(editor, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'logo.svg', 'image/svg+xml'),
      status: 400,
    },
    {
      name: 'uploads: HTML disguised as a PNG',
      send: () => upload(staff, Buffer.from('<!doctype html><script>alert(document.cookie)</script>'), 'photo.png', 'image/png'),
      status: 400,
    },
    {
      name: 'uploads: by URL from an internal address',
      send: () => api('media', json({ alt: '内网图片', url: `http://127.0.0.1:${stack.pgPort}/x.png`, filename: 'x.png' }, bearer(editor))),
      status: [400, 403],
    },

    // Imports (as an editor): what expands, and what parses slowly.
    {
      name: 'import: a 680 KB .docx whose document.xml inflates to 200 MB, refused from its directory with the CMS kept small',
      send: async () => {
        const pid = (await pidListeningOn(Number(new URL(stack.cmsUrl).port))) as number
        const before = await rssBytes(pid)
        const started = Date.now()
        const answer = await importWord(bombDocx())
        expect(Date.now() - started).toBeLessThan(5_000)
        expect((await rssBytes(pid)) - before).toBeLessThan(300 * MB)
        expect(await pidListeningOn(Number(new URL(stack.cmsUrl).port))).toBe(pid)
        return answer
      },
      status: 413,
      check: (answer) => expect(answer.text).toContain('解压后过大'),
    },
    {
      name: 'import: the same bomb under a directory that declares 100 KB',
      send: () => importWord(bombDocx(100 * 1024)),
      status: 413,
      check: (answer) => expect(answer.text).toContain('比声明的大'),
    },
    {
      name: 'import: pasted text and 113,000 “<” (18 s of a frozen CMS before)',
      send: async () => {
        const started = Date.now()
        const answer = await api('stories/import?dryRun=1', json({ text: `<p>志愿者正文</p>${'<'.repeat(113_000)}` }, bearer(editor)))
        expect(Date.now() - started).toBeLessThan(2_000)
        return answer
      },
      status: 200,
    },

    // Shared secrets: any wrong value of any length or bytes is a plain 401, never a crash or a length oracle.
    {
      name: 'secrets: the site worker’s /rebuild with 64 bytes of non-ASCII, and every other length',
      send: async () => {
        const worker = await siteWorkerOf(stack.dataDir)
        expect(worker).not.toBeNull()
        const { pid, port } = worker as { pid: number; port: number }
        const statuses = new Set<number>()
        for (const given of wrongSecrets()) {
          const answer = await rawRequest(`http://127.0.0.1:${port}/rebuild`, { method: 'POST', headers: { 'x-rebuild-secret': given, 'content-length': 0 } })
          statuses.add(answer.status)
        }
        expect([...statuses]).toEqual([401])
        expect((await siteWorkerOf(stack.dataDir))?.pid).toBe(pid)
        return { status: 401, headers: new Headers(), text: '' }
      },
      status: 401,
    },
    {
      name: 'secrets: x-site-build of every length answers as a reader would, never 500',
      send: async () => {
        const statuses = new Set<number>()
        for (const given of wrongSecrets()) statuses.add((await api('stories?limit=1000&depth=0', { headers: { 'x-site-build': given } })).status)
        expect([...statuses]).toEqual([400])
        return { status: 400, headers: new Headers(), text: '' }
      },
      status: 400,
    },

    // Accounts: a stolen session cannot change the password.
    {
      name: 'accounts: an editor’s password change without the current password',
      send: () =>
        api(`users/${editor.user.id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', ...bearer(editor) },
          body: JSON.stringify({ password: 'a-new-password-1234' }),
        }),
      status: 400,
    },

    // Redirects of a plain form post stay on the site.
    {
      name: 'redirects: a form post with a javascript: Referer goes back to the site, not there',
      send: () =>
        fetch(`${stack.cmsUrl}/api/notice-comments/submit`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', referer: 'javascript:alert(document.cookie)//', 'user-agent': BROWSER_UA },
          body: 'kind=comment',
        }).then(answerOf),
      status: 303,
      check: (answer) => {
        const location = new URL(answer.headers.get('location') ?? 'about:blank')
        expect(location.origin).toBe(new URL(stack.siteUrl).origin)
        expect(location.searchParams.get('error')).toMatch(/^[a-z-]+$/)
      },
    },

    // Bad ids, filters and sorts.
    { name: 'ids: a story id that is not a number', send: () => api('stories/abc'), status: 404 },
    { name: 'ids: a story id beyond any integer', send: () => api('stories/99999999999999999999999'), status: 404 },
    {
      name: 'filters: like on rich text',
      send: () => api('stories?where[body][like]=志愿'),
      status: 400,
      check: (answer) => expect(answer.text).toContain('不能按字段'),
    },
    { name: 'filters: through a relationship into another collection', send: () => api('stories?where[relatedStories.title][equals]=x'), status: 400 },
    { name: 'filters: where that is not JSON', send: () => api('stories?where=%7Bnot-json'), status: 400 },
    { name: 'sorts: published stories by a related (maybe draft) story’s title', send: () => api('stories?sort=relatedStories.title'), status: 400 },
    { name: 'versions: of a collection that keeps none', send: () => api('users/versions', { headers: bearer(admin) }), status: 404 },

    // Security headers.
    {
      name: 'headers: the admin login page',
      send: () => fetch(`${stack.cmsUrl}/admin/login`).then(answerOf),
      status: 200,
      check: (answer) => {
        expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
        expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'")
        expect(answer.headers.get('x-frame-options')).toBe('DENY')
        expect(answer.headers.get('x-content-type-options')).toBe('nosniff')
        expect(answer.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
        expect(answer.text).not.toContain('gravatar.com')
      },
    },
    {
      name: 'headers: an API answer',
      send: () => api('stories?limit=1&depth=0'),
      status: 200,
      check: (answer) => expect(answer.headers.get('x-content-type-options')).toBe('nosniff'),
    },
    {
      name: 'headers: a site page allows only its own scripts and the CMS',
      send: () => fetch(`${stack.siteUrl}/`).then(answerOf),
      status: 200,
      check: (answer) => {
        const policy = answer.headers.get('content-security-policy') ?? ''
        expect(policy).toMatch(/script-src 'self'( 'wasm-unsafe-eval')?;/)
        expect(policy).toContain(`connect-src 'self' ${stack.cmsUrl}`)
        expect(policy).toContain(`form-action 'self' ${stack.cmsUrl}`)
        expect(policy).toContain("frame-ancestors 'none'")
        expect(answer.headers.get('x-content-type-options')).toBe('nosniff')
        expect(answer.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
      },
    },

    // The static site server.
    {
      name: 'site: an encoded //host path does not redirect off the site',
      send: () => fetch(`${stack.siteUrl}/%2Fevil.example%2F..%2Fstories`, { redirect: 'manual' }).then(answerOf),
      status: [301, 404],
      check: (answer) => {
        const location = answer.headers.get('location')
        if (location) expect(location).toBe('/stories/')
      },
    },
    {
      name: 'site: path traversal to /etc/passwd',
      send: () => rawRequest(`${stack.siteUrl}/..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd`, { method: 'GET', headers: {} }),
      status: [400, 404],
      check: (answer) => expect(answer.text).not.toContain('root:'),
    },
    { name: 'site: a NUL byte in the path', send: () => fetch(`${stack.siteUrl}/stories%00.html`).then(answerOf), status: 400 },
    { name: 'site: a POST', send: () => fetch(`${stack.siteUrl}/`, { method: 'POST', body: 'x' }).then(answerOf), status: 405 },

    // Last: it leaves this address's logins slowed down for a while.
    {
      name: 'login: a flood of guesses from one address over many accounts',
      send: async () => {
        let last: Answer | null = null
        for (let attempt = 0; attempt < 25; attempt += 1) last = await wrongLogin(`guess-${attempt}-${randomBytes(2).toString('hex')}@demo.fengcai.local`)
        return last as Answer
      },
      status: 429,
      logs: 'loginFailed',
      check: (answer) => expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0),
    },
  ]

  it('should hold at least forty abuse cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40)
  })

  for (const abuse of cases) {
    it(`should refuse or contain: ${abuse.name}`, async () => {
      await abuse.setup?.()
      const before = await fingerprint()
      const logged = await lastAuditId()
      const answer = await abuse.send()
      const expected = Array.isArray(abuse.status) ? abuse.status : [abuse.status]
      expect(expected, `${answer.status}: ${answer.text.slice(0, 300)}`).toContain(answer.status)
      await answersReaders()
      expect(await fingerprint()).toEqual(before)
      const rows = await auditRowsAfter(logged)
      expect(new Set(rows.map((row) => row.action))).toEqual(new Set(abuse.logs ? [abuse.logs] : []))
      // The password tried (wrongLogin's `wrong-…`) is never written.
      for (const { row } of rows) expect(row).not.toContain('wrong-')
      await abuse.check?.(answer)
    })
  }

  it('should answer every body refused unread with its status and message, never a reset connection', async () => {
    // The CMS refuses these by their headers; a client still sending lost the answer to a reset
    // connection about one time in twenty before the refusal drained the body (lingering close).
    const outcomes = new Map<string, number>()
    for (let round = 0; round < 150; round += 1) {
      const outcome = await api('users/login', json({ email: 'a@b.c', password: 'x'.repeat(MB) })).then(
        (answer) => `${answer.status} ${answer.text.includes('提交的内容过大') ? 'message' : answer.text.slice(0, 80)}`,
        (error: unknown) => `failed: ${String((error as { cause?: { code?: string } }).cause?.code ?? error)}`,
      )
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
    }
    expect(Object.fromEntries(outcomes)).toEqual({ '413 message': 150 })
  })

  it('should keep the CMS process within +200 MB through the deep GraphQL query and depth=10', async () => {
    const pid = await pidListeningOn(Number(new URL(stack.cmsUrl).port))
    expect(pid).toBeGreaterThan(0)
    const before = await rssBytes(pid as number)
    for (let round = 0; round < 5; round += 1) {
      expect((await graphql(nested(12))).status).toBe(400)
      expect((await api(`stories/${storyId}?depth=10`)).status).toBe(400)
      expect((await graphql(nested(12), bearer(admin))).status).toBe(400)
    }
    expect(await answersReaders()).toBeLessThan(1_000)
    expect((await rssBytes(pid as number)) - before).toBeLessThan(200 * MB)
  })

  it('should restart a killed CMS within 30 s while the site keeps answering', async () => {
    const port = Number(new URL(stack.cmsUrl).port)
    const pid = await pidListeningOn(port)
    expect(pid).toBeGreaterThan(0)
    process.kill(pid as number, 'SIGKILL')
    const killedAt = Date.now()
    let siteAnswers = 0
    let back = false
    while (Date.now() - killedAt < 30_000) {
      const page = await fetch(`${stack.siteUrl}/stories/`, { signal: AbortSignal.timeout(2_000) })
      expect(page.status).toBe(200)
      siteAnswers += 1
      const cms = await fetch(`${stack.cmsUrl}/api/stories?limit=1&depth=0`, { signal: AbortSignal.timeout(2_000) }).catch(() => null)
      if (cms?.status === 200 && (await pidListeningOn(port)) !== pid) {
        back = true
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(back, stack.output().slice(-2000)).toBe(true)
    expect(siteAnswers).toBeGreaterThan(1)
    expect(stack.output()).toContain('内容管理后台意外退出')
  })
})
