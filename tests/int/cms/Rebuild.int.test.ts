/**
 * The publishing queue: what the CMS records for the site worker to publish, and what it must
 * not; the queue's endpoints for the worker; and the nudge. A real HTTP listener stands where
 * the site worker's nudge endpoint would be.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { LISTENER_APPLICATION_NAME } from '@/lib/siteNudge'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { storeComment } from '../../helpers/comments'
import { drawJpeg } from '../../helpers/images'
import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import { queryDatabase } from '../../helpers/sql'
import { routeClient } from '../../helpers/routes'
import type { TestPayload } from '../../helpers/payload'

type Hit = { secret: string; reason: string }

describe('publishing queue', () => {
  let ctx: TestPayload
  let server: http.Server
  let editor: Awaited<ReturnType<TestPayload['createUser']>>
  const hits: Hit[] = []
  /** The worker answers a nudge once this settles: a test holds it to keep a nudge in flight. */
  let held: Promise<void> = Promise.resolve()

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
      request.on('end', () => {
        hits.push({ secret: String(request.headers['x-rebuild-secret']), reason: JSON.parse(body).reason })
        void held.then(() => response.writeHead(202).end())
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    process.env.SITE_REBUILD_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
    process.env.SITE_REBUILD_SECRET = 'shared-secret-for-tests'
    ctx = await bootPayload()
    // A newsroom user who also publishes (the review step is tested in Review.int.test.ts).
    editor = await ctx.createUser(['editor', 'reviewer'])
  })

  afterAll(() => {
    server.close()
  })

  beforeEach(async () => {
    hits.length = 0
    await clearQueue()
  })

  const clearQueue = () => ctx.payload.delete({ collection: 'site-changes', where: { id: { exists: true } } })
  /** The reasons of the changes waiting in the queue, oldest first. */
  const queued = async (): Promise<string[]> =>
    (await ctx.payload.find({ collection: 'site-changes', sort: 'id', limit: 100 })).docs.map((row) => String(row.reason))

  const as = () => ({ overrideAccess: false, user: editor }) as const
  const createDraft = (title: string) => ctx.payload.create({ collection: 'stories', data: { title, body: richText('正文') }, draft: true, ...as() })

  it('should not ask for a rebuild when a draft is created or saved, nor on autosave', async () => {
    const story = await createDraft('草稿一')
    await ctx.payload.update({ collection: 'stories', id: story.id, data: { title: '草稿一（改）' }, draft: true, ...as() })
    await ctx.payload.update({ collection: 'stories', id: story.id, data: { title: '草稿一（自动保存）' }, draft: true, autosave: true, ...as() })
    expect(await queued()).toEqual([])
  })

  it('should queue a publish once, and nudge the worker with the shared secret', async () => {
    const story = await createDraft('待发布')
    await ctx.payload.update({ collection: 'stories', id: story.id, data: { _status: 'published' }, ...as() })
    expect(await queued()).toEqual([`stories ${story.id} published`])
    await expect.poll(() => hits, { timeout: 5_000 }).toEqual([{ secret: 'shared-secret-for-tests', reason: `stories ${story.id} published` }])
  })

  it('should not queue a change whose transaction is rolled back', async () => {
    const story = await createDraft('回滚')
    const req = await createLocalReq({ user: editor }, ctx.payload)
    await initTransaction(req)
    await ctx.payload.update({ collection: 'stories', id: story.id, data: { _status: 'published' }, overrideAccess: false, user: editor, req })
    await killTransaction(req)
    expect(await queued()).toEqual([])
  })

  it('should nudge the worker only once the change has committed, and not for one rolled back', async () => {
    const reasons = () => hits.map((hit) => hit.reason)
    /** Publishes a story outside any open transaction and waits for its nudge: every nudge due before it has had its chance to arrive. */
    const control = async (title: string) => {
      const story = await createDraft(title)
      await ctx.payload.update({ collection: 'stories', id: story.id, data: { _status: 'published' }, ...as() })
      await expect.poll(reasons, { timeout: 5_000, interval: 20 }).toContain(`stories ${story.id} published`)
    }
    const committed = await createDraft('提交后才通知')
    const req = await createLocalReq({ user: editor }, ctx.payload)
    await initTransaction(req)
    await ctx.payload.update({ collection: 'stories', id: committed.id, data: { _status: 'published' }, overrideAccess: false, user: editor, req })
    // Still open: a worker nudged now would find the queue empty and wait for its next poll.
    await control('未提交时的对照')
    expect(reasons()).not.toContain(`stories ${committed.id} published`)
    await commitTransaction(req)
    await expect.poll(reasons, { timeout: 5_000, interval: 20 }).toContain(`stories ${committed.id} published`)

    const rolledBack = await createDraft('回滚不通知')
    const other = await createLocalReq({ user: editor }, ctx.payload)
    await initTransaction(other)
    await ctx.payload.update({ collection: 'stories', id: rolledBack.id, data: { _status: 'published' }, overrideAccess: false, user: editor, req: other })
    await killTransaction(other)
    await control('回滚后的对照')
    expect(reasons()).not.toContain(`stories ${rolledBack.id} published`)
    expect(hits).toHaveLength(3)
  })

  it('should hand the queue to the worker only with the secret, and keep failures with their error', async () => {
    const column = await ctx.payload.create({ collection: 'columns', data: { name: '队列栏目', kind: 'regular' }, ...as() })
    const client = await routeClient()
    const secret = 'shared-secret-for-tests'
    const get = (path: string, key = secret) => client.get(`site-changes/${path}`, undefined, { 'x-site-build': key })
    const post = (path: string, body: unknown, key = secret) =>
      client.post(`site-changes/${path}`, { headers: { 'x-site-build': key, 'content-type': 'application/json' }, body: JSON.stringify(body) })
    expect((await get('pending', 'wrong')).status).toBe(401)
    expect((await post('done', { ids: [1] }, '')).status).toBe(401)
    // Nobody reads the queue over the collection API but an administrator.
    expect((await client.get('site-changes')).status).toBe(403)

    const pending = JSON.parse((await get('pending')).text) as { docs: { id: number; collection: string; docId: string }[] }
    expect(pending.docs.map((row) => [row.collection, row.docId])).toEqual([['columns', String(column.id)]])
    const row = pending.docs[0] as { id: number }
    expect((await post('failed', { ids: [row.id], error: '渲染失败：测试' })).status).toBe(200)
    const kept = await ctx.payload.findByID({ collection: 'site-changes', id: row.id })
    expect([kept.attempts, kept.lastError]).toEqual([1, '渲染失败：测试'])
    expect((await post('done', { ids: ['x'] })).status).toBe(400)
    expect((await post('done', { ids: [row.id] })).status).toBe(200)
    expect(await queued()).toEqual([])
  })

  it('should not ask when a draft is saved over a published story, but ask when that draft is published', async () => {
    const story = await ctx.payload.create({ collection: 'stories', data: { title: '已发布', body: richText('正文'), _status: 'published' }, ...as() })
    await clearQueue()
    await ctx.payload.update({ collection: 'stories', id: story.id, data: { title: '已发布（草稿修改）' }, draft: true, ...as() })
    expect(await queued()).toEqual([])
    await ctx.payload.update({ collection: 'stories', id: story.id, data: { _status: 'published' }, ...as() })
    expect(await queued()).toEqual([`stories ${story.id} published`])
  })

  it('should ask on unpublish and on deleting a published story, not on deleting a draft', async () => {
    const story = await ctx.payload.create({ collection: 'notices', data: { title: '公示', opensAt: new Date().toISOString(), _status: 'published' } })
    const draft = await createDraft('将删除的草稿')
    await clearQueue()
    await ctx.payload.update({ collection: 'notices', id: story.id, data: { _status: 'draft' } })
    expect(await queued()).toEqual([`notices ${story.id} unpublished`])
    await clearQueue()
    await ctx.payload.delete({ collection: 'stories', id: draft.id, ...as() })
    expect(await queued()).toEqual([])
    const published = await ctx.payload.create({ collection: 'stories', data: { title: '将删除', body: richText('正文'), _status: 'published' }, ...as() })
    await clearQueue()
    await ctx.payload.delete({ collection: 'stories', id: published.id, ...as() })
    expect(await queued()).toEqual([`stories ${published.id} deleted`])
  })

  it('should ask when published taxonomy changes', async () => {
    const column = await ctx.payload.create({ collection: 'columns', data: { name: '新栏目', kind: 'regular' }, ...as() })
    await ctx.payload.update({ collection: 'columns', id: column.id, data: { name: '改名栏目' }, ...as() })
    expect(await queued()).toEqual([`columns ${column.id} changed`, `columns ${column.id} changed`])
  })

  it('should queue a new upload, so the site has it before published content uses it', async () => {
    const media = await ctx.payload.create({
      collection: 'media',
      data: { alt: '新上传的封面' },
      file: { data: await drawJpeg(320, 200), mimetype: 'image/jpeg', name: 'new-cover.jpg', size: 0 },
      ...as(),
    })
    expect(await queued()).toEqual([`media ${media.id} changed`])
  })

  it('should ask when a comment is approved or withdrawn, never for an objection', async () => {
    const staff = await ctx.createUser(['notice-staff'])
    const notice = await ctx.payload.create({ collection: 'notices', data: { title: '留言公示', opensAt: new Date().toISOString(), _status: 'published' } })
    const comment = await storeComment(ctx.payload, notice.id, 'comment')
    const objection = await storeComment(ctx.payload, notice.id, 'objection')
    await clearQueue()
    const moderate = (id: number, status: 'approved' | 'rejected' | 'under-review') =>
      ctx.payload.update({ collection: 'notice-comments', id, data: { status }, overrideAccess: false, user: staff })
    await moderate(comment.id, 'approved')
    await moderate(comment.id, 'rejected')
    await moderate(objection.id, 'under-review')
    expect(await queued()).toEqual([`notice-comments ${comment.id} moderated`, `notice-comments ${comment.id} moderated`])
  })

  it('should not ask while seeding', async () => {
    await ctx.payload.create({
      collection: 'stories',
      data: { title: '种子数据', body: richText('正文'), _status: 'published' },
      context: { seed: true },
    })
    expect(await queued()).toEqual([])
  })

  describe('the nudge on commit (NOTIFY)', () => {
    const reasonsHeard = () => hits.map((hit) => hit.reason)
    /** Backend ids of this database's listening connections. */
    const listeners = async (): Promise<number[]> =>
      (
        await queryDatabase<{ pid: number }>(ctx.databaseUrl, 'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1', [
          LISTENER_APPLICATION_NAME,
        ])
      ).map((row) => row.pid)

    it('should listen on one connection of its own', async () => {
      expect(await listeners()).toHaveLength(1)
    })

    it('should not nudge for a change rolled back, while one committed after it is nudged', async () => {
      const rolledBack = await createDraft('回滚不通知（NOTIFY）')
      const committed = await createDraft('其后提交')
      const req = await createLocalReq({ user: editor }, ctx.payload)
      await initTransaction(req)
      await ctx.payload.update({ collection: 'stories', id: rolledBack.id, data: { _status: 'published' }, overrideAccess: false, user: editor, req })
      await killTransaction(req)
      await ctx.payload.update({ collection: 'stories', id: committed.id, data: { _status: 'published' }, ...as() })
      // Notifications arrive in commit order: the later one heard means the earlier was never sent.
      await expect.poll(reasonsHeard, { timeout: 5_000, interval: 20 }).toContain(`stories ${committed.id} published`)
      // Stories only: an earlier test's nudge (a comment moderated) may still be on its way here.
      expect(reasonsHeard().filter((reason) => reason.startsWith('stories '))).toEqual([`stories ${committed.id} published`])
    })

    it('should coalesce a burst of changes into few nudges: one in flight, one queued', async () => {
      let answer = () => undefined as void
      held = new Promise<void>((resolve) => (answer = resolve))
      try {
        const first = await ctx.payload.create({ collection: 'columns', data: { name: '一连串 0', kind: 'regular' }, ...as() })
        await expect.poll(reasonsHeard, { timeout: 5_000, interval: 20 }).toEqual([`columns ${first.id} changed`])
        // The worker has not answered the first nudge yet: every change now waits as one nudge.
        const burst = await Promise.all(
          Array.from({ length: 12 }, (_, index) =>
            ctx.payload.create({ collection: 'columns', data: { name: `一连串 ${index + 1}`, kind: 'regular' }, ...as() }),
          ),
        )
        expect(await queued()).toHaveLength(13)
        expect(burst).toHaveLength(12)
      } finally {
        answer()
        held = Promise.resolve()
      }
      // A change after the burst is nudged too, after whatever was queued during it.
      const after = await ctx.payload.create({ collection: 'columns', data: { name: '一连串之后', kind: 'regular' }, ...as() })
      await expect.poll(reasonsHeard, { timeout: 5_000, interval: 20 }).toContain(`columns ${after.id} changed`)
      // 14 changes: the first, the burst as one queued nudge (notifications still arriving when the
      // first was answered may make it two), and the one after.
      expect(hits.length).toBeLessThanOrEqual(4)
      expect(reasonsHeard()).toContainEqual(expect.stringMatching(/^columns \d+ changed \(\+\d+ more\)$/))
    })

    it('should listen again after its connection is terminated, and nudge for what it may have missed', async () => {
      const [before] = await listeners()
      expect(before).toBeTypeOf('number')
      await queryDatabase(ctx.databaseUrl, 'SELECT pg_terminate_backend($1)', [before])
      // Once it listens again it nudges the worker, for changes that committed in the gap.
      await expect.poll(reasonsHeard, { timeout: 10_000, interval: 20 }).toContain('site change listener reconnected')
      const now = await listeners()
      expect(now).toHaveLength(1)
      expect(now).not.toContain(before)
      const story = await createDraft('重连之后')
      await ctx.payload.update({ collection: 'stories', id: story.id, data: { _status: 'published' }, ...as() })
      await expect.poll(reasonsHeard, { timeout: 5_000, interval: 20 }).toContain(`stories ${story.id} published`)
    })

    // Last in this file: it shuts Payload down.
    it('should close its listening connection when Payload shuts down', async () => {
      expect(await listeners()).toHaveLength(1)
      await ctx.payload.destroy()
      await expect.poll(listeners, { timeout: 5_000, interval: 50 }).toEqual([])
    })
  })
})
