import { describe, expect, it, vi } from 'vitest'

import { entryOfList } from '../../../site/src/data/collections'
import { RenderedText, isRenderedText, renderSelfContained } from '../../../site/src/data/rendered-text'
import { richTextToHtml } from '../../../site/src/data/richtext'
import { keptForm } from '../../../site/src/data/snapshot'
import type { RawDoc, Snapshot } from '../../../site/src/data/snapshot'
import { snapshotWith } from '../../helpers/snapshot'

const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', children })
const tree = (...children: unknown[]) => ({ root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children } })
const picture = { type: 'upload', version: 3, relationTo: 'media', value: 1, fields: { caption: '义诊现场' } }
const storyLink = paragraph({
  type: 'link',
  version: 3,
  fields: { linkType: 'internal', doc: { relationTo: 'stories', value: 2 } },
  children: [text('上一期')],
})
const outsideLink = paragraph({ type: 'link', version: 3, fields: { linkType: 'custom', url: 'https://www.gov.cn/' }, children: [text('政府网')] })
const deep = (levels: number): unknown => (levels ? { type: 'quote', version: 1, children: [deep(levels - 1)] } : paragraph(text('最深处')))

/** Six paragraphs of plain text, as most stories are (and as bench:scale generates them). */
const plainBody = (id: number) =>
  tree(...Array.from({ length: 6 }, (_, part) => paragraph(text(`第 ${id} 篇第 ${part + 1} 段：志愿者们分成三组，逐户敲门登记需求。`, part % 2))), outsideLink)

const story = (id: number, body: unknown): RawDoc => ({
  id,
  title: `稿件 ${id}`,
  slug: `story-${id}`,
  summary: `第 ${id} 篇的摘要`,
  cover: 1,
  body,
  column: 1 + (id % 2),
  district: 1,
  organizations: [],
  relatedStories: [],
  publishedAt: new Date(Date.UTC(2026, 9, 1) + id * 3_600_000).toISOString(),
})
const term = (id: number, name: string) => ({ id, name, slug: `term-${id}`, kind: 'regular', order: id })
const media = [{ id: 1, alt: '义诊现场', url: '/media/1.jpg', width: 800, height: 600, filename: '1.jpg', mimeType: 'image/jpeg' }]

const snapshotOf = (stories: RawDoc[]): Snapshot =>
  snapshotWith({ stories, columns: [term(1, '志愿动态'), term(2, '基层风采')], districts: [term(1, '黄浦区')], media: structuredClone(media) })

/** Every object reachable from `root` (own values, Map keys and values, Set values), once each. */
const reachable = (root: unknown): object[] => {
  const seen = new Set<object>()
  const stack: unknown[] = [root]
  while (stack.length) {
    const value = stack.pop()
    if (typeof value !== 'object' || value === null || seen.has(value)) continue
    seen.add(value)
    if (value instanceof Map) for (const [key, item] of value) stack.push(key, item)
    else if (value instanceof Set) for (const item of value) stack.push(item)
    else if (!(value instanceof WeakMap)) stack.push(...Object.values(value))
  }
  return [...seen]
}

describe('renderSelfContained', () => {
  it('should keep a text that reads no other document as its HTML, the one its tree renders to', () => {
    const body = plainBody(1)
    const [doc] = renderSelfContained([story(1, structuredClone(body))], ['body'])
    expect(doc?.body).toBeInstanceOf(RenderedText)
    expect((doc?.body as RenderedText).html).toBe(richTextToHtml(body))
    expect((doc?.body as RenderedText).html).toContain('<a href="https://www.gov.cn/"')
  })

  it('should keep the tree of a text with a picture, a link to a document, or deeper than the renderer reads', () => {
    for (const body of [tree(paragraph(text('前言')), picture), tree(storyLink), tree(deep(40))]) {
      const [doc] = renderSelfContained([story(1, body)], ['body'])
      expect(doc?.body).toBe(body)
    }
  })
})

