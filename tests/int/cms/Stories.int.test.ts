import { beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../helpers/lexical'
import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'

describe('stories', () => {
  let ctx: TestPayload
  let editor: Awaited<ReturnType<TestPayload['createUser']>>

  beforeAll(async () => {
    ctx = await bootPayload()
    // A newsroom user who also publishes (the review step is tested in Review.int.test.ts).
    editor = await ctx.createUser(['editor', 'reviewer'])
  })

  const create = (data: Record<string, unknown>) =>
    ctx.payload.create({
      collection: 'stories',
      data: { body: richText('正文第一段。'), ...data } as never,
      overrideAccess: false,
      user: editor,
      draft: true,
    })

  it('should make a readable ASCII slug from a Chinese title', async () => {
    const story = await create({ title: '松江大学生志愿者支教记' })
    expect(story.slug).toBe('song-jiang-da-xue-sheng-zhi-yuan-zhe-zhi-jiao-ji')
  })

  it('should add a suffix when the slug is taken', async () => {
    const first = await create({ title: '社区修理角开张' })
    const second = await create({ title: '社区修理角开张' })
    const third = await create({ title: '社区修理角开张！' })
    expect(first.slug).toBe('she-qu-xiu-li-jiao-kai-zhang')
    expect(second.slug).toBe('she-qu-xiu-li-jiao-kai-zhang-2')
    expect(third.slug).toBe('she-qu-xiu-li-jiao-kai-zhang-3')
  })

  it('should keep a slug the editor typed, cleaned for URLs', async () => {
    const story = await create({ title: '任意标题', slug: 'Harbour Team 2026' })
    expect(story.slug).toBe('harbour-team-2026')
    const renamed = await ctx.payload.update({
      collection: 'stories',
      id: story.id,
      data: { slug: 'harbour-logistics-heroes' },
      overrideAccess: false,
      user: editor,
      draft: true,
    })
    expect(renamed.slug).toBe('harbour-logistics-heroes')
  })

  it('should keep the slug of a published story when only the title changes', async () => {
    const story = await ctx.payload.create({
      collection: 'stories',
      data: { title: '原来的标题', body: richText('正文。'), _status: 'published' },
      overrideAccess: false,
      user: editor,
    })
    const updated = await ctx.payload.update({
      collection: 'stories',
      id: story.id,
      data: { title: '改过的标题' },
      overrideAccess: false,
      user: editor,
      draft: true,
    })
    expect(updated.slug).toBe('yuan-lai-de-biao-ti')
  })

  it('should keep a slug the editor typed when the title of a draft changes', async () => {
    const story = await create({ title: '草稿标题', slug: 'my-draft' })
    const updated = await ctx.payload.update({
      collection: 'stories',
      id: story.id,
      data: { title: '新的草稿标题' },
      overrideAccess: false,
      user: editor,
      draft: true,
    })
    expect(updated.slug).toBe('my-draft')
  })

  it('should let an automatic slug follow the title until the story is first published', async () => {
    // What autosave does: a draft exists before the editor has typed a title.
    const story = await create({ title: '' })
    expect(story.slug).toBe('story')
    const titled = await ctx.payload.update({
      collection: 'stories',
      id: story.id,
      data: { title: '湖畔村夜巡队', slug: story.slug },
      overrideAccess: false,
      user: editor,
      draft: true,
    })
    expect(titled.slug).toBe('hu-pan-cun-ye-xun-dui')
    const published = await ctx.payload.update({
      collection: 'stories',
      id: story.id,
      data: { title: '湖畔村夜巡队', slug: titled.slug, _status: 'published' },
      overrideAccess: false,
      user: editor,
    })
    expect(published.slug).toBe('hu-pan-cun-ye-xun-dui')
    const renamed = await ctx.payload.update({
      collection: 'stories',
      id: story.id,
      data: { title: '湖畔村夜巡队的一年', slug: published.slug, _status: 'published' },
      overrideAccess: false,
      user: editor,
    })
    expect(renamed.slug).toBe('hu-pan-cun-ye-xun-dui')
  })

  it('should never give an empty or digits-only slug', async () => {
    const story = await create({ title: '2026' })
    expect(story.slug).toBe('story-2026')
  })

  it('should derive the summary from the body when left empty', async () => {
    const story = await create({ title: '摘要测试', body: richText('这是正文的第一句话。这是第二句话。') })
    expect(story.summary).toBe('这是正文的第一句话。这是第二句话。')
    const kept = await create({ title: '摘要保留', summary: '编辑写的摘要' })
    expect(kept.summary).toBe('编辑写的摘要')
  })

  it('should not let an editor set the view count', async () => {
    const story = await create({ title: '阅读量测试', viewCount: 9999 })
    expect(story.viewCount).toBe(0)
  })

  it('should keep versions an editor can restore', async () => {
    const story = await create({ title: '版本一' })
    await ctx.payload.update({ collection: 'stories', id: story.id, data: { title: '版本二' }, user: editor, overrideAccess: false, draft: true })
    const versions = await ctx.payload.findVersions({
      collection: 'stories',
      where: { parent: { equals: story.id } },
      sort: 'createdAt',
      overrideAccess: false,
      user: editor,
    })
    expect(versions.docs.map((version) => version.version.title)).toEqual(['版本一', '版本二'])
    const restored = await ctx.payload.restoreVersion({
      collection: 'stories',
      id: String(versions.docs[0]?.id),
      overrideAccess: false,
      user: editor,
    })
    expect(restored.title).toBe('版本一')
  })
})
