import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { erasePersonalData } from '@/jobs/eraseExpiredPersonalData'

import { storeComment } from '../../helpers/comments'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

const DAY = 24 * 3600_000

type Kind = 'comment' | 'objection'

describe('notice comments: moderation, export and retention', () => {
  let ctx: TestPayload
  let client: RouteClient
  let staffToken: string
  let editorToken: string
  let staff: Awaited<ReturnType<TestPayload['createUser']>>
  let serial = 0
  let db: pg.Client

  /** Reads the database itself: versions are stored copies that the Local API does not list in full. */
  const countRows = async (query: string, values: unknown[]): Promise<number> => Number((await db.query<{ n: number }>(query, values)).rows[0]?.n)

  const notice = async (opensDaysAgo: number) =>
    ctx.payload.create({
      collection: 'notices',
      data: {
        title: `审核测试公示 ${opensDaysAgo} ${serial++}`,
        opensAt: new Date(Date.now() - opensDaysAgo * DAY).toISOString(),
        nominees: [{ name: '郑晓岚', type: 'individual', category: '优秀志愿者' }],
        _status: 'published',
      },
    })

  const comment = (noticeId: number, kind: Kind, fields: Record<string, unknown> = {}) => storeComment(ctx.payload, noticeId, kind, fields)

  beforeAll(async () => {
    ctx = await bootPayload()
    client = await routeClient()
    db = new pg.Client({ connectionString: ctx.databaseUrl })
    db.on('error', () => undefined)
    await db.connect()
    staff = await ctx.createUser(['notice-staff'])
    const editor = await ctx.createUser(['editor'])
    staffToken = (await ctx.payload.login({ collection: 'users', data: { email: staff.email, password: staff.password } })).token as string
    editorToken = (await ctx.payload.login({ collection: 'users', data: { email: editor.email, password: editor.password } })).token as string
  })

  afterAll(async () => {
    await Promise.race([db.end(), new Promise((resolve) => setTimeout(resolve, 2000))])
  })

  afterEach(() => {
    delete process.env.COMMENT_RETENTION_DAYS
  })

  it('should keep each kind to its own statuses and require a note to resolve an objection', async () => {
    const open = await notice(1)
    const remark = await comment(open.id, 'comment')
    const objection = await comment(open.id, 'objection')
    const update = (id: number, data: Record<string, unknown>) =>
      ctx.payload.update({ collection: 'notice-comments', id, data, overrideAccess: false, user: staff, context: { skipRebuild: true } })
    /** The field messages of a refused update, as the admin shows them beside the field. */
    const refusal = async (attempt: Promise<unknown>): Promise<string> =>
      attempt.then(
        () => 'accepted',
        (error: { data?: { errors?: { message?: string }[] } }) => (error.data?.errors ?? []).map((item) => item.message).join(' '),
      )
    expect(await refusal(update(remark.id, { status: 'resolved' }))).toMatch(/留言只能设为/)
    expect(await refusal(update(objection.id, { status: 'approved' }))).toMatch(/异议只能设为/)
    expect(await refusal(update(objection.id, { status: 'resolved' }))).toMatch(/办结意见/)
    await update(objection.id, { status: 'under-review' })
    const resolved = await update(objection.id, { status: 'resolved', resolution: '经核实，反映的情况与事实不符。' })
    expect(resolved.status).toBe('resolved')
    const history = await ctx.payload.findVersions({ collection: 'notice-comments', where: { parent: { equals: objection.id } }, sort: 'createdAt' })
    expect(history.docs.map((version) => version.version.status)).toEqual(['received', 'under-review', 'resolved'])
  })

  it('should approve the ticked comments in bulk as staff, leave objections alone, and refuse editors', async () => {
    const open = await notice(1)
    const first = await comment(open.id, 'comment')
    const second = await comment(open.id, 'comment')
    const objection = await comment(open.id, 'objection')
    const untouched = await comment(open.id, 'comment')
    // The query the admin's bulk buttons send: the ticked ids, narrowed to comments.
    const ids = [first.id, second.id, objection.id].join(',')
    const query = `notice-comments?where[and][0][kind][equals]=comment&where[and][1][id][in]=${ids}`

    const refused = await client.patch(query, { status: 'approved' }, editorToken)
    expect(refused.status).toBe(403)
    const anonymous = await client.patch(query, { status: 'approved' })
    expect(anonymous.status).toBe(403)
    expect((await ctx.payload.findByID({ collection: 'notice-comments', id: first.id })).status).toBe('pending')

    const answer = await client.patch(query, { status: 'approved' }, staffToken)
    expect(answer.status, answer.text).toBe(200)
    expect((JSON.parse(answer.text) as { docs: unknown[] }).docs).toHaveLength(2)
    const statusOf = async (id: number) => (await ctx.payload.findByID({ collection: 'notice-comments', id })).status
    expect(await statusOf(first.id)).toBe('approved')
    expect(await statusOf(second.id)).toBe('approved')
    expect(await statusOf(objection.id)).toBe('received')
    expect(await statusOf(untouched.id)).toBe('pending')

    const rejected = await client.patch(`notice-comments?where[id][in]=${second.id}`, { status: 'rejected' }, staffToken)
    expect(rejected.status).toBe(200)
    expect(await statusOf(second.id)).toBe('rejected')
  })

  it('should export one notice’s objections as CSV for staff only, with formulas defused', async () => {
    const open = await notice(1)
    const other = await notice(1)
    await comment(open.id, 'objection', {
      nomineeId: undefined,
      content: '=HYPERLINK("http://evil.example","点我")，这条异议内容要核实。',
      evidence: '证人：\n社区居委会',
    })
    await comment(open.id, 'objection', { name: '韩"引号"', phone: '021-55550123' })
    await comment(open.id, 'comment', { content: '这是一条普通留言，不应出现在异议表里。' })
    await comment(other.id, 'objection', { content: '另一条公示的异议，不应出现。' })

    const answer = await client.get(`notice-comments/export?notice=${open.id}`, staffToken)
    expect(answer.status, answer.text).toBe(200)
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    expect(answer.headers.get('content-disposition')).toMatch(/attachment; .*filename\*=UTF-8''/)
    expect(answer.text.charCodeAt(0)).toBe(0xfeff)
    const lines = answer.text.slice(1).split('\r\n')
    expect(lines[0]).toBe('回执编号,提交时间,公示对象,姓名,联系电话,电子邮箱,异议内容,证据说明,状态,答复期限,状态变更记录,办结意见,答复,审核备注')
    expect(answer.text).toContain('"\'=HYPERLINK(""http://evil.example"",""点我"")，这条异议内容要核实。"')
    expect(answer.text).toContain('"证人：\n社区居委会"')
    expect(answer.text).toContain('"韩""引号"""')
    expect(answer.text).toContain('021-55550123')
    expect(answer.text).toContain('已受理')
    expect(answer.text).not.toContain('普通留言')
    expect(answer.text).not.toContain('另一条公示')

    expect((await client.get(`notice-comments/export?notice=${open.id}`)).status).toBe(401)
    const editor = await client.get(`notice-comments/export?notice=${open.id}`, editorToken)
    expect(editor.status).toBe(403)
    expect(editor.text).not.toContain('021-55550123')
    expect((await client.get('notice-comments/export?notice=1%3B%20select', staffToken)).status).toBe(400)
    expect((await client.get('notice-comments/export?notice=987654', staffToken)).status).toBe(404)
  })

  it('should erase personal data, in documents and versions, only once a notice is past retention', async () => {
    const old = await notice(230)
    const recent = await notice(40)
    const oldComment = await comment(old.id, 'comment', { name: '冯秋菊', status: 'approved' })
    const oldObjection = await comment(old.id, 'objection')
    const recentObjection = await comment(recent.id, 'objection')
    // A moderation step, so each has saved versions carrying the personal data too.
    for (const doc of [oldComment, oldObjection, recentObjection]) {
      await ctx.payload.update({
        collection: 'notice-comments',
        id: doc.id,
        data: { moderatorNote: '已电话核实' },
        overrideAccess: true,
        context: { skipRebuild: true },
      })
    }

    const erased = await erasePersonalData(ctx.payload)
    expect(erased).toBeGreaterThanOrEqual(2)
    for (const id of [oldComment.id, oldObjection.id]) {
      const doc = await ctx.payload.findByID({ collection: 'notice-comments', id })
      expect(doc).toMatchObject({ name: null, phone: null, email: null, ipHash: null, userAgent: null, moderatorNote: '已电话核实' })
      expect(doc.content).toContain('关于公示对象的意见')
      expect(doc.personalDataErasedAt).toBeTruthy()
    }
    const kept = await ctx.payload.findByID({ collection: 'notice-comments', id: recentObjection.id })
    expect(kept.phone).toBe(recentObjection.phone)
    const leftInVersions = await countRows(
      `SELECT count(*)::int AS n FROM _notice_comments_v WHERE parent_id = ANY($1)
       AND (version_name IS NOT NULL OR version_phone IS NOT NULL OR version_email IS NOT NULL OR version_ip_hash IS NOT NULL)`,
      [[oldComment.id, oldObjection.id]],
    )
    expect(leftInVersions).toBe(0)
    const versionsOfRecent = await countRows('SELECT count(*)::int AS n FROM _notice_comments_v WHERE parent_id = $1 AND version_phone IS NOT NULL', [
      recentObjection.id,
    ])
    expect(versionsOfRecent).toBeGreaterThan(0)

    // The published comment keeps its masked name for the record.
    const published = JSON.parse((await client.get(`notice-comments/published?notice=${old.id}`)).text) as { comments: { name: string }[] }
    expect(published.comments.map((item) => item.name)).toEqual(['冯**'])

    expect(await erasePersonalData(ctx.payload)).toBe(0)

    process.env.COMMENT_RETENTION_DAYS = '10'
    expect(await erasePersonalData(ctx.payload)).toBeGreaterThanOrEqual(1)
    expect((await ctx.payload.findByID({ collection: 'notice-comments', id: recentObjection.id })).phone).toBeNull()

    process.env.COMMENT_RETENTION_DAYS = '0'
    await expect(erasePersonalData(ctx.payload)).rejects.toThrow(/COMMENT_RETENTION_DAYS/)
  })

  it('should run the erasure as a scheduled job through the jobs queue', async () => {
    const task = ctx.payload.config.jobs.tasks?.find((entry) => entry.slug === 'eraseExpiredPersonalData')
    expect(task?.schedule?.[0]?.cron).toBeTruthy()
    const old = await notice(400)
    const doc = await comment(old.id, 'objection')
    await ctx.payload.jobs.queue({ task: 'eraseExpiredPersonalData', input: {} } as never)
    await ctx.payload.jobs.run()
    const after = await ctx.payload.findByID({ collection: 'notice-comments', id: doc.id })
    expect(after.phone).toBeNull()
    const failed = await ctx.payload.count({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'eraseExpiredPersonalData' } }, { hasError: { equals: true } }] },
    })
    expect(failed.totalDocs).toBe(0)
  })
})
