/**
 * How the site's files become objects in the CDN's bucket (./cdn-mirror): each file's content
 * type and cache header, the order a change set is uploaded in, and the address a CDN purges.
 */
import { siteContentTypeOf } from '@fengcai/shared/site-content-types'

/** The Content-Type a file is served with, by its extension (the same as `pnpm start`'s static server). */
export const contentTypeOf = siteContentTypeOf

/** A year, and never asked again: the file's name changes whenever its content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'
/** A minute: pages, feeds, the sitemap and every file whose name stays as its content changes. */
export const SHORT_LIVED = 'public, max-age=60'

/**
 * Files named after their content: Astro's bundled scripts, styles and pictures (`_astro/`), and
 * Pagefind's index chunks (`<language>_<hash>.pf_*`, listed by the `pagefind-entry.json` beside them).
 */
export const isFingerprinted = (file: string): boolean =>
  file.startsWith('_astro/') || (file.startsWith('pagefind/') && /_[0-9a-f]{6,}\.pf_(?:meta|index|fragment|filter)$/.test(file))

export const cacheControlOf = (file: string): string => (isFingerprinted(file) ? IMMUTABLE : SHORT_LIVED)

/**
 * The order uploads go in, so no uploaded file names one not there yet: fingerprinted files first,
 * then the other files that are not pages (deeper first: `pagefind/shard-3/pagefind-entry.json`
 * before `pagefind/shards.json`, which points at it), then the pages.
 */
export const uploadOrder = (files: Iterable<string>): string[][] => {
  const stages: string[][] = [[], [], []]
  for (const file of files) (stages[file.endsWith('.html') ? 2 : isFingerprinted(file) ? 0 : 1] as string[]).push(file)
  const depth = (file: string) => file.split('/').length
  for (const stage of stages) stage.sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : a > b ? 1 : 0))
  return stages.filter((stage) => stage.length > 0)
}

/** The address readers ask a CDN for: a page by its folder (`/stories/x/`), any other file by its name. */
export const purgePathOf = (file: string): string => {
  if (file === 'index.html') return '/'
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`
  return `/${file}`
}
