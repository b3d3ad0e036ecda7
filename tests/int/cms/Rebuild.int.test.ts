/**
 * The deploy hook: what makes the CMS ask for a site rebuild, and what must not. A real HTTP
 * listener stands where the CDN's deploy hook (or `pnpm start`'s builder) would be.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { storeComment } from '../../helpers/comments'
import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'

type Hit = { secret: string; reason: string }

describe('site rebuild hook', () => {
  let ctx: TestPayload
  let server: http.Server
  let editor: Awaited<ReturnType<TestPayload['createUser']>>
  const hits: Hit[] = []

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
      request.on('end', () => {
        hits.push({ secret: String(request.headers['x-rebuild-secret']), reason: JSON.parse(body).reason })
        response.writeHead(202).end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    process.env.SITE_REBUILD_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
    process.env.SITE_REBUILD_SECRET = 'shared-secret-for-tests'
    ctx = await bootPayload()
    editor = await ctx.createUser(['editor'])
  })

  afterAll(() => {
    server.close()
  })

  beforeEach(() => {
    hits.length = 0
  })

  const as = () => ({ overrideAccess: false, user: editor }) as const
  const createDraft = (title: string) =>
    ctx.payload.create({ collection: 'stories', data: { title, body: richText('正文') }, draft: true, ...as() })

  it('should not ask for a rebuild when a draft is created or saved, nor on autosave', async () => {
    const story = await createDraft('草稿一')
    await ctx.payload.update({ collection: 'stories', id: story.id, data: { title: '草稿一（改）' }, draft: true, ...as() })
    await ctx.payload.update({ collection: 'stories', id: story.id, data: { title: '草稿一（自动保存）' }, draft: true, autosave: true, ...as() })
    expect(hits).toEqual([])
  })

  it('should ask once on publish, with the shared secret', async () => {
    const story = await createDraft('待发布')
    await ctx.payload.update({ collection: 'stories', id: story.id, data: { _status: 'published' }, ...as() })
    expect(hits).toEqual([{ secret: 'shared-secret-for-tests', reason: `stories ${story.id} published` }])
  })

  it('should not ask when a draft is saved over a published story, but ask when that draft is published', async () => {
    const story = await ctx.payload.create({ collection: 'stories', data: { title: '已发布', body: richText('正文'), _status: 'published' }, ...as() })
    hits.length = 0
    await ctx.payload.update({ collection: 'stories', id: story.id, data: { title: '已发布（草稿修改）' }, draft: true, ...as() })
    expect(hits).toEqual([])
    await ctx.payload.update({ collection: 'stories', id: story.id, data: { _status: 'published' }, ...as() })
    expect(hits.map((hit) => hit.reason)).toEqual([`stories ${story.id} published`])
  })

  it('should ask on unpublish and on deleting a published story, not on deleting a draft', async () => {
    const story = await ctx.payload.create({ collection: 'notices', data: { title: '公示', opensAt: new Date().toISOString(), _status: 'published' } })
    const draft = await createDraft('将删除的草稿')
    hits.length = 0
    await ctx.payload.update({ collection: 'notices', id: story.id, data: { _status: 'draft' } })
    expect(hits.map((hit) => hit.reason)).toEqual([`notices ${story.id} unpublished`])
    hits.length = 0
    await ctx.payload.delete({ collection: 'stories', id: draft.id, ...as() })
    expect(hits).toEqual([])
    const published = await ctx.payload.create({ collection: 'stories', data: { title: '将删除', body: richText('正文'), _status: 'published' }, ...as() })
    hits.length = 0
    await ctx.payload.delete({ collection: 'stories', id: published.id, ...as() })
    expect(hits.map((hit) => hit.reason)).toEqual([`stories ${published.id} deleted`])
  })

  it('should ask when published taxonomy changes', async () => {
    const column = await ctx.payload.create({ collection: 'columns', data: { name: '新栏目', kind: 'regular' }, ...as() })
    await ctx.payload.update({ collection: 'columns', id: column.id, data: { name: '改名栏目' }, ...as() })
    expect(hits.map((hit) => hit.reason)).toEqual([`columns ${column.id} changed`, `columns ${column.id} changed`])
  })

  it('should ask when a comment is approved or withdrawn, never for an objection', async () => {
    const staff = await ctx.createUser(['notice-staff'])
    const notice = await ctx.payload.create({ collection: 'notices', data: { title: '留言公示', opensAt: new Date().toISOString(), _status: 'published' } })
    const comment = await storeComment(ctx.payload, notice.id, 'comment')
    const objection = await storeComment(ctx.payload, notice.id, 'objection')
    hits.length = 0
    const moderate = (id: number, status: 'approved' | 'rejected' | 'under-review') =>
      ctx.payload.update({ collection: 'notice-comments', id, data: { status }, overrideAccess: false, user: staff })
    await moderate(comment.id, 'approved')
    await moderate(comment.id, 'rejected')
    await moderate(objection.id, 'under-review')
    expect(hits.map((hit) => hit.reason)).toEqual([`notice-comments ${comment.id} moderated`, `notice-comments ${comment.id} moderated`])
  })

  it('should not ask while seeding', async () => {
    await ctx.payload.create({
      collection: 'stories',
      data: { title: '种子数据', body: richText('正文'), _status: 'published' },
      context: { seed: true },
    })
    expect(hits).toEqual([])
  })
})
