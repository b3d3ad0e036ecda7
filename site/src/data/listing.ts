import { PAGE_SIZE } from './models'

/** How many archive page numbers a listing shows on each side of the current one. */
export const PAGE_WINDOW = 2

export type PageNumber = { number: number; href: string; current: boolean }

/** Where a listing page leads: all addresses, so a page's links are part of its props (and key). */
export type ListingNav = {
  /** The front page, from an archive page. */
  latest: string | null
  newer: string | null
  older: string | null
  /** Archive page 1 (the oldest), when the window of numbers does not reach it. */
  earliest: string | null
  numbers: PageNumber[]
}

/** The front page (`page` null) or archive page `page` of a listing. */
export type ListingPage<T> = { items: T[]; page: number | null; base: string; nav: ListingNav }

export const archiveHref = (base: string, page: number): string => `${base}page/${page}/`

/**
 * Static paths for a listing of items given newest first. The front page (`base`) shows the
 * newest PAGE_SIZE; archive pages (`base + page/N/`) are numbered from the oldest: page 1 holds
 * the oldest PAGE_SIZE items, and an item keeps its archive page as newer items arrive. So a new
 * story changes the front page and the newest archive pages only, not every page of the list,
 * and an archive address keeps meaning the same stories. A page's links are a window of numbers
 * around it, so the count of pages appears only on the newest few.
 */
export const listingPaths = <T>(items: T[], base: string, extra: Record<string, string> = {}) => {
  const total = items.length
  const archives = total > PAGE_SIZE ? Math.ceil(total / PAGE_SIZE) : 0
  const window = (page: number): PageNumber[] =>
    Array.from(
      { length: Math.min(archives, page + PAGE_WINDOW) - Math.max(1, page - PAGE_WINDOW) + 1 },
      (_, index) => Math.max(1, page - PAGE_WINDOW) + index,
    ).map((number) => ({ number, href: archiveHref(base, number), current: false }))
  const earliest = (numbers: PageNumber[]) => ((numbers[0]?.number ?? 1) > 1 ? archiveHref(base, 1) : null)
  // The archive page holding the newest item the front page does not show.
  const firstUnseen = archives ? Math.floor((total - PAGE_SIZE - 1) / PAGE_SIZE) + 1 : 0
  const frontNumbers = archives ? window(firstUnseen) : []
  const front = {
    params: { ...extra, path: undefined },
    props: {
      items: items.slice(0, PAGE_SIZE),
      page: null,
      base,
      nav: { latest: null, newer: null, older: archives ? archiveHref(base, firstUnseen) : null, earliest: earliest(frontNumbers), numbers: frontNumbers },
    } satisfies ListingPage<T>,
  }
  const archive = Array.from({ length: archives }, (_, index) => {
    const page = index + 1
    const numbers = window(page).map((number) => ({ ...number, current: number.number === page }))
    return {
      params: { ...extra, path: `page/${page}` },
      props: {
        items: items.slice(Math.max(0, total - page * PAGE_SIZE), total - (page - 1) * PAGE_SIZE),
        page,
        base,
        nav: {
          latest: base,
          newer: page < archives ? archiveHref(base, page + 1) : null,
          older: page > 1 ? archiveHref(base, page - 1) : null,
          earliest: earliest(numbers),
          numbers,
        },
      } satisfies ListingPage<T>,
    }
  })
  return [front, ...archive]
}
