/**
 * 首页版块: who may arrange the home page, what a save refuses (in Chinese), what it sets off
 * (a publish of the home page, a row in the 操作日志), and its drafts: kept from the public and the
 * site's build until published, previewed by those who may change it. What the site makes of the blocks is in
 * tests/unit/site/home.test.ts; the built page in tests/e2e/portal.e2e.ts.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { beforeAll, describe, expect, it } from 'vitest'

import { drawJpeg } from '../../helpers/images'
import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'

type User = Awaited<ReturnType<TestPayload['createUser']>>

/** The secret the site's build sends (`x-site-build`): it may page faster, never read drafts. */
const BUILD_SECRET = 'homepage-build-secret'

describe('首页版块 (the home page’s blocks)', () => {
  let ctx: TestPayload
  let editor: User
  let pictures: number[]
  let storyId: number
  let client: RouteClient

  beforeAll(async () => {
    process.env.SITE_REBUILD_SECRET = BUILD_SECRET
    ctx = await bootPayload()
    client = await routeClient()
    editor = await ctx.createUser(['editor'])
    pictures = []
    for (const [index, alt] of ['河边', '广场', '社区', '学校'].entries()) {
      const file = { data: await drawJpeg(320 + index, 200), mimetype: 'image/jpeg', name: `slide-${index}.jpg`, size: 0 }
      pictures.push(Number((await ctx.payload.create({ collection: 'media', data: { alt }, file })).id))
    }
    const story = await ctx.payload.create({
      collection: 'stories',
      data: { title: '首页头条测试新闻', body: richText('正文。'), publishedAt: new Date().toISOString(), _status: 'published' } as never,
    })
    storyId = Number(story.id)
  })

  const slides = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ image: pictures[index % pictures.length], caption: `第${index + 1}张`, linkType: 'url', url: '/notices/' }))

  const save = async (user: User | undefined, blocks: unknown[]) =>
    ctx.payload.updateGlobal({ slug: 'homepage', data: { blocks } as never, overrideAccess: false, user })

  /** The messages of a refused save (Payload's error names the fields; its data says why). */
  const refusal = async (blocks: unknown[]): Promise<string> => {
    try {
      await save(editor, blocks)
    } catch (error) {
      const errors = (error as { data?: { errors?: { message: string }[] } }).data?.errors ?? []
      return errors.length ? errors.map((entry) => entry.message).join(' ') : String((error as Error).message)
    }
    throw new Error('the save was not refused')
  }

  const saveDraft = async (user: User, blocks: unknown[]) =>
    ctx.payload.updateGlobal({ slug: 'homepage', data: { blocks } as never, draft: true, overrideAccess: false, user })

  const tokenOf = async (user: User) => (await ctx.payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string

  const queued = async () => (await ctx.payload.count({ collection: 'site-changes', where: { collection: { equals: 'homepage' } } })).totalDocs
  const logged = async () =>
    (await ctx.payload.count({ collection: 'audit-log', where: { action: { equals: 'homepagePublished' } }, overrideAccess: true })).totalDocs

  it('should be arranged by editors and admins only, and read by anyone', async () => {
    const blocks = [
      { blockType: 'openNotices', count: 5 },
      { blockType: 'carousel', slides: slides(3) },
    ]
    await save(editor, blocks)
    const read = await ctx.payload.findGlobal({ slug: 'homepage', depth: 0, overrideAccess: false })
    expect(read.blocks?.map((block) => block.blockType)).toEqual(['openNotices', 'carousel'])
    for (const role of ['reviewer', 'notice-staff'] as const) {
      await expect(save(await ctx.createUser([role]), [{ blockType: 'honors', count: 4 }])).rejects.toThrow('您无权执行此操作')
    }
    await expect(save(undefined, [{ blockType: 'honors', count: 4 }])).rejects.toThrow()
    await save(await ctx.createUser(['admin']), [...blocks].reverse())
    const after = await ctx.payload.findGlobal({ slug: 'homepage', depth: 0 })
    expect(after.blocks?.map((block) => block.blockType)).toEqual(['carousel', 'openNotices'])
  })

  it('should hold a 焦点图 to 3–6 slides and every list to its budget, in Chinese', async () => {
    expect(await refusal([{ blockType: 'carousel', slides: slides(2) }])).toContain('焦点图至少需要 3 张幻灯片')
    expect(await refusal([{ blockType: 'carousel', slides: slides(7) }])).toContain('焦点图最多 6 张幻灯片')
    expect(await refusal([{ blockType: 'carousel', slides: [...slides(2), { caption: '没有图片', linkType: 'story' }] }])).toMatch(
      /请选择图片。[\s\S]*请选择要链接的新闻。/,
    )
    const links = Array.from({ length: 41 }, (_, index) => ({ label: `链接${index}`, url: 'https://example.org/' }))
    expect(await refusal([{ blockType: 'friendLinks', links }])).toMatch(/40/)
    expect(await refusal([{ blockType: 'friendLinks', links: [{ label: '脚本', url: 'javascript:alert(1)' }] }])).toContain(
      '请填写以 https:// 或 http:// 开头的完整网址',
    )
    expect(await refusal(Array.from({ length: 31 }, () => ({ blockType: 'honors', count: 4 })))).toMatch(/30/)
    expect(await refusal([{ blockType: 'headline' }])).toContain('请选择头条新闻。')
    // Six slides, a headline with its links, services: all within budget.
    await save(editor, [
      { blockType: 'carousel', slides: slides(6) },
      { blockType: 'headline', story: storyId, related: [storyId] },
      { blockType: 'services', links: [{ icon: 'hours', label: '服务时长查询', url: 'https://example.org/hours' }] },
    ])
  })

  it('should queue the home page for publishing when its blocks change, and log the change', async () => {
    const blocks = [{ blockType: 'friendLinks', links: [{ label: '友情链接一', url: 'https://example.org/one' }] }]
    const before = await queued()
    await save(editor, blocks)
    expect(await queued()).toBe(before + 1)
    const stored = (await ctx.payload.findGlobal({ slug: 'homepage', depth: 0 })).blocks
    await save(editor, stored ?? [])
    expect(await queued(), 'the same blocks saved again publish nothing').toBe(before + 1)
    const { docs } = await ctx.payload.find({
      collection: 'audit-log',
      where: { collection: { equals: 'homepage' } },
      sort: '-id',
      limit: 1,
      overrideAccess: true,
    })
    expect(docs[0]).toMatchObject({ action: 'homepagePublished', title: '首页版块', note: '版块：友情链接' })
  })

  it('should keep a saved draft off the public home page and out of the publishing queue until it is published', async () => {
    const published = [{ blockType: 'honors', count: 4 }]
    await save(editor, published)
    const [queuedBefore, loggedBefore] = [await queued(), await logged()]
    const draft = [
      { blockType: 'friendLinks', links: [{ label: '草稿中的友情链接', url: 'https://example.org/draft' }] },
      { blockType: 'honors', count: 4 },
    ]
    await saveDraft(editor, draft)
    expect(await queued(), 'a draft save publishes nothing').toBe(queuedBefore)
    expect(await logged(), 'nor is it a change of what the public sees').toBe(loggedBefore)
    // Editors read the draft; everyone else, the site's build included, the published blocks.
    const asEditor = await ctx.payload.findGlobal({ slug: 'homepage', depth: 0, draft: true, overrideAccess: false, user: editor })
    expect(asEditor.blocks?.map((block) => block.blockType)).toEqual(['friendLinks', 'honors'])
    const reviewer = await ctx.createUser(['reviewer'])
    const anonymousDraft = await ctx.payload.findGlobal({ slug: 'homepage', depth: 0, draft: true, overrideAccess: false })
    const reviewerDraft = await ctx.payload.findGlobal({ slug: 'homepage', depth: 0, draft: true, overrideAccess: false, user: reviewer })
    for (const read of [anonymousDraft, reviewerDraft]) expect(read.blocks?.map((block) => block.blockType)).toEqual(['honors'])
    for (const path of ['globals/homepage?depth=0', 'globals/homepage?depth=0&draft=true']) {
      for (const headers of [{}, { 'x-site-build': BUILD_SECRET }] as Record<string, string>[]) {
        const answer = await client.get(path, undefined, headers)
        expect(answer.status, path).toBe(200)
        expect(answer.text, path).not.toContain('草稿中的友情链接')
        expect((JSON.parse(answer.text) as { blocks: { blockType: string }[] }).blocks.map((block) => block.blockType)).toEqual(['honors'])
      }
    }
    const graphql = await client.graphql('{ Homepage(draft: true) { blocks { __typename } } }')
    expect(graphql.text).toContain('HomeHonors')
    expect(graphql.text).not.toContain('HomeFriendLinks')
    // 发布: the draft's blocks go live, are queued for the site and logged.
    await ctx.payload.updateGlobal({ slug: 'homepage', data: { blocks: asEditor.blocks }, overrideAccess: false, user: editor })
    const live = await ctx.payload.findGlobal({ slug: 'homepage', depth: 0, overrideAccess: false })
    expect(live.blocks?.map((block) => block.blockType)).toEqual(['friendLinks', 'honors'])
    expect(await queued()).toBe(queuedBefore + 1)
    expect(await logged()).toBe(loggedBefore + 1)
  })

  it('should refuse a version restore that would take the arrangement off the home page', async () => {
    await save(editor, [{ blockType: 'galleries', count: 3 }])
    await saveDraft(editor, [{ blockType: 'services', links: [{ icon: 'hours', label: '服务时长查询', url: 'https://example.org/hours' }] }])
    const { docs } = await ctx.payload.findGlobalVersions({ slug: 'homepage', sort: '-updatedAt', limit: 2, depth: 0 })
    const [draftVersion, publishedVersion] = docs
    expect([draftVersion?.version._status, publishedVersion?.version._status]).toEqual(['draft', 'published'])
    const token = await tokenOf(editor)
    // As the admin's 恢复 does it (REST; the Local API has no `draft` for a global's restore).
    for (const path of [`globals/homepage/versions/${draftVersion?.id}`, `globals/homepage/versions/${publishedVersion?.id}?draft=true`]) {
      const refused = await client.post(path, { token })
      expect(refused.status, path).toBe(400)
      expect(refused.text).toContain('恢复为草稿会撤下首页现有的版块')
    }
    const live = await ctx.payload.findGlobal({ slug: 'homepage', depth: 0, overrideAccess: false })
    expect(live.blocks?.map((block) => block.blockType)).toEqual(['galleries'])
  })

  it('should preview the draft blocks to editors and admins only, never cached or indexed', async () => {
    await save(editor, [{ blockType: 'honors', count: 4 }])
    await saveDraft(editor, [{ blockType: 'carousel', slides: slides(3) }])
    const anonymous = await client.get('globals/homepage/preview')
    expect(anonymous.status).toBe(401)
    expect(anonymous.text).toContain('请先登录后台')
    for (const role of ['reviewer', 'notice-staff'] as const) {
      const refused = await client.get('globals/homepage/preview', await tokenOf(await ctx.createUser([role])))
      expect(refused.status, role).toBe(403)
      expect(refused.text).toContain('没有预览权限')
      expect(refused.text).not.toContain('第1张')
    }
    // A real listener where the site worker's /preview is: it answers with the page its renderer
    // would give (the worker's rendering is tests/e2e/editors-desk.e2e.ts's).
    const received: { global?: string; doc?: { blocks?: { blockType: string }[] }; media?: { id: number }[] }[] = []
    const worker = http.createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
      request.on('end', () => {
        if (request.url !== '/preview' || request.headers['x-rebuild-secret'] !== BUILD_SECRET) return void response.writeHead(401).end()
        received.push(JSON.parse(body))
        response
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<!DOCTYPE html><html><head><title>首页</title></head><body><main>焦点图</main></body></html>')
      })
    })
    await new Promise<void>((resolve) => worker.listen(0, '127.0.0.1', resolve))
    process.env.SITE_REBUILD_URL = `http://127.0.0.1:${(worker.address() as AddressInfo).port}/rebuild`
    try {
      for (const user of [editor, await ctx.createUser(['admin'])]) {
        const answer = await client.get('globals/homepage/preview', await tokenOf(user))
        expect(answer.status, answer.text).toBe(200)
        expect(answer.text).toContain('预览：这是尚未发布的草稿')
        expect(answer.text).toContain('<meta name="robots" content="noindex, nofollow">')
        expect(answer.text).toContain('/api/globals/homepage?draft=true')
        expect(answer.headers.get('cache-control')).toBe('no-store, private')
        expect(answer.headers.get('x-robots-tag')).toContain('noindex')
      }
      // The worker was given the draft's blocks, with the pictures its slides show.
      expect(received).toHaveLength(2)
      expect(received[0]?.global).toBe('homepage')
      expect(received[0]?.doc?.blocks?.map((block) => block.blockType)).toEqual(['carousel'])
      expect(received[0]?.media?.map((item) => item.id).sort()).toEqual(pictures.slice(0, 3).sort())
    } finally {
      delete process.env.SITE_REBUILD_URL
      worker.close()
    }
    const live = await ctx.payload.findGlobal({ slug: 'homepage', depth: 0, overrideAccess: false })
    expect(
      live.blocks?.map((block) => block.blockType),
      'a preview publishes nothing',
    ).toEqual(['honors'])
  })

  it('should refuse to delete a picture a 焦点图 shows, and let the headline’s story go', async () => {
    await save(editor, [
      { blockType: 'carousel', slides: slides(3) },
      { blockType: 'headline', story: storyId },
    ])
    const refused = await ctx.payload.delete({ collection: 'media', id: pictures[0] as number, overrideAccess: false, user: editor }).then(
      () => null,
      (error: { status?: number; message?: string }) => error,
    )
    expect(refused?.status).toBe(409)
    expect(refused?.message).toContain('首页焦点图')
    await ctx.payload.delete({ collection: 'media', id: pictures[3] as number, overrideAccess: false, user: editor })
    // Editors may not delete a published story (an admin may).
    await ctx.payload.delete({ collection: 'stories', id: storyId, overrideAccess: false, user: await ctx.createUser(['admin']) })
    const after = await ctx.payload.findGlobal({ slug: 'homepage', depth: 0 })
    expect(after.blocks?.map((block) => [block.blockType, 'story' in block ? (block.story ?? null) : 'n/a'])).toEqual([
      ['carousel', 'n/a'],
      ['headline', null],
    ])
  })
})
