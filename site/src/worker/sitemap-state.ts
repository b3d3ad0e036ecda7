/**
 * The sitemap kept between publishes: the addresses of each of its files, sorted, changed by the
 * pages a publish added and removed, so that a one-story publish costs a binary search and the
 * file that story's address is in (../integrations/sitemap sitemapLayout), not the whole list made,
 * sorted and compared again (at 100,000 stories, 125,000 addresses: 0.4–1.0 s a publish). The text
 * is made by the same functions as the full build's sitemap, so the files are byte for byte the same.
 */
import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import {
  SITEMAP_ENTRY_LIMIT,
  sitemapChunk,
  sitemapFileOf,
  sitemapIndex,
  sitemapLayout,
  sitemapSpread,
  sitemapUrl,
  staleSitemapFiles,
} from '../integrations/sitemap'
import { writeAtomically } from '../integrations/write-atomically'

/** More changed addresses than this in one publish: the files are laid out again rather than searched. */
const SEARCHED_UP_TO = 1_000

/** Where `url` is, or would go, in a sorted list (the order of `Array.prototype.sort`). */
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
  /** Each file's addresses, sorted, as sitemapLayout lays them out. */
  private layout: string[][] = [[]]
  /** Each file's text as last made, and the files changed since. */
  private texts = new Map<string, string>()
  private readonly changed = new Set<number>()
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
    this.layOut()
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
    const size = this.counts.size
    // The number of files sitemapLayout starts from: another one (or a file overflowing), all laid out again.
    const files = size <= this.limit ? 1 : sitemapSpread(size, this.limit)
    if (touched.size > SEARCHED_UP_TO || files !== this.layout.length) return this.layOut()
    for (const url of touched) {
      const file = files === 1 ? 0 : sitemapFileOf(url, files)
      const listed = this.layout[file] as string[]
      const at = placeOf(listed, url)
      const [there, wanted] = [listed[at] === url, this.counts.has(url)]
      if (there === wanted) continue
      if (wanted) listed.splice(at, 0, url)
      else listed.splice(at, 1)
      this.changed.add(file)
      if (listed.length > this.limit) return this.layOut()
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

  /** Every file's text: the files unchanged since as last made. */
  files(): Map<string, string> {
    const files = new Map<string, string>()
    this.layout.forEach((listed, index) => {
      const file = `sitemap-${index}.xml`
      const kept = this.changed.has(index) ? undefined : this.texts.get(file)
      files.set(file, kept ?? sitemapChunk(listed))
    })
    files.set('sitemap-index.xml', sitemapIndex(this.base, this.layout.length))
    this.texts = files
    this.changed.clear()
    return files
  }

  /** Every address laid out anew (sitemapLayout: another number of files, or a file overflowing). */
  private layOut(): void {
    this.layout = sitemapLayout([...this.counts.keys()].sort(), this.limit)
    this.texts = new Map()
    this.changed.clear()
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
