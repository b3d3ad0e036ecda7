import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { noticeResultPageOf, pageOf, sectionOfCollection, sections, sitePathTarget } from '@fengcai/shared'
import type { Section } from '@fengcai/shared'

import { seededRandom } from '../../helpers/random'

const PAGES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../site/src/pages')

/** Every page file of the site without a parameter in its path, as the address a reader opens. */
const fixedPages = async (): Promise<string[]> => {
  const files = (await readdir(PAGES, { recursive: true })).filter((file) => /\.(astro|ts)$/.test(file) && !file.includes('['))
  return files.map((file) => {
    const route = `/${file.replace(/\\/g, '/')}`.replace(/\.(astro|ts)$/, '')
    if (route.endsWith('/index')) return route.slice(0, -'index'.length)
    // An endpoint (rss.xml.ts) is the file it writes; a page (404.astro) is a folder.
    return /\.\w+$/.test(route) ? route : `${route}/`
  })
}

describe('sitePathTarget: what the site serves at a path', () => {
  it('should know every fixed page of the site and every section listing', async () => {
    // Served by the host but never a link's target.
    const notLinked = new Set(['/404/', '/search-terms.json', '/traditional-keep.json'])
    const pages = (await fixedPages()).filter((page) => !notLinked.has(page))
    expect(pages.length).toBeGreaterThan(10)
    for (const page of [...pages, ...Object.values(sections), '/stories/2026/11/', '/stories/2026/01/page/3/'])
      expect(sitePathTarget(page), page).toEqual({ kind: 'page' })
  })

  it('should name the collection and slug of any document page, with or without its final slash and archive pages', () => {
    const random = seededRandom(11)
    const collections = Object.keys(sectionOfCollection)
    for (let run = 0; run < 300; run += 1) {
      const collection = collections[Math.floor(random() * collections.length)] as string
      const slug = ['abc', '社区-志愿', 'x1', `story-${Math.floor(random() * 1000)}`][Math.floor(random() * 4)] as string
      const page = pageOf(sectionOfCollection[collection] as Section, encodeURIComponent(slug))
      const variant = [
        page,
        page.slice(0, -1),
        `${page}?from=rss`,
        `${page}#top`,
        `${page}2026/0${1 + Math.floor(random() * 9)}/`,
        `${page}2025/11/page/${2 + Math.floor(random() * 50)}/`,
      ][Math.floor(random() * 6)] as string
      expect(sitePathTarget(variant), variant).toEqual({ kind: 'document', collection, slug })
    }
  })

  it('should name the notice of a 结果公告 page, and no other document’s page below it', () => {
    expect(sitePathTarget(noticeResultPageOf('gs-2026'))).toEqual({ kind: 'document', collection: 'notices', slug: 'gs-2026' })
    for (const address of ['/stories/a/result/', '/honors/a/result/', '/notices/a/result/x/', '/notices/a/results/'])
      expect(sitePathTarget(address), address).toEqual({ kind: 'none' })
  })

  it('should say the site has no page at an address it never builds', () => {
    for (const address of [
      '/about-us/',
      '/stories/a/b/',
      '/stories/page/2/',
      '/stories/2026/13/',
      '/stories/2026/11/page/1/',
      '/stories/2026/11/page/x/',
      '/columns/a/26/11/',
      '/search/x/',
      '/stories/%E4%B8/',
      '/privacy/x/',
      '/api/stories',
    ])
      expect(sitePathTarget(address), address).toEqual({ kind: 'none' })
  })
})
