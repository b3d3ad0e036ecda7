import { afterEach, describe, expect, it } from 'vitest'

import { digestOf, sameValue } from '../../../site/src/data/memo'
import { buildSite } from '../../../site/src/data/models'
import { keyed } from '../../../site/src/data/pages'
import type { RawDoc, Snapshot } from '../../../site/src/data/snapshot'

describe('sameValue', () => {
  it('should hold for equal plain values and not for any difference', () => {
    expect(sameValue({ a: 1, b: [{ c: '甲' }] }, { a: 1, b: [{ c: '甲' }] })).toBe(true)
    expect(sameValue({ a: 1, b: [{ c: '甲' }] }, { a: 1, b: [{ c: '乙' }] })).toBe(false)
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false)
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(sameValue({ a: '1' }, { a: 1 })).toBe(false)
    expect(sameValue([1, 2], [2, 1])).toBe(false)
    expect(sameValue({ a: null }, { a: {} })).toBe(false)
    expect(sameValue(new Date(0), new Date(0))).toBe(false)
  })
})

describe('digestOf', () => {
  it('should be the same for equal values and differ for any change, however deep', () => {
    const value = () => ({
      items: [
        { title: '志愿服务', date: { iso: '2026-01-01' } },
        { title: '河道清理', date: null },
      ],
      page: 3,
      base: '/stories/',
    })
    expect(digestOf(value())).toBe(digestOf(value()))
    const changes: ((v: ReturnType<typeof value>) => void)[] = [
      (v) => (v.items[0]!.title = '志愿服务队'),
      (v) => (v.items[0]!.date = { iso: '2026-01-02' }),
      (v) => v.items.reverse(),
      (v) => (v.page = 4),
      (v) => (v.base = '/columns/a/'),
      (v) => ((v as Record<string, unknown>).page = '3'),
      (v) => (v.items[1]!.date = { iso: '2026-01-01' }),
    ]
    const seen = new Set([digestOf(value())])
    for (const change of changes) {
      const changed = value()
      change(changed)
      const digest = digestOf(changed)
      expect(seen.has(digest)).toBe(false)
      seen.add(digest)
    }
  })

  it('should remember the digests of large objects only, working out a small one again each time (a link costs less to digest than to keep)', () => {
    const link = { name: '志愿动态', href: '/columns/news/' }
    const story = { title: '银龄志愿者', body: '<p>社区里的老人</p>'.repeat(40), column: link }
    const before = digestOf(story)
    const linkBefore = digestOf(link)
    // Objects are never changed once digested; changed here only to see what was remembered.
    link.name = '志愿快讯'
    expect(digestOf(link)).not.toBe(linkBefore)
    expect(digestOf(story)).toBe(before)
  })

  it('should give an object the digest of its value when it was first asked', () => {
    const card = { title: '银龄志愿者' }
    const before = digestOf({ items: [card] })
    expect(digestOf({ items: [card] })).toBe(before)
    expect(digestOf({ items: [{ title: '银龄志愿者' }] })).toBe(before)
  })
})

const story = (id: number, title: string, publishedAt: string, column = 1): RawDoc => ({
  id,
  title,
  slug: `story-${id}`,
  summary: `${title}的摘要`,
  cover: null,
  body: null,
  column,
  district: null,
  publishedAt,
})

const snapshotOf = (stories: RawDoc[]): Snapshot => ({
  stories,
  honorRolls: [],
  notices: [],
  galleries: [],
  columns: [{ id: 1, name: '志愿动态', slug: 'news', kind: 'regular', order: 1 }],
  districts: [],
  organizations: [],
  announcements: [],
  topics: [],
  attachments: [],
  media: [],
  comments: {},
  settings: {},
})

