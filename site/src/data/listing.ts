import { PAGE_SIZE } from './models'

export type PageNumber = { number: number; href: string; current: boolean }

/** One month of a listing's archive, as the month index links it. */
export type MonthLink = { label: string; href: string; count: number }

/** The months of one year, newest first. */
export type ArchiveYear = { year: string; months: MonthLink[] }

/** Where a listing page leads: all addresses, so a page's links are part of its props (and key). */
export type ListingNav = {
  /** The front page, from a month page (null on the front page, which is then the current one). */
  latest: string | null
  /** From the front page: the month page holding the newest item it does not show. */
  older: string | null
  /** On the front page only: every month with items, newest first. */
  years: ArchiveYear[]
  /** On a month page with more than one page: its pages, the current one marked. */
  pages: PageNumber[]
}

/** The front page (`month` null) or a page of one month's archive (`page` ≥ 1) of a listing. */
export type ListingPage<T> = {
  items: T[]
  month: { label: string; href: string } | null
  page: number | null
  base: string
  nav: ListingNav
}

/** An item of a listing: its day (`YYYY-MM-DD` in Shanghai), if it has one. */
type Dated = { date: { iso: string } | null }

/** The archive of one month: `base` + `YYYY/MM/`, its further pages `page/N/` below it. */
export const monthHref = (base: string, month: string): string => `${base}${month}/`
const monthPageHref = (base: string, month: string, page: number): string => (page === 1 ? monthHref(base, month) : `${monthHref(base, month)}page/${page}/`)

const monthOf = (item: Dated): string | null => (item.date ? `${item.date.iso.slice(0, 4)}/${item.date.iso.slice(5, 7)}` : null)
const monthLabel = (month: string): string => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`

/**
 * The month pages of the last call per listing, with the items each month held. A month whose
 * items are the same objects in the same order as then (view models are kept the same objects
 * while unchanged, ./memo) gets back the same path objects, so its props' digests (./pages) are
 * not worked out again: a publish costs what it changes, not every page number of every month
 * (a month of 1,700 stories has 142 pages, each listing all 142).
 */
const lastMonths = new Map<string, Map<string, { items: readonly unknown[]; paths: ListingPath<unknown>[] }>>()

/** A listing's page: its params (the archive's `path`, undefined on the front page) and props. */
export type ListingPath<T> = { params: Record<string, string | undefined>; props: ListingPage<T> }

/** The last call's items and paths per listing: unchanged items give back the same path objects. */
const lastWhole = new Map<string, { items: readonly unknown[]; paths: ListingPath<unknown>[] }>()

const sameItems = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((item, index) => item === b[index])

/**
 * The pages of one month's archive, newest first. Each page lists every page of its month; the
 * entries are shared between the month's pages (one current and one other entry a page number),
 * not made anew for each, or a month of 1,700 stories would hold 142 × 142 entries and as many
 * digests (./pages) in the site worker.
 */
const monthPaths = <T>(inMonth: T[], base: string, month: string, extra: Record<string, string>): ListingPath<T>[] => {
  const count = Math.ceil(inMonth.length / PAGE_SIZE)
  const entries =
    count > 1
      ? Array.from({ length: count }, (_, index) => {
          const [number, href] = [index + 1, monthPageHref(base, month, index + 1)]
          return { other: { number, href, current: false }, current: { number, href, current: true } }
        })
      : []
  return Array.from({ length: count }, (_, index) => {
    const page = index + 1
    const pages = entries.map((entry, other) => (other === index ? entry.current : entry.other))
    return {
      params: { ...extra, path: page === 1 ? month : `${month}/page/${page}` },
      props: {
        items: inMonth.slice(index * PAGE_SIZE, page * PAGE_SIZE),
        month: { label: monthLabel(month), href: monthHref(base, month) },
        page,
        base,
        nav: { latest: base, older: null, years: [], pages },
      } satisfies ListingPage<T>,
    }
  })
}

/**
 * Static paths for a listing of items given newest first. The front page (`base`) shows the
 * newest PAGE_SIZE and an index of months; each month has its own archive page (`base + 2026/11/`,
 * newest first, further pages `page/2/` …) that shows that month's items and links only to the
 * front page, never to other months. So an item changes the front page and its own month's pages
 * only, and an archive address keeps meaning the same month however many items arrive later.
 * A listing that fits on its front page has no archive. Items without a date are on the front page
 * only while they are among the newest (a published story always has its date).
 */
export const listingPaths = <T extends Dated>(items: T[], base: string, extra: Record<string, string> = {}): ListingPath<T>[] => {
  const listing = `${base}\n${JSON.stringify(extra)}`
  // The same items as last time (a publish that changed nothing listed here): the same paths.
  const whole = lastWhole.get(listing)
  if (whole && sameItems(whole.items, items)) return whole.paths as ListingPath<T>[]
  const byMonth = new Map<string, T[]>()
  if (items.length > PAGE_SIZE)
    for (const item of items) {
      const month = monthOf(item)
      if (!month) continue
      const list = byMonth.get(month)
      if (list) list.push(item)
      else byMonth.set(month, [item])
    }
  const months = [...byMonth.keys()].sort().reverse()
  const years: ArchiveYear[] = []
  for (const month of months) {
    const year = month.slice(0, 4)
    if (years.at(-1)?.year !== year) years.push({ year, months: [] })
    years.at(-1)?.months.push({ label: `${Number(month.slice(5, 7))}月`, href: monthHref(base, month), count: byMonth.get(month)?.length ?? 0 })
  }
  // The month page that holds the newest item the front page does not show.
  const unseen = items[PAGE_SIZE]
  const unseenMonth = unseen ? monthOf(unseen) : null
  const older = unseen && unseenMonth ? monthPageHref(base, unseenMonth, Math.floor((byMonth.get(unseenMonth) ?? []).indexOf(unseen) / PAGE_SIZE) + 1) : null
  const front = {
    params: { ...extra, path: undefined },
    props: { items: items.slice(0, PAGE_SIZE), month: null, page: null, base, nav: { latest: null, older, years, pages: [] } } satisfies ListingPage<T>,
  }
  const last = lastMonths.get(listing)
  const kept = new Map<string, { items: readonly unknown[]; paths: ListingPath<unknown>[] }>()
  const archive = months.flatMap((month) => {
    const inMonth = byMonth.get(month) ?? []
    const before = last?.get(month)
    const paths = before && sameItems(before.items, inMonth) ? (before.paths as ListingPath<T>[]) : monthPaths(inMonth, base, month, extra)
    kept.set(month, { items: inMonth, paths })
    return paths
  })
  lastMonths.set(listing, kept)
  const paths: ListingPath<T>[] = [front, ...archive]
  lastWhole.set(listing, { items, paths })
  return paths
}

/** A listing page's title: the listing's name, with the month and page of an archive page. */
export const listingTitle = (name: string, page: ListingPage<unknown>): string =>
  page.month ? `${name} · ${page.month.label}${page.page && page.page > 1 ? `（第 ${page.page} 页）` : ''}` : name
