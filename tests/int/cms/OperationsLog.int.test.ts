/**
 * The 操作日志 (issue #28, item 3): every action it records appears with who, when and the client
 * address (hashed) on the paths a client uses; only administrators read it; nobody creates, changes
 * or deletes a row on any API, and not even server code changes or deletes one; the CSV export has
 * exactly the list's rows with formulas defused; and the retention job removes what is over 180
 * days old and nothing younger.
 */
import { createLocalReq } from 'payload'
import type { PayloadRequest, Where } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { AuditLog } from '@fengcai/shared/payload-types'

import { MAX_AUDIT_EXPORT_ROWS } from '@/collections/AuditLog/endpoints/exportCsv'
import { recordOverride } from '@/collections/AuditLog/record'
import { pruneAuditLog } from '@/jobs/pruneAuditLog'
import { saltedHash } from '@/lib/client'

import { storeComment } from '../../helpers/comments'
import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

type User = Awaited<ReturnType<TestPayload['createUser']>>

const DAY = 24 * 3600_000
/** The address the routes' requests come from unless a test names another (tests/helpers/routes). */
const LOCAL = '127.0.0.1'

describe('operations log', () => {
  let ctx: TestPayload
  let client: RouteClient
  let admin: User
  let editor: User
  let adminToken: string
  let editorToken: string

  /** What the log stores for a client address: the CMS's salted hash. */
  const hashOf = (address: string) => saltedHash({ payload: ctx.payload } as PayloadRequest, 'ip', address)

  const json = { 'content-type': 'application/json' }
  const post = (path: string, body: unknown, { token, from }: { token?: string; from?: string } = {}) =>
    client.post(path, { token, headers: { ...json, ...(from ? { 'x-forwarded-for': from } : {}) }, body: JSON.stringify(body) })

  /** The newest row of an action (optionally for one document), read past access. */
  const newest = async (action: AuditLog['action'], docId?: unknown): Promise<AuditLog | undefined> => {
    const where: Where = docId === undefined ? { action: { equals: action } } : { and: [{ action: { equals: action } }, { docId: { equals: String(docId) } }] }
    const { docs } = await ctx.payload.find({ collection: 'audit-log', where, sort: '-id', limit: 1, overrideAccess: true })
    return docs[0]
  }

  /** A row written just now, by whom, from where. */
  const expectRow = (row: AuditLog | undefined, expected: Partial<AuditLog> & { from?: string | null }) => {
    const { from = LOCAL, ...fields } = expected
    expect(row).toMatchObject(fields)
    expect(row?.clientAddress ?? null).toBe(from === null ? null : hashOf(from))
    expect(Date.now() - Date.parse(row?.at ?? '')).toBeLessThan(60_000)
  }

  const login = async (user: User, from: string): Promise<string> => {
    const answer = await post('users/login', { email: user.email, password: user.password }, { from })
    expect(answer.status, answer.text).toBe(200)
    return (JSON.parse(answer.text) as { token: string }).token
  }

  beforeAll(async () => {
    ctx = await bootPayload()
    client = await routeClient()
    admin = await ctx.createUser(['admin'])
    editor = await ctx.createUser(['editor'])
    adminToken = await login(admin, '203.0.113.1')
    editorToken = await login(editor, '203.0.113.2')
  })

  describe('what it records', () => {
    it('should record a login with the user and the address it came from (REST and GraphQL)', async () => {
      expectRow(await newest('loginSucceeded', admin.id), { user: admin.email, collection: 'users', title: admin.email, from: '203.0.113.1' })
      const graphql = await client.graphql(`mutation { loginUser(email: "${editor.email}", password: "${editor.password}") { token } }`)
      expect(graphql.text).toContain('token')
      const row = await newest('loginSucceeded', editor.id)
      expectRow(row, { user: editor.email, collection: 'users' })
    })

    it('should record a failed login with the email tried, never the password (REST and GraphQL)', async () => {
      const wrong = `wrong-${Date.now()}`
      const refused = await post('users/login', { email: admin.email, password: wrong }, { from: '198.51.100.7' })
      expect(refused.status).toBe(401)
      const row = await newest('loginFailed', admin.id)
      expectRow(row, { user: admin.email, title: admin.email, collection: 'users', from: '198.51.100.7' })
      expect(JSON.stringify(row)).not.toContain(wrong)

      const unknown = `nobody-${Date.now()}@test.local`
      const graphql = await client.graphql(`mutation { loginUser(email: "${unknown}", password: "${wrong}") { token } }`)
      expect(graphql.text).toContain('errors')
      const unknownRow = (await ctx.payload.find({ collection: 'audit-log', where: { user: { equals: unknown } }, overrideAccess: true })).docs
      expect(unknownRow).toHaveLength(1)
      expectRow(unknownRow[0], { action: 'loginFailed', user: unknown, docId: null })
      expect(JSON.stringify(unknownRow)).not.toContain(wrong)
    })

    it('should record publish, unpublish, restore and delete over REST with the user and address', async () => {
      const created = await post('stories', { title: '操作日志稿件', body: richText('正文'), _status: 'published' }, { token: adminToken, from: '203.0.113.9' })
      expect(created.status, created.text).toBe(201)
      const story = (JSON.parse(created.text) as { doc: { id: number } }).doc
      expectRow(await newest('published', story.id), { user: admin.email, collection: 'stories', title: '操作日志稿件', from: '203.0.113.9' })

      expect((await client.patch(`stories/${story.id}`, { _status: 'draft', reviewNote: '撤稿测试' }, adminToken)).status).toBe(200)
      expectRow(await newest('unpublished', story.id), { user: admin.email, title: '操作日志稿件' })

      const { docs: versions } = await ctx.payload.findVersions({ collection: 'stories', where: { parent: { equals: story.id } }, sort: 'createdAt', limit: 1 })
      const restored = await post(`stories/versions/${versions[0]?.id}?draft=true`, {}, { token: adminToken, from: '203.0.113.10' })
      expect(restored.status, restored.text).toBe(200)
      expectRow(await newest('restored', story.id), { user: admin.email, collection: 'stories', title: '操作日志稿件', from: '203.0.113.10' })

      expect((await client.delete(`stories/${story.id}`, adminToken)).status).toBe(200)
      expectRow(await newest('deleted', story.id), { user: admin.email, title: '操作日志稿件' })
    })

    it('should record a change of roles or review stages, single, bulk and over GraphQL', async () => {
      const target = await ctx.createUser(['editor'])
      expect((await client.patch(`users/${target.id}`, { roles: ['editor', 'reviewer'] }, adminToken)).status).toBe(200)
      expectRow(await newest('rolesChanged', target.id), { user: admin.email, title: target.email, note: '编辑 → 编辑、审核员' })

      expect((await client.patch(`users?where[id][equals]=${target.id}`, { reviewStages: [1] }, adminToken)).status).toBe(200)
      expectRow(await newest('reviewStagesChanged', target.id), { user: admin.email, note: '初审、复审、终审 → 初审' })

      const graphql = await client.graphql(`mutation { updateUser(id: ${target.id}, data: { roles: [editor] }) { id } }`, adminToken)
      expect(graphql.text, graphql.text).not.toContain('errors')
      expectRow(await newest('rolesChanged', target.id), { user: admin.email, note: '编辑、审核员 → 编辑' })
    })

    it('should record a change of the 站点设置, with the fields changed', async () => {
      const saved = await post('globals/site-settings', { organizer: `主办单位 ${Date.now()}` }, { token: adminToken, from: '203.0.113.11' })
      expect(saved.status, saved.text).toBe(200)
      expectRow(await newest('siteSettingsChanged'), {
        user: admin.email,
        collection: 'site-settings',
        title: '站点设置',
        note: '修改：主办单位',
        from: '203.0.113.11',
      })
    })

    it('should record an export of objections with their contact details', async () => {
      const notice = await ctx.payload.create({
        collection: 'notices',
        data: {
          title: '日志导出公示',
          opensAt: new Date(Date.now() - DAY).toISOString(),
          nominees: [{ name: '郑晓岚', type: 'individual', category: '优秀志愿者' }],
          _status: 'published',
        },
      })
      await storeComment(ctx.payload, notice.id, 'objection')
      const answer = await client.get(`notice-comments/export?notice=${notice.id}`, adminToken, { 'x-forwarded-for': '203.0.113.12' })
      expect(answer.status, answer.text).toBe(200)
      expectRow(await newest('personalDataExported', notice.id), { user: admin.email, collection: 'notices', title: '日志导出公示', from: '203.0.113.12' })
    })

    it('should record an override through the function other code calls', async () => {
      const req = await createLocalReq({ user: { ...admin, collection: 'users' } }, ctx.payload)
      await recordOverride(req, { collection: 'stories', id: 4242, title: '有校对问题的稿件', reason: '专有名词，确认无误' })
      expectRow(await newest('overridden', 4242), {
        user: admin.email,
        collection: 'stories',
        title: '有校对问题的稿件',
        note: '专有名词，确认无误',
        from: null,
      })
    })
  })

  describe('who may read and change it', () => {
    let rowId: number
    /** 'done', or the status a refused Local API call threw. */
    const statusOf = (promise: Promise<unknown>) =>
      promise.then(
        () => 'done',
        (error: { status?: number }) => error.status,
      )
    beforeAll(async () => {
      rowId = (await newest('loginSucceeded', admin.id))?.id as number
    })

    it('should answer an editor 403 on REST and GraphQL, and an administrator with the rows', async () => {
      expect((await client.get('audit-log', editorToken)).status).toBe(403)
      expect((await client.get(`audit-log/${rowId}`, editorToken)).status).toBe(403)
      expect((await client.get('audit-log/export.csv', editorToken)).status).toBe(403)
      expect((await client.get('audit-log/export.csv')).status).toBe(401)
      const graphql = await client.graphql('{ AuditLogs { docs { id action user } } }', editorToken)
      expect(graphql.text).toContain('"statusCode":403')
      expect(graphql.text).not.toContain(admin.email)
      // Positive control: the same query answers an administrator.
      expect((await client.graphql('{ AuditLogs { docs { id action user } } }', adminToken)).text).toContain(admin.email)
      expect((await client.get('audit-log', adminToken)).status).toBe(200)
    })

    it('should refuse an administrator’s PATCH and DELETE on REST (single and bulk), GraphQL and the Local API', async () => {
      const before = await ctx.payload.findByID({ collection: 'audit-log', id: rowId, overrideAccess: true })
      expect((await client.patch(`audit-log/${rowId}`, { note: '改写' }, adminToken)).status).toBe(403)
      expect((await client.patch(`audit-log?where[id][equals]=${rowId}`, { note: '改写' }, adminToken)).status).toBe(403)
      expect((await client.delete(`audit-log/${rowId}`, adminToken)).status).toBe(403)
      expect((await client.delete(`audit-log?where[id][equals]=${rowId}`, adminToken)).status).toBe(403)
      for (const mutation of [`updateAuditLog(id: ${rowId}, data: { note: "改写" }) { id }`, `deleteAuditLog(id: ${rowId}) { id }`]) {
        const graphql = await client.graphql(`mutation { ${mutation} }`, adminToken)
        expect(graphql.text, mutation).toContain('"statusCode":403')
      }
      const user = { ...admin, collection: 'users' as const }
      expect(await statusOf(ctx.payload.update({ collection: 'audit-log', id: rowId, data: { note: '改写' }, overrideAccess: false, user }))).toBe(403)
      expect(await statusOf(ctx.payload.delete({ collection: 'audit-log', id: rowId, overrideAccess: false, user }))).toBe(403)
      // Even past access, a bulk delete leaves the row (the hook refuses each document).
      const bulk = await ctx.payload.delete({ collection: 'audit-log', where: { id: { equals: rowId } }, overrideAccess: true })
      expect(bulk.errors).toHaveLength(1)
      expect(await ctx.payload.findByID({ collection: 'audit-log', id: rowId, overrideAccess: true })).toEqual(before)
    })

    it('should record a publish through the Local API with who did it, and show the row to administrators only', async () => {
      const story = await ctx.payload.create({
        collection: 'stories',
        data: { title: '日志测试', body: richText('正文'), _status: 'published' },
        overrideAccess: false,
        user: admin,
      })
      const published = await newest('published', story.id)
      expect(published).toMatchObject({ action: 'published', collection: 'stories', title: '日志测试', user: admin.email })
      expect((await client.get(`audit-log/${published?.id}`, adminToken)).status).toBe(200)
      expect((await client.get(`audit-log/${published?.id}`, editorToken)).status).toBe(403)
      expect((await client.get('audit-log')).status).toBe(403)
      expect((await client.graphql('{ AuditLogs { docs { id action } } }', editorToken)).text).not.toContain('published')
    })

    it('should let nobody create a row through the API, administrators included', async () => {
      const entry = { action: 'deleted', collection: 'stories', docId: '1', at: new Date().toISOString(), note: '伪造' }
      expect((await post('audit-log', entry, { token: adminToken })).status).toBe(403)
      expect(await statusOf(ctx.payload.create({ collection: 'audit-log', data: entry as never, overrideAccess: false, user: admin }))).toBe(403)
      expect((await ctx.payload.find({ collection: 'audit-log', where: { note: { equals: '伪造' } }, overrideAccess: true })).totalDocs).toBe(0)
    })

    it('should refuse to change or delete a row one by one even for server code that overrides access', async () => {
      expect(await statusOf(ctx.payload.update({ collection: 'audit-log', id: rowId, data: { note: '改写' }, overrideAccess: true }))).toBe(403)
      expect(await statusOf(ctx.payload.delete({ collection: 'audit-log', id: rowId, overrideAccess: true }))).toBe(403)
      const row = await ctx.payload.findByID({ collection: 'audit-log', id: rowId, overrideAccess: true })
      expect(row.note ?? null).toBeNull()
    })
  })

  describe('CSV export', () => {
    const ascending = (ids: number[]) => [...ids].sort((a, b) => a - b)

    /** The ids in the export's first column, in order. */
    const csvIds = (text: string): number[] =>
      text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => Number(line.split(',')[0]))

    const listIds = async (query: string): Promise<number[]> => {
      const answer = await client.get(`audit-log?${query}&limit=1000&sort=-at`, adminToken)
      expect(answer.status).toBe(200)
      return (JSON.parse(answer.text) as { docs: { id: number }[] }).docs.map((doc) => doc.id)
    }

    it('should have the same rows as the list for the same filter, as a UTF-8 file with BOM', async () => {
      for (const [list, csv] of [
        ['where[action][equals]=loginSucceeded', 'action=loginSucceeded'],
        ['where[action][equals]=loginSucceeded', 'where[action][equals]=loginSucceeded'],
        [`where[user][like]=${encodeURIComponent(admin.email)}`, `user=${encodeURIComponent(admin.email)}`],
      ] as const) {
        const expected = await listIds(list)
        expect(expected.length, list).toBeGreaterThan(0)
        const answer = await client.get(`audit-log/export.csv?${csv}`, adminToken)
        expect(answer.status, answer.text).toBe(200)
        expect(answer.headers.get('content-type')).toContain('text/csv; charset=utf-8')
        expect(answer.text.startsWith('\uFEFF编号,时间,操作,操作人')).toBe(true)
        expect(ascending(csvIds(answer.text)), csv).toEqual(ascending(expected))
      }
      const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
      const all = csvIds((await client.get('audit-log/export.csv', adminToken)).text)
      // That export is itself a row now, the newest; it was not in the file it wrote.
      const ownRow = await newest('personalDataExported')
      expect(ownRow?.collection).toBe('audit-log')
      expect(all).not.toContain(ownRow?.id)
      expect(csvIds((await client.get(`audit-log/export.csv?from=${today}&to=${today}`, adminToken)).text)).toEqual([ownRow?.id, ...all])
      expect(csvIds((await client.get('audit-log/export.csv?to=2001-01-01', adminToken)).text)).toEqual([])
      expect((await client.get('audit-log/export.csv?action=nonsense', adminToken)).status).toBe(400)
      expect((await client.get('audit-log/export.csv?from=yesterday', adminToken)).status).toBe(400)
    })

    it('should refuse an export of more than 10,000 rows with 413, asking in Chinese for a narrower date range', async () => {
      const pool = (ctx.payload.db as unknown as { pool: { query: (text: string, values?: unknown[]) => Promise<unknown> } }).pool
      // 10,001 rows on two days of June 2000, in one statement (the Local API would take minutes).
      await pool.query(
        `INSERT INTO audit_log (action, collection, doc_id, "user", at, note)
         SELECT 'published', 'stories', n::text, 'bulk@example.org', $1::timestamptz + (n % 2) * interval '1 day', '批量'
         FROM generate_series(1, $2::int) AS n`,
        ['2000-06-01T04:00:00Z', MAX_AUDIT_EXPORT_ROWS + 1],
      )
      try {
        const before = (await newest('personalDataExported'))?.id
        const refused = await client.get('audit-log/export.csv?from=2000-06-01&to=2000-06-02', adminToken)
        expect(refused.status).toBe(413)
        const message = (JSON.parse(refused.text) as { errors: { message: string }[] }).errors[0]?.message ?? ''
        expect(message).toContain(String(MAX_AUDIT_EXPORT_ROWS + 1))
        expect(message).toMatch(/缩小.*日期/)
        // The admin's export button is a link: the browser that follows it is shown the message as a
        // page, with a way back to the list under the same filter, and not the JSON above.
        const shown = await client.get('audit-log/export.csv?from=2000-06-01&to=2000-06-02', adminToken, {
          accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
          'sec-fetch-mode': 'navigate',
        })
        expect(shown.status).toBe(413)
        expect(shown.headers.get('content-type')).toBe('text/html; charset=utf-8')
        expect(shown.text).toContain(`<p role="alert">${message}</p>`)
        expect(shown.text).toContain('href="/admin/collections/audit-log?from=2000-06-01&amp;to=2000-06-02"')
        // Nothing was taken, so nothing is recorded as taken.
        expect((await newest('personalDataExported'))?.id).toBe(before)
        // One day of it fits.
        const narrowed = await client.get('audit-log/export.csv?from=2000-06-02&to=2000-06-02', adminToken)
        expect(narrowed.status).toBe(200)
        expect(csvIds(narrowed.text)).toHaveLength(Math.ceil((MAX_AUDIT_EXPORT_ROWS + 1) / 2))
      } finally {
        await pool.query(`DELETE FROM audit_log WHERE at < '2001-01-01'`)
      }
    })

    it('should defuse a title that a spreadsheet would run as a formula', async () => {
      const title = '=HYPERLINK("http://evil.example","点我")'
      const created = await post('stories', { title, body: richText('正文'), _status: 'published' }, { token: adminToken })
      expect(created.status, created.text).toBe(201)
      const answer = await client.get('audit-log/export.csv?action=published', adminToken)
      expect(answer.text).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`)
      expect(answer.text).not.toMatch(/(^|,)"?=HYPERLINK/m)
    })
  })

  describe('retention', () => {
    const setting = process.env.AUDIT_LOG_RETENTION_DAYS
    afterEach(() => {
      if (setting === undefined) delete process.env.AUDIT_LOG_RETENTION_DAYS
      else process.env.AUDIT_LOG_RETENTION_DAYS = setting
    })

    const aged = (days: number, note: string) =>
      ctx.payload.create({
        collection: 'audit-log',
        data: { action: 'published', collection: 'stories', docId: '1', at: new Date(Date.now() - days * DAY).toISOString(), note },
        overrideAccess: true,
      })
    const exists = async (id: number) =>
      (await ctx.payload.count({ collection: 'audit-log', where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1

    it('should remove a 181-day-old row and keep a 179-day-old one, whatever shorter period is set', async () => {
      process.env.AUDIT_LOG_RETENTION_DAYS = '30'
      const old = await aged(181, '过期')
      const young = await aged(179, '未过期')
      expect(await pruneAuditLog(ctx.payload)).toBe(1)
      expect(await exists(old.id)).toBe(false)
      expect(await exists(young.id)).toBe(true)
    })

    it('should prune as the scheduled job, which runs daily', async () => {
      const task = ctx.payload.config.jobs.tasks?.find((candidate) => candidate.slug === 'pruneAuditLog')
      expect(task?.schedule?.[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/)
      const old = await aged(200, '过期')
      await ctx.payload.jobs.queue({ task: 'pruneAuditLog', input: {} })
      await ctx.payload.jobs.run({ queue: 'default' })
      expect(await exists(old.id)).toBe(false)
    })
  })
})
