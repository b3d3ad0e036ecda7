/**
 * The worker's names for what Astro generates: the file each path is written to, the page name
 * the sitemap lists, a page key's two halves (src/data/pages.ts), and paths without repeats.
 */
import type { PathWithRoute } from '../upstream/astro'

export type { PathWithRoute } from '../upstream/astro'

const STATUS_PAGES = new Set(['/404', '/500'])

/** The file a path is written to in a `format: 'directory'` build with trailing slashes, as Astro names it. */
export const fileOfPath = ({ pathname, route }: PathWithRoute): string => {
  const bare = pathname.replace(/\/+$/, '')
  if (route.type === 'endpoint') return bare.replace(/^\/+/, '')
  if (STATUS_PAGES.has(bare)) return `${bare.slice(1)}.html`
  return bare ? `${bare.slice(1)}/index.html` : 'index.html'
}

/** The page name Astro gives a page (what the sitemap lists). */
export const pageNameOf = (pathname: string): string => pathname.replace(/\/?$/, '/').replace(/^\//, '')

/** The page names of the paths that are pages (what the sitemap lists). */
export const pageNamesOf = (paths: PathWithRoute[]): string[] => paths.filter((entry) => entry.route.type === 'page').map((entry) => pageNameOf(entry.pathname))

/** A page key as src/data/pages.ts makes it: navigation digest and props digest. */
export const splitKey = (key: string | undefined): { nav: string; props: string } | null => {
  const dot = key ? key.indexOf('.') : -1
  return key && dot > 0 ? { nav: key.slice(0, dot), props: key.slice(dot + 1) } : null
}

/** Paths in build order with duplicates dropped (the first wins), as Astro's generator does. */
export const unique = (paths: PathWithRoute[]): PathWithRoute[] => {
  const seen = new Set<string>()
  return paths.filter(({ pathname }) => {
    const normalized = pathname.replace(/\/+$/, '')
    if (seen.has(normalized)) return false
    seen.add(normalized)
    return true
  })
}
