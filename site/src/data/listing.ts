import { PAGE_SIZE, paginate } from './models'

export type ListingPage<T> = { items: T[]; page: number; pages: number; base: string }

/** Static paths for a paginated listing: `base` for page 1, `base + page/N/` after it. */
export const listingPaths = <T>(items: T[], base: string, extra: Record<string, string> = {}) =>
  paginate(items, PAGE_SIZE).map((pageItems, index, all) => ({
    params: { ...extra, path: index === 0 ? undefined : `page/${index + 1}` },
    props: { items: pageItems, page: index + 1, pages: all.length, base } satisfies ListingPage<T>,
  }))