describe('buildSite, one build after another', () => {
  it('should keep the objects of unchanged stories and cards and make new ones where anything shown changed', () => {
    const stories = [
      story(1, '社区义诊', '2026-01-03T00:00:00Z'),
      story(2, '河道清理', '2026-01-02T00:00:00Z'),
      story(3, '图书漂流', '2026-01-01T00:00:00Z'),
      story(4, '敬老助餐', '2025-12-01T00:00:00Z'),
    ]
    const now = new Date('2026-02-01T00:00:00Z')
    const first = buildSite(snapshotOf(stories), now)
    const again = buildSite(snapshotOf([...stories]), now)
    for (const [index, item] of first.stories.entries()) expect(again.stories[index]).toBe(item)

    // Story 2 renamed: its page and card change, and so do the pages that link to it as 上一篇 / 下一篇.
    const renamed = buildSite(snapshotOf([stories[0]!, { ...stories[1]!, title: '河道清理行动' }, stories[2]!, stories[3]!]), now)
    const byId = (site: typeof first) => new Map(site.stories.map((item) => [item.id, item]))
    const [before, after] = [byId(again), byId(renamed)]
    expect(after.get('2')).not.toBe(before.get('2'))
    expect(after.get('2')?.title).toBe('河道清理行动')
    expect(after.get('1')).not.toBe(before.get('1'))
    expect(after.get('1')?.next?.name).toBe('河道清理行动')
    expect(after.get('3')).not.toBe(before.get('3'))
    expect(after.get('3')?.previous?.name).toBe('河道清理行动')
    expect(after.get('4')).toBe(before.get('4'))
    expect(digestOf({ story: after.get('4') })).toBe(digestOf({ story: before.get('4') }))
    expect(digestOf({ story: after.get('1') })).not.toBe(digestOf({ story: before.get('1') }))
  })
})

describe('keyed', () => {
  const site = buildSite(snapshotOf([story(1, '社区义诊', '2026-01-03T00:00:00Z')]), new Date('2026-02-01T00:00:00Z'))
  const paths = site.stories.map((item) => ({ params: { slug: item.slug }, props: { story: item } }))
  const saved = { cache: process.env.SITE_CACHE_DIR, worker: process.env.SITE_WORKER }
  afterEach(() => {
    for (const [name, value] of [
      ['SITE_CACHE_DIR', saved.cache],
      ['SITE_WORKER', saved.worker],
    ] as const) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  })

  it('should give every page its cache key for the site worker and for Astro’s incremental build', () => {
    delete process.env.SITE_CACHE_DIR
    process.env.SITE_WORKER = '1'
    const forWorker = keyed(site, paths)
    expect(forWorker[0]?.cacheKey).toMatch(/^[\w-]{22}\.[\w-]{43}$/)
    delete process.env.SITE_WORKER
    process.env.SITE_CACHE_DIR = '/tmp/fengcai-cache'
    expect(keyed(site, paths)[0]?.cacheKey).toBe(forWorker[0]?.cacheKey)
  })

  it('should give back the same path object for the same props and params, so the worker tells an unchanged page by identity', () => {
    process.env.SITE_WORKER = '1'
    const props = { story: site.stories[0] }
    const first = keyed(site, [{ params: { slug: 'a' }, props }])[0]
    // A new answer of the page, as each getStaticPaths() call makes one.
    expect(keyed(site, [{ params: { slug: 'a' }, props }])[0]).toBe(first)
    const moved = keyed(site, [{ params: { slug: 'b' }, props }])[0]
    expect(moved).not.toBe(first)
    expect(moved).toEqual({ params: { slug: 'b' }, props, cacheKey: first?.cacheKey })
    // A path holding more than params and props is made anew.
    const extra = { params: { slug: 'b' }, props, other: 1 }
    expect(keyed(site, [extra])[0]).toEqual({ ...extra, cacheKey: first?.cacheKey })
    expect(keyed(site, [{ params: { slug: 'b' }, props }])[0]).toBe(moved)
  })

  it('should leave the keys out of a cold build, which reads none', () => {
    delete process.env.SITE_CACHE_DIR
    delete process.env.SITE_WORKER
    expect(keyed(site, paths)[0]).not.toHaveProperty('cacheKey')
  })
})
