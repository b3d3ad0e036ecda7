import { beforeAll, describe, expect, it } from 'vitest'

import { noticeStatus } from '@fengcai/shared'

import { bootPayload } from '../../helpers/payload'
import type { TestPayload } from '../../helpers/payload'
import { expectStoredBodiesPass } from '../../helpers/richTextBodies'

const collections = [
  'stories',
  'columns',
  'districts',
  'organizations',
  'honor-rolls',
  'notices',
  'galleries',
  'media',
  'announcements',
  'topics',
  'attachments',
] as const

type LexicalNode = { type: string; children?: LexicalNode[]; fields?: { caption?: string }; text?: string }

describe('demo content', () => {
  let ctx: TestPayload
  const counts = async () =>
    Object.fromEntries(await Promise.all(collections.map(async (slug) => [slug, (await ctx.payload.count({ collection: slug })).totalDocs])))
  let first: Record<string, number>

  beforeAll(async () => {
    ctx = await bootPayload()
    const { seedDemoContent } = await import('@/seed/run')
    await seedDemoContent(ctx.payload)
    first = await counts()
  }, 240_000)

  it('should give the same counts when seeded twice', async () => {
    const { seedDemoContent } = await import('@/seed/run')
    await seedDemoContent(ctx.payload)
    expect(await counts()).toEqual(first)
  }, 240_000)

  it('should have saved every rich-text body of the seed, each one passing the check', async () => {
    // The seed saves through the check (a refused body throws in beforeAll); read back, each passes it too.
    const checked = await expectStoredBodiesPass(ctx.payload)
    expect(checked.stories).toBeGreaterThanOrEqual(24)
    expect(checked['honor-rolls']).toBeGreaterThanOrEqual(3)
    expect(checked.notices).toBeGreaterThanOrEqual(3)
    expect(checked.announcements).toBeGreaterThanOrEqual(1)
    expect(checked['site-settings']).toBe(1)
  })

  it('should fill the footer marks of 站点设置, each identifier marked 演示, and the about and accessibility pages', async () => {
    const settings = await ctx.payload.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: false })
    expect(settings.siteCode).toContain('演示')
    expect(settings.qrCodes?.length).toBeGreaterThanOrEqual(2)
    for (const code of settings.qrCodes ?? []) {
      expect(code.label).toContain('演示')
      expect(code.alt).toMatch(/二维码/)
      expect(typeof code.image === 'object' && code.image?.url).toBeTruthy()
    }
    expect(settings.about?.root.children.length).toBeGreaterThan(0)
    expect(settings.accessibility?.root.children.length).toBeGreaterThan(0)
  })

  it('should have at least 24 published stories across 4 columns and 6 districts', async () => {
    const stories = await ctx.payload.find({ collection: 'stories', limit: 100, depth: 0, overrideAccess: false })
    expect(stories.totalDocs).toBeGreaterThanOrEqual(24)
    expect(new Set(stories.docs.map((story) => story.column)).size).toBeGreaterThanOrEqual(4)
    expect(new Set(stories.docs.map((story) => story.district)).size).toBeGreaterThanOrEqual(6)
  })

  it('should give every story a body of 4+ paragraphs, a heading and a captioned inline image', async () => {
    const stories = await ctx.payload.find({ collection: 'stories', limit: 100, depth: 0 })
    for (const story of stories.docs) {
      const nodes = (story.body.root.children ?? []) as unknown as LexicalNode[]
      const paragraphs = nodes.filter((node) => node.type === 'paragraph' && node.children?.some((child) => child.text))
      expect(paragraphs.length, story.title).toBeGreaterThanOrEqual(4)
      expect(
        nodes.some((node) => node.type === 'heading'),
        story.title,
      ).toBe(true)
      expect(
        nodes.some((node) => node.type === 'upload' && node.fields?.caption),
        story.title,
      ).toBe(true)
      expect(story.slug, story.title).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })

  it('should have honour rolls, notices in every period state, and galleries of 6+ photos', async () => {
    expect((await ctx.payload.count({ collection: 'honor-rolls' })).totalDocs).toBeGreaterThanOrEqual(3)
    const notices = await ctx.payload.find({ collection: 'notices', depth: 0 })
    const states = notices.docs.map((notice) => noticeStatus(new Date(notice.opensAt), new Date(String(notice.closesAt))))
    expect(new Set(states)).toEqual(new Set(['upcoming', 'open', 'closed']))
    const closed = notices.docs[states.indexOf('closed')]
    expect(closed?.results).toBeTruthy()
    const galleries = await ctx.payload.find({ collection: 'galleries', depth: 0 })
    expect(galleries.totalDocs).toBeGreaterThanOrEqual(3)
    for (const gallery of galleries.docs) expect(gallery.photos?.length ?? 0).toBeGreaterThanOrEqual(6)
    expect((await ctx.payload.count({ collection: 'organizations' })).totalDocs).toBeGreaterThan(0)
  })

  it('should have published 通知公告, one with a PDF and one with a link, and topics gathering stories and galleries', async () => {
    const announcements = await ctx.payload.find({ collection: 'announcements', depth: 1, overrideAccess: false })
    expect(announcements.totalDocs).toBeGreaterThanOrEqual(2)
    const withFile = announcements.docs.find((doc) => doc.attachments?.length)
    expect(withFile?.attachments?.[0]).toMatchObject({ mimeType: 'application/pdf', filesize: expect.any(Number) })
    expect(announcements.docs.some((doc) => doc.externalUrl?.startsWith('https://'))).toBe(true)
    const topics = await ctx.payload.find({ collection: 'topics', depth: 0 })
    expect(topics.totalDocs).toBe(2)
    for (const topic of topics.docs) {
      const filed = await ctx.payload.count({ collection: 'stories', where: { topics: { in: [topic.id] } } })
      expect(filed.totalDocs, topic.title).toBeGreaterThanOrEqual(2)
      expect((await ctx.payload.count({ collection: 'galleries', where: { topics: { in: [topic.id] } } })).totalDocs, topic.title).toBe(1)
    }
    expect(topics.docs.some((topic) => topic.inMenu)).toBe(true)
  })
})
