import { describe, expect, it } from 'vitest'

import { latestAnnouncements } from '../../../site/src/data/announcements'
import { buildSite } from '../../../site/src/data/models'
import { keyed, navigation } from '../../../site/src/data/pages'
import { topicPaths } from '../../../site/src/data/taxonomy-pages'
import type { RawDoc } from '../../../site/src/data/snapshot'
import { snapshotWith } from '../../helpers/snapshot'

const story = (id: number, publishedAt: string, topics: number[]): RawDoc => ({
  id,
  title: `新闻${id}`,
  slug: `story-${id}`,
  summary: `摘要${id}`,
  body: null,
  cover: null,
  column: null,
  district: null,
  publishedAt,
  topics,
})

const snapshotOf = snapshotWith

const topics: RawDoc[] = [
  { id: 2, title: '进博会志愿服务', slug: 'ciie', banner: null, intro: '小叶子在行动', order: 2, inMenu: true, periodFrom: '2026-11-04T16:00:00.000Z' },
  { id: 1, title: '城市马拉松', slug: 'marathon', banner: null, intro: '', order: 1, inMenu: false },
]

const pdf = { id: 7, title: '报名表', url: '/api/attachments/file/form.pdf', filename: 'form.pdf', mimeType: 'application/pdf', filesize: 1_258_291 }

const announcement = (id: number, date: string, extra: Partial<RawDoc> = {}): RawDoc => ({
  id,
  title: `通知${id}`,
  slug: `announcement-${id}`,
  date,
  body: null,
  externalUrl: null,
  attachments: [],
  topics: [],
  ...extra,
})

const now = new Date('2026-12-06T00:00:00Z')

describe('专题 and 通知公告 in the site data', () => {
  it('should gather each topic’s stories, galleries and announcements, newest first, and nothing of another topic', () => {
    const site = buildSite(
      snapshotOf({
        topics,
        stories: [story(1, '2026-11-01T02:00:00.000Z', [1]), story(2, '2026-11-20T02:00:00.000Z', [1, 2]), story(3, '2026-11-25T02:00:00.000Z', [])],
        galleries: [
          {
            id: 5,
            title: '赛道掠影',
            slug: 'track',
            description: '起点',
            cover: null,
            district: null,
            campaignColumn: null,
            date: '2026-11-10T02:00:00.000Z',
            photos: [],
            topics: [1],
          },
        ],
        announcements: [announcement(9, '2026-11-15T02:00:00.000Z', { topics: [1], attachments: [7] })],
        attachments: [pdf],
      }),
      now,
    )
    expect(site.topics.map((topic) => topic.slug)).toEqual(['marathon', 'ciie'])
    const marathon = site.topicPages.find((page) => page.topic.slug === 'marathon')
    expect(marathon?.items.map((item) => [item.kind, item.href])).toEqual([
      ['新闻', '/stories/story-2/'],
      ['通知公告', '/announcements/announcement-9/'],
      ['图集', '/galleries/track/'],
      ['新闻', '/stories/story-1/'],
    ])
    expect(site.topicPages.find((page) => page.topic.slug === 'ciie')?.items.map((item) => item.href)).toEqual(['/stories/story-2/'])
    expect(marathon?.topic.feedHref).toBe('/topics/marathon/rss.xml')
    // Only the topic editors put in the menu is there, before 公示; 通知公告 always is.
    const menu = navigation(site).map((item) => item.name)
    expect(menu).toContain('进博会志愿服务')
    expect(menu).not.toContain('城市马拉松')
    expect(menu.indexOf('进博会志愿服务')).toBeLessThan(menu.indexOf('公示'))
    expect(menu).toContain('通知公告')
  })

  it('should list announcements newest first with each attachment’s type and size, and a link-only one with its link', () => {
    const site = buildSite(
      snapshotOf({
        topics,
        announcements: [
          announcement(1, '2026-11-01T02:00:00.000Z', { attachments: [7, 99] }),
          announcement(2, '2026-11-30T02:00:00.000Z', { externalUrl: 'https://example.org/notice' }),
        ],
        attachments: [pdf],
      }),
      now,
    )
    expect(latestAnnouncements(site, 1).map((item) => item.title)).toEqual(['通知2'])
    const [link, withFile] = site.announcements
    expect(link?.externalUrl).toBe('https://example.org/notice')
    // An attachment id the snapshot does not hold (deleted) shows nothing.
    expect(withFile?.attachments).toEqual([
      { title: '报名表', href: expect.stringMatching(/\/api\/attachments\/file\/form\.pdf$/), type: 'PDF', size: '1.2 MB', label: 'PDF · 1.2 MB' },
    ])
  })

  it('should page a large topic by month, so a new item changes only its topic page and its month’s pages', () => {
    // 40 stories in the marathon topic, one a day back from 2026-11-30, and one in the other topic.
    const filed = Array.from({ length: 40 }, (_, index) => story(index + 1, new Date(Date.UTC(2026, 10, 30 - index, 2)).toISOString(), [1]))
    const keysOf = (stories: RawDoc[]) => {
      const site = buildSite(snapshotOf({ topics, stories: [...stories, story(99, '2026-06-01T02:00:00.000Z', [2])] }), now)
      return new Map(
        keyed(site, topicPaths(site.topicPages)).map((path) => [
          `${path.props.topic.slug}/${path.params.path ?? ''}`,
          { key: path.cacheKey, props: path.props },
        ]),
      )
    }
    const saved = process.env.SITE_WORKER
    process.env.SITE_WORKER = '1'
    try {
      const before = keysOf(filed)
      expect([...before.keys()]).toEqual(['marathon/', 'marathon/2026/11', 'marathon/2026/11/page/2', 'marathon/2026/11/page/3', 'marathon/2026/10', 'ciie/'])
      const front = before.get('marathon/')?.props
      expect(front?.items.map((item) => item.href)).toEqual(filed.slice(0, 12).map((raw) => `/stories/${String(raw.slug)}/`))
      expect(front?.nav.older).toBe('/topics/marathon/2026/11/page/2/')
      expect(before.get('marathon/2026/10')?.props.items).toHaveLength(10)
      expect(before.get('marathon/2026/10')?.props.topic.slug).toBe('marathon')

      // A story of October 2026 added to the topic: its page, October's page, nothing else.
      const after = keysOf([...filed, story(200, '2026-10-05T02:00:00.000Z', [1])])
      const changed = [...after.keys()].filter((path) => after.get(path)?.key !== before.get(path)?.key)
      expect(changed).toEqual(['marathon/', 'marathon/2026/10'])
      // Editing the topic itself renders every page of it again.
      const renamed = buildSite(
        snapshotOf({ topics: topics.map((topic) => (topic.id === 1 ? { ...topic, title: '城市马拉松 2026' } : topic)), stories: filed }),
        now,
      )
      const renamedKeys = keyed(renamed, topicPaths(renamed.topicPages)).filter((path) => path.props.topic.slug === 'marathon')
      for (const path of renamedKeys) expect(path.cacheKey, path.params.path).not.toBe(before.get(`marathon/${path.params.path ?? ''}`)?.key)
    } finally {
      if (saved === undefined) delete process.env.SITE_WORKER
      else process.env.SITE_WORKER = saved
    }
  })
})
