import { describe, expect, it } from 'vitest'

import { buildSite } from '../../../site/src/data/models'
import type { RawDoc, Snapshot } from '../../../site/src/data/snapshot'
import { rawNotice } from '../../helpers/snapshot'

const NOW = new Date('2026-12-05T04:00:00Z')

const story = (id: number, extra: Partial<RawDoc> = {}): RawDoc => ({
  id,
  title: `新闻${id}`,
  slug: `story-${id}`,
  body: null,
  cover: null,
  column: 1,
  district: null,
  publishedAt: new Date(NOW.getTime() - id * 86_400_000).toISOString(),
  ...extra,
})

const picture = (id: number): RawDoc => ({ id, alt: `图片${id}的说明`, url: `/api/media/file/p${id}.webp`, width: 1200, height: 800 })

const openNotice = rawNotice(7, { title: '正在公示的名单', slug: 'open-notice' })

const snapshotOf = (homepage: Record<string, unknown> | undefined): Snapshot => ({
  stories: [story(1), story(2, { featured: true }), story(3, { column: 2 }), story(4)],
  honorRolls: [],
  notices: [openNotice],
  galleries: [],
  announcements: [
    { id: 21, title: '较早的通知', slug: 'older', date: '2026-11-20T00:00:00.000Z', body: null, externalUrl: 'https://example.org/a', attachments: [] },
    { id: 22, title: '最新的通知', slug: 'newer', date: '2026-12-01T00:00:00.000Z', body: null, externalUrl: 'https://example.org/b', attachments: [] },
  ],
  topics: [
    { id: 31, title: '城市马拉松', slug: 'marathon', banner: null, intro: '', order: 2, inMenu: false },
    { id: 32, title: '进博会志愿服务', slug: 'ciie', banner: 12, intro: '', order: 1, inMenu: true },
  ],
  attachments: [],
  columns: [
    { id: 1, name: '志愿动态', slug: 'news', order: 1 },
    { id: 2, name: '志愿者故事', slug: 'people', order: 2 },
  ],
  districts: [],
  organizations: [],
  media: [picture(11), picture(12), picture(13)],
  comments: {},
  settings: {},
  homepage,
})

const slide = (image: number | null, extra: Record<string, unknown>) => ({ image, caption: `幻灯片${image}`, ...extra })

describe('the home page’s blocks', () => {
  it('should keep the editors’ order and leave out what is gone or unsafe', () => {
    const site = buildSite(
      snapshotOf({
        blocks: [
          {
            blockType: 'friendLinks',
            links: [
              { label: '友站', url: 'https://example.org/' },
              { label: '脚本', url: 'javascript:alert(1)' },
            ],
          },
          {
            blockType: 'carousel',
            slides: [
              slide(11, { linkType: 'story', story: 3 }),
              slide(12, { linkType: 'story', story: 99 }),
              slide(null, { linkType: 'url', url: '/notices/' }),
              slide(13, { linkType: 'url', url: '/notices/' }),
            ],
          },
          { blockType: 'retired-kind' },
          { blockType: 'columnNews', column: 2, count: 3 },
          { blockType: 'openNotices', heading: '', count: 5 },
          { blockType: 'services', links: [{ icon: 'hours', label: '时长查询', url: 'https://example.org/hours' }] },
        ],
      }),
      NOW,
    )
    expect(site.home.map((block) => block.kind)).toEqual(['friendLinks', 'carousel', 'columnNews', 'openNotices', 'services'])
    const [links, carousel, column, notices] = site.home
    expect(links?.kind === 'friendLinks' && links.links).toEqual([{ name: '友站', href: 'https://example.org/' }])
    // The picture deleted leaves its slide out; a story no longer published leaves its slide without a link.
    expect(carousel?.kind === 'carousel' && carousel.slides.map((item) => [item.caption, item.href])).toEqual([
      ['幻灯片11', '/stories/story-3/'],
      ['幻灯片12', null],
      ['幻灯片13', '/notices/'],
    ])
    expect(column?.kind === 'columnNews' && [column.heading, column.stories.map((item) => item.id)]).toEqual(['志愿者故事', ['3']])
    expect(notices?.kind === 'openNotices' && [notices.heading, notices.notices.map((item) => item.title)]).toEqual(['正在公示', ['正在公示的名单']])
  })

  it('should fall back to the default order when editors saved no block, the featured story first', () => {
    for (const homepage of [undefined, {}, { blocks: [] }]) {
      const site = buildSite(snapshotOf(homepage), NOW)
      expect(site.home.map((block) => block.kind)).toEqual(['headline', 'openNotices', 'announcements', 'columnNews', 'topics'])
      const [headline, , , latest] = site.home
      expect(headline?.kind === 'headline' && headline.story.id).toBe('2')
      // The latest news leaves out the 头条 shown above it.
      expect(latest?.kind === 'columnNews' && latest.stories.map((item) => item.id)).toEqual(['1', '3', '4'])
    }
  })

  it('should show the newest story as 头条 when the editors’ story is no longer published', () => {
    const site = buildSite(snapshotOf({ blocks: [{ blockType: 'headline', story: 99, related: [4, 98] }] }), NOW)
    const [headline] = site.home
    expect(headline?.kind === 'headline' && [headline.story.id, headline.related]).toEqual(['2', []])
    const chosen = buildSite(snapshotOf({ blocks: [{ blockType: 'headline', story: 3, related: [4, 98] }] }), NOW).home[0]
    expect(chosen?.kind === 'headline' && [chosen.story.id, chosen.related]).toEqual(['3', [{ name: '新闻4', href: '/stories/story-4/' }]])
  })

  it('should list the newest 通知公告 and the editors’ 专题 (else the first by order), and link a slide to a 专题', () => {
    const site = buildSite(
      snapshotOf({
        blocks: [
          { blockType: 'announcements', count: 1 },
          { blockType: 'topics', topics: [31, 99], count: 3 },
          { blockType: 'topics', heading: '专题', count: 3 },
          {
            blockType: 'carousel',
            slides: [slide(11, { linkType: 'topic', topic: 32 }), slide(12, { linkType: 'topic', topic: 99 }), slide(13, { linkType: 'url', url: '/' })],
          },
        ],
      }),
      NOW,
    )
    const [announcements, chosen, all, carousel] = site.home
    expect(announcements?.kind === 'announcements' && announcements.announcements.map((item) => item.title)).toEqual(['最新的通知'])
    expect(chosen?.kind === 'topics' && chosen.topics.map((item) => item.href)).toEqual(['/topics/marathon/'])
    expect(all?.kind === 'topics' && [all.heading, all.topics.map((item) => item.title)]).toEqual(['专题', ['进博会志愿服务', '城市马拉松']])
    expect(carousel?.kind === 'carousel' && carousel.slides.map((item) => item.href)).toEqual(['/topics/ciie/', null, '/'])
  })
})
