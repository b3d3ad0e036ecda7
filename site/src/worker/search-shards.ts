/**
 * The served site's search index, kept current with Pagefind at the cost of what a publish
 * changes, in the manner of a log-structured merge: the pages a publish changes go into a small
 * recent shard (../data/search, RECENT_PATH), built afresh in a folder beside it, and the entries
 * they supersede in the large shards are named as tombstones, which the search page drops. The
 * large shards are built again later (`compact`), one at a time, when the worker is idle, or at
 * once when the recent shard would outgrow RECENT_LIMIT pages; then their tombstones go. With nothing
 * left to compact, the index is byte for byte a full build's.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import * as pagefind from 'pagefind'

import { RECENT_PATH, presentIndexes, searchShardOf, shardPath } from '../data/search'
import { filesBelow } from '../integrations/files-below'
import { MANIFEST, PRESENT, buildShards, readManifest, searchablePages, shardsOf, shardsWithPages, urlOf, writeShardList } from '../integrations/pagefind'
import type { Page, Shard, ShardJob } from '../integrations/pagefind'
import { writeAtomically } from '../integrations/write-atomically'

import { fragmentIds } from './search-fragments'

/** Pages in the recent shard beyond which a publish builds their large shards again instead. */
const RECENT_LIMIT = 500

export type SearchFiles = { changed: string[]; deleted: string[] }

/** A folder's place in the site (no leading slash) and the pages to index there (none: no index). */
type Rebuild = { place: string; pages: Page[]; shard: number }

export class SearchShards {
  /** What search reads of each page, by URL. */
  readonly pages = new Map<string, Page>()
  /** The large shards' pages as they were built (the manifest). */
  private shards: Shard[] = []
  /** The digest of each page in the large shards, by URL. */
  private built = new Map<string, string>()
  /** Pages whose entry in the large shards is not the page now: changed, new or deleted. */
  private readonly stale = new Set<string>()
  /** The pages in the recent shard, as `[url, hash]` JSON. */
  private recent = '[]'
  private present = ''
  /** Pagefind's ids of the pages of large shards, read when a tombstone first needs them. */
  private readonly ids = new Map<number, Map<string, string>>()

  constructor(
    private readonly siteDir: string,
    private readonly recentLimit = RECENT_LIMIT,
  ) {}

  /** Reads the pages and shards of a site a full build made. */
  async load(publicDir: string): Promise<void> {
    for (const page of await searchablePages(publicDir)) this.pages.set(page.url, page)
    this.shards = (await readManifest(publicDir))?.shards ?? shardsOf([...this.pages.values()])
    for (const shard of this.shards) for (const [url, hash] of shard.pages) this.built.set(url, hash)
    for (const url of new Set([...this.pages.keys(), ...this.built.keys()])) this.check(url)
    this.present = existsSync(path.join(publicDir, PRESENT)) ? await readFile(path.join(publicDir, PRESENT), 'utf8') : ''
  }

  /** Pages whose large shard is still to be built again. */
  get backlog(): number {
    return this.stale.size
  }

  /** Brings the index up to the pages changed and deleted: the recent shard, or, past its limit, the large shards. */
  async update(publicDir: string, changedHtml: Map<string, Page | null>, deletedHtml: string[]): Promise<SearchFiles> {
    for (const file of deletedHtml) this.set(urlOf(file), null)
    for (const [file, page] of changedHtml) this.set(page?.url ?? urlOf(file), page)
    if (this.stale.size > this.recentLimit) return this.rebuildShards(publicDir, this.staleShards())
    return this.writeRecent(publicDir)
  }

  /** Whether `compact` has work: a large shard to build again, or one whose ids are still to be read. */
  get idleWork(): boolean {
    return this.stale.size > 0 || this.unread() !== undefined
  }

  /**
   * Builds again the large shard with the most stale pages, and reads its ids; with none stale,
   * reads the ids of a shard not read yet, so that a publish does not (about a second a shard of
   * 8,000 pages). Returns the files it changed.
   */
  async compact(publicDir: string): Promise<SearchFiles> {
    const [shard] = this.staleShards().sort((a, b) => this.staleIn(b) - this.staleIn(a))
    if (shard !== undefined) {
      const files = await this.rebuildShards(publicDir, [shard])
      await this.readIds(publicDir, shard)
      return files
    }
    const unread = this.unread()
    if (unread !== undefined) await this.readIds(publicDir, unread)
    return { changed: [], deleted: [] }
  }

  /** Stops Pagefind's indexing service. */
  async close(): Promise<void> {
    await pagefind.close()
  }

  private set(url: string, page: Page | null): void {
    if (page) this.pages.set(url, page)
    else this.pages.delete(url)
    this.check(url)
  }

  private check(url: string): void {
    if (this.pages.get(url)?.hash === this.built.get(url)) this.stale.delete(url)
    else this.stale.add(url)
  }

