/**
 * What every page shares (the navigation), and the cache key of each generated page: with
 * incremental builds on, Astro reuses a page's previous output only while its key and its
 * code are unchanged. A page is a function of its props, the navigation and the site settings
 * alone, so their digest is its key.
 */
import { hash } from 'node:crypto'

import { digestOf, memoizeByObject } from './memo'
import type { Site, Story } from './models'
import { sections } from './routes'
import { topicsInMenu } from './topics'

export type NavItem = { name: string; href: string }

export const navigation = (site: Site): NavItem[] => [
  { name: '首页', href: '/' },
  { name: '新闻', href: sections.stories },
  ...site.columns
    .filter((column) => column.kind === 'regular')
    .slice(0, 4)
    .map((column) => ({ name: column.name, href: column.href })),
  // The current 专栏 (a campaign's special column) too: it is what readers come for while it runs.
  ...site.columns
    .filter((column) => column.kind === 'special')
    .slice(0, 1)
    .map((column) => ({ name: column.name, href: column.href })),
  // 专题 editors put in the menu (专题专栏 → 显示在导航菜单中), in their order.
  ...topicsInMenu(site.topics),
  { name: '公示', href: sections.notices },
  { name: '通知公告', href: sections.announcements },
  { name: '荣誉榜', href: sections.honors },
  { name: '图集', href: sections.galleries },
  // Every section has its way in from the menu, not only from the footer.
  { name: '各区', href: sections.districts },
  { name: '志愿组织', href: sections.organizations },
  { name: '全部栏目', href: sections.columns },
  { name: '搜索', href: sections.search },
]

/**
 * What every page's key holds of the site, worked out once per site (every route's paths are
 * keyed with it): the navigation's digest, and the settings'. The footer and the 繁體 keep list
 * (站点设置) are on every page too, but outside the menu: a change to them goes into the props
 * part, so every page is rendered again, not swapped.
 */
const siteDigests = memoizeByObject((site: Site) => {
  const shared = hash('sha256', JSON.stringify(navigation(site)), 'base64url').slice(0, 22)
  const settings = hash('sha256', JSON.stringify(site.settings), 'base64url')
  return { shared, settings, salt: `${shared}.${settings}` }
})

/**
 * The key of each props object, with the navigation and settings digests it was worked out with,
 * and the keyed path last made of it: the same props under the same params give back the same path
 * object, so the site worker tells an unchanged path by identity (src/upstream/astro/route-paths)
 * instead of comparing its params and key, 100,000 times a publish for the story pages.
 */
const keysOfProps = new WeakMap<object, { salt: string; key: string; path?: { params?: unknown; props: unknown; cacheKey?: string } }>()

/** Same own keys and values (a path's params: strings or undefined). */
const sameParams = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key])
}

/** A path is kept whole only when it holds nothing but params and props. */
const plainPath = (path: object): boolean => {
  let count = 0
  for (const key in path) {
    if (key !== 'params' && key !== 'props') return false
    count += 1
  }
  return count === 2
}

/**
 * The paths with their cache keys: `navigation digest.props digest`, so that the site worker can
 * tell a page whose only change is the navigation (src/worker/render-plan.ts; src/worker/swap-client.ts swaps it in place).
 */
export const keyed = <T extends { props: unknown }>(site: Site, paths: T[]): (T & { cacheKey?: string })[] => {
  // Only Astro's incremental build (SITE_CACHE_DIR) and the site worker read the keys: a cold build
  // without them would digest the props of every page (0.4 s at 10,000 stories) for nothing.
  if (!process.env.SITE_CACHE_DIR && !process.env.SITE_WORKER) return paths
  // The props' digest is worked out once per view-model object (digestOf), and the site worker
  // keeps unchanged stories and cards the same objects from one publish to the next (./models);
  // a props object kept from the last publish (./listing, storyPageProps) keeps its key too.
  const { shared, settings, salt } = siteDigests(site)
  return paths.map((path) => {
    const props = path.props
    const known = typeof props === 'object' && props !== null ? keysOfProps.get(props) : undefined
    if (known?.salt === salt) {
      const last = known.path as (T & { cacheKey: string }) | undefined
      const plain = plainPath(path)
      if (last && plain && sameParams((last as { params?: unknown }).params, (path as { params?: unknown }).params)) return last
      const keyedPath = { ...path, cacheKey: known.key }
      if (plain) known.path = keyedPath
      return keyedPath
    }
    const cacheKey = `${shared}.${hash('sha256', `${settings}${digestOf(props)}`, 'base64url')}`
    const keyedPath = { ...path, cacheKey }
    if (typeof props === 'object' && props !== null) keysOfProps.set(props, { salt, key: cacheKey, ...(plainPath(path) ? { path: keyedPath } : {}) })
    return keyedPath
  })
}

/** A story page's props, the same object for the same story, so its key costs a lookup (keyed). */
export const storyPageProps = memoizeByObject((story: Story) => ({ story }))
