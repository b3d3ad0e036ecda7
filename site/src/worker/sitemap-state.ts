/**
 * The sitemap kept between publishes: its sorted addresses and each file's text, changed by the
 * pages a publish added and removed, so that a one-story publish costs a binary search and the
 * files whose text changed, not the whole list made, sorted and compared again (at 100,000
 * stories, 125,000 addresses: 0.4–1.0 s a publish). The text is made by the same functions as the
 * full build's sitemap (../integrations/sitemap), so the files are byte for byte the same.
 */
import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import { SITEMAP_ENTRY_LIMIT, sitemapChunk, sitemapChunks, sitemapIndex, sitemapUrl, staleSitemapFiles } from '../integrations/sitemap'
import { writeAtomically } from '../integrations/write-atomically'

/** More changed addresses than this in one publish: the list is sorted again rather than searched. */
const SEARCHED_UP_TO = 1_000

/** Where `url` is, or would go, in the sorted list (the order of `Array.prototype.sort`). */
const placeOf = (urls: readonly string[], url: string): number => {
  let [low, high] = [0, urls.length]
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((urls[middle] as string) < url) low = middle + 1
    else high = middle
  }
  return low
}

export class SitemapState {
  private readonly base: URL
  /** Pages listed under each address (a page name and its variants give one address). */
  private readonly counts = new Map<string, number>()
  private urls: string[] = []
  /** Each file's text as last made, and the first address changed since (its file on is made again). */
  private texts = new Map<string, string>()
  private changedFrom = 0
  /** Each file's text as known to be on disk (read once after a seed). */
  private onDisk = new Map<string, string>()
  private seeded = false

  constructor(
    siteUrl: string,
    private readonly limit = SITEMAP_ENTRY_LIMIT,
  ) {
    this.base = new URL('/', siteUrl)
  }

  /** Every page's name anew (the first publish, or one whose changes are not known). */
  seed(pageNames: Iterable<string>): void {
    this.counts.clear()
    this.add(pageNames)
    this.urls = [...this.counts.keys()].sort()
    this.texts = new Map()
    this.changedFrom = 0
    this.onDisk = new Map()
    this.seeded = true
  }

  /** The pages a publish added and removed (a page rendered anew under the same name: both). */
  change(added: Iterable<string>, removed: Iterable<string>): void {
    if (!this.seeded) throw new Error('站点地图尚未建立。')
    const touched = new Set<string>()
    for (const name of removed) {
      const url = sitemapUrl(this.base, name)
      if (url === null) continue
      const count = (this.counts.get(url) ?? 0) - 1
      if (count > 0) this.counts.set(url, count)
      else this.counts.delete(url)
      touched.add(url)
    }
    for (const url of this.add(added)) touched.add(url)
    const [gone, come] = [[...touched].filter((url) => !this.counts.has(url)), [...touched].filter((url) => this.counts.has(url))]
    if (gone.length + come.length > SEARCHED_UP_TO) {
      this.urls = [...this.counts.keys()].sort()
      this.changedFrom = 0
      return
    }
    for (const url of gone) {
      const at = placeOf(this.urls, url)
      if (this.urls[at] !== url) continue
      this.urls.splice(at, 1)
      this.changedFrom = Math.min(this.changedFrom, at)
    }
    for (const url of come) {
      const at = placeOf(this.urls, url)
      if (this.urls[at] === url) continue
      this.urls.splice(at, 0, url)
      this.changedFrom = Math.min(this.changedFrom, at)
    }
  }

  /** Writes the files whose text changed into `publicDir`, and removes the ones no longer needed. */
  async write(publicDir: string): Promise<{ changed: string[]; deleted: string[] }> {
    const files = this.files()
    const changed: string[] = []
    for (const [file, text] of files) {
      const target = path.join(publicDir, file)
      if (!this.onDisk.has(file) && existsSync(target)) this.onDisk.set(file, await readFile(target, 'utf8'))
      if (this.onDisk.get(file) === text) continue
      await writeAtomically(target, text)
      this.onDisk.set(file, text)
      changed.push(file)
    }
    const deleted = await staleSitemapFiles(publicDir, files)
    for (const stale of deleted) {
      await rm(path.join(publicDir, stale), { force: true })
      this.onDisk.delete(stale)
    }
    return { changed, deleted }
  }

  /** Every file's text: the files before the first changed address as last made. */
  private files(): Map<string, string> {
    const { limit } = this
    const chunks = sitemapChunks(this.urls.length, limit)
    const files = new Map<string, string>()
    for (let chunk = 0; chunk < chunks; chunk += 1) {
      const file = `sitemap-${chunk}.xml`
      const kept = (chunk + 1) * limit <= this.changedFrom ? this.texts.get(file) : undefined
      files.set(file, kept ?? sitemapChunk(this.urls.slice(chunk * limit, (chunk + 1) * limit)))
    }
    files.set('sitemap-index.xml', sitemapIndex(this.base, chunks))
    this.texts = files
    this.changedFrom = Number.POSITIVE_INFINITY
    return files
  }

  /** Counts the pages in, returning their addresses. */
  private add(pageNames: Iterable<string>): string[] {
    const urls: string[] = []
    for (const name of pageNames) {
      const url = sitemapUrl(this.base, name)
      if (url === null) continue
      this.counts.set(url, (this.counts.get(url) ?? 0) + 1)
      urls.push(url)
    }
    return urls
  }
}