  private unread(): number | undefined {
    return shardsWithPages(this.shards).find((shard) => !this.ids.has(shard))
  }

  private async readIds(publicDir: string, shard: number): Promise<Map<string, string>> {
    const ids = this.ids.get(shard) ?? (await fragmentIds(path.join(publicDir, shardPath(shard))))
    this.ids.set(shard, ids)
    return ids
  }

  private staleShards(): number[] {
    return [...new Set([...this.stale].map(searchShardOf))]
  }

  private staleIn(shard: number): number {
    return [...this.stale].filter((url) => searchShardOf(url) === shard).length
  }

  /** Builds the large shards given from their pages now, then the recent shard of what is left stale. */
  private async rebuildShards(publicDir: string, numbers: number[]): Promise<SearchFiles> {
    const numbered = new Set(numbers)
    const fresh = shardsOf([...this.pages.values()].filter((page) => numbered.has(searchShardOf(page.url))))
    const files = await this.replace(
      publicDir,
      numbers.map((shard) => ({ shard, place: shardPath(shard), pages: (fresh[shard]?.pages ?? []).map(([url]) => this.pages.get(url) as Page) })),
    )
    const stale = [...this.stale].filter((url) => numbered.has(searchShardOf(url)))
    for (const shard of numbers) {
      for (const [url] of this.shards[shard]?.pages ?? []) this.built.delete(url)
      const built = fresh[shard] ?? { pages: [] }
      this.shards[shard] = built
      for (const [url, hash] of built.pages) this.built.set(url, hash)
      this.ids.delete(shard)
    }
    for (const url of stale) this.check(url)
    await writeShardList(publicDir, this.shards)
    files.changed.push(MANIFEST)
    const recent = await this.writeRecent(publicDir)
    return { changed: [...files.changed, ...recent.changed], deleted: [...files.deleted, ...recent.deleted] }
  }

  /** The recent shard of the stale pages that exist, and the tombstones of the stale pages' entries in the large shards. */
  private async writeRecent(publicDir: string): Promise<SearchFiles> {
    const urls = [...this.stale].sort()
    const tombstones: [string, string][] = []
    const unknown = new Set<number>()
    for (const url of urls) {
      if (!this.built.has(url)) continue
      const shard = searchShardOf(url)
      const id = (await this.readIds(publicDir, shard)).get(url)
      if (id) tombstones.push([id, url])
      else unknown.add(shard)
    }
    // A shard that does not hold a page its manifest lists (not built by this code) is built again.
    if (unknown.size) return this.rebuildShards(publicDir, [...unknown])
    const pages = urls.flatMap((url) => this.pages.get(url) ?? [])
    const recent = JSON.stringify(pages.map((page) => [page.url, page.hash]))
    const files: SearchFiles = { changed: [], deleted: [] }
    if (recent !== this.recent) {
      const replaced = await this.replace(publicDir, [{ shard: -1, place: RECENT_PATH, pages }])
      files.changed.push(...replaced.changed)
      files.deleted.push(...replaced.deleted)
      this.recent = recent
    }
    const present = presentIndexes(shardsWithPages(this.shards), pages.length > 0, tombstones)
    if (present !== this.present) {
      await writeAtomically(path.join(publicDir, PRESENT), present)
      files.changed.push(PRESENT)
      this.present = present
    }
    return files
  }

  /**
   * Builds each folder's index into a new folder beside it (two Pagefind services when there
   * are several), then each replaces the old one; returns the files that changed.
   */
  private async replace(publicDir: string, rebuilds: Rebuild[]): Promise<SearchFiles> {
    const changed: string[] = []
    const deleted: string[] = []
    const jobs: ShardJob[] = []
    for (const { shard, place, pages } of rebuilds) {
      const fresh = `${path.join(publicDir, place)}.new`
      await rm(fresh, { recursive: true, force: true })
      // A folder left without pages has no index at all, as in a full build.
      if (pages.length) jobs.push({ shard, pages, target: fresh })
      else await mkdir(fresh, { recursive: true })
    }
    await buildShards(this.siteDir, publicDir, jobs)
    for (const { place, pages } of rebuilds) {
      const target = path.join(publicDir, place)
      const [fresh, old] = [`${target}.new`, `${target}.old`]
      const before = new Set(existsSync(target) ? filesBelow(target) : [])
      for (const file of filesBelow(fresh)) {
        const same = before.has(file) && (await readFile(path.join(target, file))).equals(await readFile(path.join(fresh, file)))
        if (!same) changed.push(path.join(place, file))
        before.delete(file)
      }
      for (const file of before) deleted.push(path.join(place, file))
      if (existsSync(target)) await rename(target, old)
      if (pages.length) await rename(fresh, target)
      else await rm(fresh, { recursive: true, force: true })
      await rm(old, { recursive: true, force: true })
    }
    return { changed, deleted }
  }
}
