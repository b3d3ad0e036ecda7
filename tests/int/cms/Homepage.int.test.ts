/**
 * 首页版块: who may arrange the home page, what a save refuses (in Chinese), and what it sets off
 * (a publish of the home page, a row in the 操作日志). What the site makes of the blocks is in
 * tests/unit/site/home.test.ts; the built page in tests/e2e/portal.e2e.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { drawJpeg } from '../../helpers/images'
import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'

type User = Awaited<ReturnType<TestPayload['createUser']>>

describe('首页版块 (the home page’s blocks)', () => {
  let ctx: TestPayload
  let editor: User
  let pictures: number[]
  let storyId: number

  beforeAll(async () => {
    ctx = await bootPayload()
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

  const queued = async () => (await ctx.payload.count({ collection: 'site-changes', where: { collection: { equals: 'homepage' } } })).totalDocs

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
    expect(docs[0]).toMatchObject({ action: 'siteSettingsChanged', title: '首页版块', note: '修改：版块' })
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