describe('the stories a snapshot and the site worker keep', () => {
  const bodies = (id: number) => (id % 5 === 0 ? tree(paragraph(text('见')), storyLink) : id % 7 === 0 ? tree(picture, paragraph(text('图说'))) : plainBody(id))

  it('should give the pages the same view models as the documents’ trees do', async () => {
    const saved = process.env.SITE_WORKER
    process.env.SITE_WORKER = '1'
    try {
      const now = new Date('2026-12-01T00:00:00Z')
      const fromTrees = (await import('../../../site/src/data/models')).buildSite(
        snapshotOf(Array.from({ length: 40 }, (_, index) => story(index + 1, bodies(index + 1)))),
        now,
      )
      vi.resetModules()
      const kept = snapshotOf(
        keptForm(
          entryOfList('stories'),
          Array.from({ length: 40 }, (_, index) => story(index + 1, bodies(index + 1))),
        ),
      )
      expect(kept.stories.filter((doc) => isRenderedText(doc.body))).toHaveLength(28)
      const fromKept = (await import('../../../site/src/data/models')).buildSite(kept, now)
      for (const [index, item] of fromKept.stories.entries())
        for (const key of Object.keys(item))
          expect(JSON.stringify(item[key as keyof typeof item]), `${index} ${key}`).toBe(JSON.stringify(fromTrees.stories[index]?.[key as keyof typeof item]))
      expect(JSON.stringify(fromKept.stories)).toBe(JSON.stringify(fromTrees.stories))
      expect(fromKept.stories.some((item) => item.bodyHtml.includes('<img'))).toBe(true)
    } finally {
      if (saved === undefined) delete process.env.SITE_WORKER
      else process.env.SITE_WORKER = saved
    }
  })

  it('should keep, between publishes, one view model a story, no Lexical node of a plain text, one link object a column', async () => {
    vi.resetModules()
    const { storySchema } = await import('../../../site/src/data/stories')
    const { StoryModels } = await import('../../../site/src/data/story-models')
    const { byId, linkLookup, lookup, populateRichText } = await import('../../../site/src/data/context')
    const count = 200
    const snapshot = snapshotOf(
      keptForm(
        entryOfList('stories'),
        Array.from({ length: count }, (_, index) => story(index + 1, plainBody(index + 1))),
      ),
    )
    const columns = snapshot.columns.map((raw) => ({ id: String(raw.id), name: String(raw.name), href: `/columns/${String(raw.slug)}/` }))
    const models = new StoryModels()
    const mediaById = byId(snapshot.media)
    const lookups = {
      media: lookup(mediaById),
      column: linkLookup(byId(columns)),
      district: linkLookup(byId([{ id: '1', name: '黄浦区', href: '/districts/term-1/' }])),
      organization: linkLookup(new Map()),
      richText: (data: unknown) => populateRichText(data, mediaById, {}),
    }
    const parsed = snapshot.stories.map((raw) => storySchema.parse(raw))
    models.build(parsed, [], lookups)
    // A second publish, one story changed: what stays is what the worker holds.
    const changed = [...parsed.slice(1), storySchema.parse(keptForm(entryOfList('stories'), [story(1, plainBody(1001))])[0])]
    const { stories } = models.build(changed, [], lookups)
    expect(stories.every((item) => item.previous || item.next)).toBe(true)
    // Two columns, one district: two lists of search tokens for all the stories.
    expect(new Set(stories.map((item) => item.searchTerms)).size).toBe(2)

    const held = reachable([snapshot, models])
    expect(held.filter((value) => 'bodyHtml' in value)).toHaveLength(count)
    expect(held.filter((value) => 'type' in value && (value as { type: unknown }).type === 'paragraph')).toHaveLength(0)
    expect(held.filter((value) => 'href' in value && String((value as { href: unknown }).href).startsWith('/columns/'))).toHaveLength(columns.length)
    // Every object held (a story's document, its parsed copy, card, view model and their parts):
    // 11.2 a story; 12.1 with a list of tokens of its own, 17.1 with an array of its own for each
    // empty list too, 41 before any of these cuts.
    expect(held.length / count).toBeLessThan(11.5)
  })
})
