import { describe, expect, it } from 'vitest'

import { listingPaths, listingTitle } from '../../../site/src/data/listing'

type Item = { id: number; date: { iso: string } | null }

/**
 * `count` items newest first, one a day back from 2026-11-30 (so about 30 a month): the highest
 * id is the newest.
 */
const newestFirst = (count: number): Item[] =>
  Array.from({ length: count }, (_, index) => ({
    id: count - index,
    date: { iso: new Date(Date.UTC(2026, 10, 30 - index)).toISOString().slice(0, 10) },
  }))
const byPath = (items: Item[]) => new Map(listingPaths(items, '/stories/').map((path) => [path.params.path ?? '', path.props]))
const ids = (items: Item[] | undefined) => items?.map((item) => item.id)

describe('listing pages', () => {
  it('should show the newest on the front page, with the months newest first, and each month newest first', () => {
    const pages = byPath(newestFirst(42))
    expect([...pages.keys()]).toEqual(['', '2026/11', '2026/11/page/2', '2026/11/page/3', '2026/10'])
    expect(ids(pages.get('')?.items)).toEqual(ids(newestFirst(42).slice(0, 12)))
    expect(ids(pages.get('2026/11')?.items)).toEqual([42, 41, 40, 39, 38, 37, 36, 35, 34, 33, 32, 31])
    expect(ids(pages.get('2026/11/page/3')?.items)).toEqual([18, 17, 16, 15, 14, 13])
    expect(ids(pages.get('2026/10')?.items)).toEqual(ids(newestFirst(12)))
    expect(pages.get('')?.nav.years).toEqual([
      {
        year: '2026',
        months: [
          { label: '11月', href: '/stories/2026/11/', count: 30 },
          { label: '10月', href: '/stories/2026/10/', count: 12 },
        ],
      },
    ])
    // 更早 leads to the page holding the newest item the front page does not show (the 13th newest).
    expect(pages.get('')?.nav.older).toBe('/stories/2026/11/page/2/')
    // A month page links the front page and its own pages, the current one marked, no other month.
    expect(pages.get('2026/11/page/2')?.nav).toEqual({
      latest: '/stories/',
      older: null,
      years: [],
      pages: [
        { number: 1, href: '/stories/2026/11/', current: false },
        { number: 2, href: '/stories/2026/11/page/2/', current: true },
        { number: 3, href: '/stories/2026/11/page/3/', current: false },
      ],
    })
    expect(pages.get('2026/10')?.nav.pages).toEqual([])
    expect(listingTitle('新闻', pages.get('2026/11/page/2') as never)).toBe('新闻 · 2026年11月（第 2 页）')
    expect(listingTitle('新闻', pages.get('2026/10') as never)).toBe('新闻 · 2026年10月')
    expect(listingTitle('新闻', pages.get('') as never)).toBe('新闻')
  })

  it('should have no archive pages while everything fits on the front page', () => {
    const paths = listingPaths(newestFirst(12), '/columns/a/', { slug: 'a' })
    expect(paths.map((path) => path.params)).toEqual([{ slug: 'a', path: undefined }])
    expect(paths[0]?.props.nav).toEqual({ latest: null, older: null, years: [], pages: [] })
  })

  it('should change no other month’s archive page when a story is added, whatever its date', () => {
    const before = newestFirst(1000)
    const pagesBefore = byPath(before)
    for (const iso of ['2026-12-01', '2026-11-15', '2025-03-02', '2024-01-31']) {
      const story = { id: 5000, date: { iso } }
      // Given newest first, as the site sorts them.
      const after = byPath([...before, story].sort((a, b) => (b.date?.iso ?? '').localeCompare(a.date?.iso ?? '')))
      const month = `${iso.slice(0, 4)}/${iso.slice(5, 7)}`
      const changed = [...new Set([...after.keys(), ...pagesBefore.keys()])].filter(
        (key) => JSON.stringify(after.get(key)) !== JSON.stringify(pagesBefore.get(key)),
      )
      expect(changed.length, iso).toBeGreaterThan(0)
      for (const key of changed) expect(key === '' || key === month || key.startsWith(`${month}/page/`), `${iso}: ${key}`).toBe(true)
      // The new month appears in the front page's index.
      expect(JSON.stringify(after.get('')?.nav.years), iso).toContain(`/stories/${month}/`)
    }
  })

  it('should share the page links between a month’s pages, two a page number rather than one a page and number', () => {
    // 30 items a month: November has three pages, each listing all three.
    const paths = listingPaths(newestFirst(42), '/stories/').filter((path) => path.params.path?.startsWith('2026/11'))
    expect(paths).toHaveLength(3)
    const entries = new Set(paths.flatMap((path) => path.props.nav.pages))
    // Per page number one marked current and one not: 6, where each page's own list would make 9.
    expect(entries.size).toBe(6)
    for (const [index, path] of paths.entries()) expect(path.props.nav.pages.map((page) => page.current)).toEqual([0, 1, 2].map((other) => other === index))
  })

  it('should leave an item without a date out of the month archives', () => {
    const items = [...newestFirst(20), { id: 0, date: null }]
    const pages = byPath(items)
    expect([...pages.values()].flatMap((page) => ids(page.items)).filter((id) => id === 0)).toEqual([])
  })
})
