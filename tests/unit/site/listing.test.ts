import { describe, expect, it } from 'vitest'

import { listingPaths } from '../../../site/src/data/listing'

/** Items newest first, as the site lists stories: the highest number is the newest. */
const newestFirst = (count: number): number[] => Array.from({ length: count }, (_, index) => count - index)
const byPath = (paths: ReturnType<typeof listingPaths<number>>) => new Map(paths.map((path) => [path.params.path ?? '', path.props]))

describe('listing pages', () => {
  it('should show the newest on the front page and number archive pages from the oldest', () => {
    const pages = byPath(listingPaths(newestFirst(30), '/stories/'))
    expect([...pages.keys()]).toEqual(['', 'page/1', 'page/2', 'page/3'])
    expect(pages.get('')?.items).toEqual(newestFirst(30).slice(0, 12))
    expect(pages.get('page/1')?.items).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1])
    expect(pages.get('page/3')?.items).toEqual([30, 29, 28, 27, 26, 25])
    // From the front page, "older" leads to the page holding the newest story it does not show (18).
    expect(pages.get('')?.nav.older).toBe('/stories/page/2/')
    expect(pages.get('page/1')?.nav).toMatchObject({ latest: '/stories/', newer: '/stories/page/2/', older: null, earliest: null })
    expect(pages.get('page/3')?.nav.newer).toBeNull()
  })

  it('should have no archive pages while everything fits on the front page', () => {
    const paths = listingPaths(newestFirst(12), '/columns/a/', { slug: 'a' })
    expect(paths.map((path) => path.params)).toEqual([{ slug: 'a', path: undefined }])
    expect(paths[0]?.props.nav).toEqual({ latest: null, newer: null, older: null, earliest: null, numbers: [] })
  })

  it('should leave all but the newest few archive pages unchanged when a story is added', () => {
    const before = byPath(listingPaths(newestFirst(1000), '/stories/'))
    const after = byPath(listingPaths(newestFirst(1001), '/stories/'))
    const changed = [...after.keys()].filter((key) => JSON.stringify(after.get(key)) !== JSON.stringify(before.get(key)))
    expect(changed).toEqual(['', 'page/84'])
    // When the new story opens a new archive page, the pages whose window reaches it change too.
    const full = byPath(listingPaths(newestFirst(1008), '/stories/'))
    const opened = byPath(listingPaths(newestFirst(1009), '/stories/'))
    const touched = [...opened.keys()].filter((key) => JSON.stringify(opened.get(key)) !== JSON.stringify(full.get(key)))
    expect(touched).toEqual(['', 'page/83', 'page/84', 'page/85'])
  })

  it('should link a window of page numbers around the current page and the first page', () => {
    const page = byPath(listingPaths(newestFirst(1000), '/stories/')).get('page/40')
    expect(page?.nav.numbers.map((number) => [number.number, number.current])).toEqual([
      [38, false],
      [39, false],
      [40, true],
      [41, false],
      [42, false],
    ])
    expect(page?.nav.earliest).toBe('/stories/page/1/')
  })
})
