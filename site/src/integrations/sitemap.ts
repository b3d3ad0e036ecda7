import { readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { siteUrlOr } from '@fengcai/shared'
import { escapeHtml } from '@fengcai/shared/html/escape'

/** The most addresses one sitemap file lists (the protocol allows 50,000). */
export const SITEMAP_ENTRY_LIMIT = 45_000

const STATUS_PAGES = new Set(['404', '500'])
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>'

/** The address a sitemap lists for a page name (`stories/a/`, `` for home), or null for a status page. */
export const sitemapUrl = (base: URL, name: string): string | null => {
  const bare = name.replace(/^\/+/, '')
  return STATUS_PAGES.has(bare.replace(/\/$/, '')) ? null : new URL(bare, base).href
}

/** One `sitemap-N.xml` of sorted addresses. */
export const sitemapChunk = (urls: readonly string[]): string =>
  `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.map((url) => `<url><loc>${escapeHtml(url)}</loc></url>`).join('')}</urlset>`

/** `sitemap-index.xml`, naming the files. */
export const sitemapIndex = (base: URL, files: number): string => {
  const index = Array.from({ length: files }, (_, file) => `<sitemap><loc>${escapeHtml(new URL(`sitemap-${file}.xml`, base).href)}</loc></sitemap>`).join('')
  return `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index}</sitemapindex>`
}

/** The file of a large sitemap an address is in: FNV-1a of the address, over `files` files. */
export const sitemapFileOf = (url: string, files: number): number => {
  let hash = 0x811c9dc5
  for (let index = 0; index < url.length; index += 1) hash = Math.imul(hash ^ url.charCodeAt(index), 0x01000193)
  return (hash >>> 0) % files
}

/** The fewest files a large sitemap of `count` addresses is spread over: each half full on average. */
export const sitemapSpread = (count: number, limit = SITEMAP_ENTRY_LIMIT): number => Math.ceil((2 * count) / limit)

/**
 * The addresses (sorted) of each `sitemap-N.xml`: one file while they fit in one; otherwise spread
 * over files by a hash of the address (sitemapFileOf), sorted within each, so that a page added or
 * removed changes its own file and the others stay as they are (cut in order, every file after the
 * changed address would change). The files are half full on average, more of them only if one
 * would overflow.
 */
export const sitemapLayout = (urls: readonly string[], limit = SITEMAP_ENTRY_LIMIT): string[][] => {
  if (urls.length <= limit) return [[...urls]]
  for (let count = sitemapSpread(urls.length, limit); ; count += 1) {
    const files = Array.from({ length: count }, () => [] as string[])
    for (const url of urls) files[sitemapFileOf(url, count)]?.push(url)
    if (files.every((file) => file.length <= limit)) return files
  }
}

/**
 * The sitemap files (`sitemap-index.xml` and `sitemap-N.xml`) of a site whose pages have the given
 * names (`stories/a/`, `` for home, as Astro names them). A pure function of the set of pages, so
 * the full build and the site worker (src/worker/sitemap-state.ts, kept between publishes) write
 * the same bytes for the same site.
 */
export const sitemapFiles = (site: string, pageNames: Iterable<string>, limit = SITEMAP_ENTRY_LIMIT): Map<string, string> => {
  const base = new URL('/', site)
  const urls = [...new Set([...new Set(pageNames)].map((name) => sitemapUrl(base, name)))].filter((url) => url !== null).sort()
  const layout = sitemapLayout(urls, limit)
  const files = new Map(layout.map((listed, file) => [`sitemap-${file}.xml`, sitemapChunk(listed)]))
  files.set('sitemap-index.xml', sitemapIndex(base, layout.length))
  return files
}

/** Sitemap files in a built site that the given set no longer has (the site shrank). */
export const staleSitemapFiles = async (dir: string, files: Map<string, string>): Promise<string[]> =>
  (await readdir(dir)).filter((file) => /^sitemap-\d+\.xml$/.test(file) && !files.has(file))

/** Writes the sitemap after a full build, from the pages Astro generated. */
export const sitemap = (): AstroIntegration => {
  let site = ''
  return {
    name: 'fengcai-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = siteUrlOr(config.site)
      },
      'astro:build:done': async ({ dir, pages }) => {
        const outDir = fileURLToPath(dir)
        const files = sitemapFiles(
          site,
          pages.map((page) => page.pathname),
        )
        for (const stale of await staleSitemapFiles(outDir, files)) await rm(path.join(outDir, stale))
        for (const [file, xml] of files) await writeFile(path.join(outDir, file), xml)
      },
    },
  }
}
