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

/**
 * The sitemap files (`sitemap-index.xml` and `sitemap-N.xml`) of a site whose pages have the given
 * names (`stories/a/`, `` for home, as Astro names them). A pure function of the set of pages, so
 * the full build and the site worker write the same bytes for the same site.
 */
export const sitemapFiles = (site: string, pageNames: Iterable<string>): Map<string, string> => {
  const base = new URL('/', site)
  const urls = [...new Set(pageNames)]
    .map((name) => name.replace(/^\/+/, ''))
    .filter((name) => !STATUS_PAGES.has(name.replace(/\/$/, '')))
    .map((name) => new URL(name, base).href)
    .sort()
  const files = new Map<string, string>()
  const chunks = Math.max(1, Math.ceil(urls.length / SITEMAP_ENTRY_LIMIT))
  for (let chunk = 0; chunk < chunks; chunk += 1) {
    const entries = urls.slice(chunk * SITEMAP_ENTRY_LIMIT, (chunk + 1) * SITEMAP_ENTRY_LIMIT)
    files.set(
      `sitemap-${chunk}.xml`,
      `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.map((url) => `<url><loc>${escapeHtml(url)}</loc></url>`).join('')}</urlset>`,
    )
  }
  const index = [...files.keys()].map((file) => `<sitemap><loc>${escapeHtml(new URL(file, base).href)}</loc></sitemap>`).join('')
  files.set('sitemap-index.xml', `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index}</sitemapindex>`)
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
