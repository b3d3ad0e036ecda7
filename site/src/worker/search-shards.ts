/**
 * The served site's search index, kept current with Pagefind at the cost of what a publish
 * changes, in the manner of a log-structured merge: the pages a publish changes go into a small
 * recent shard (../data/search, RECENT_PATH), built afresh in a folder beside it, and the entries
 * they supersede in the large shards are named as tombstones, which the search page drops. The
 * large shards are built again later (`compact`), one at a time, when the worker is idle, or at
 * once when the recent shard would outgrow RECENT_LIMIT pages; then their tombstones go. With nothing
 * left to compact, the index is byte for byte a full build's. A compaction builds its shard in a
 * child process beside the publishes (42-45 s for a shard at 125,000 pages, which a publish waited
 * for when it ran in the publish queue), and only swaps it in between two publishes.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import * as pagefind from 'pagefind'

import { RECENT_PATH, pagesPerShard, presentIndexes, searchShardOf, shardPath } from '../data/search'
import {
  MANIFEST,
  PRESENT,
  buildShards,
  buildShardsInChild,
  readManifest,
  searchablePages,
  shardsOf,
  shardsWithPages,
  urlOf,
  writeShardList,
} from '../integrations/pagefind'
import type { Page, PageFile, Shard, ShardJob } from '../integrations/pagefind'
import { IndexIds, fragmentIds } from '../integrations/search-fragments'
import { writeAtomically } from '../integrations/write-atomically'

import { indexChanges, putInPlace, swapIn } from './index-folders'

/** Pages in the recent shard beyond which a publish builds their large shards again instead. */
const RECENT_LIMIT = 500
/** The compaction's child gives way to publishes for the cores (os.setPriority: 19 is the lowest). */
const COMPACTION_NICE = 10

export type SearchFiles = { changed: string[]; deleted: string[] }
const nothing = (): SearchFiles => ({ changed: [], deleted: [] })

/** Runs a step where no publish runs beside it (the publisher's queue). */
export type Exclusive = <T>(task: () => Promise<T>) => Promise<T>
/** Builds shards outside the worker's own Pagefind service: buildShardsInChild. */
export type BuildOutside = (siteDir: string, outDir: string, jobs: ShardJob[], options: { nice: number; signal: AbortSignal }) => Promise<Page[]>

export type SearchShardsOptions = {
  /** Where a compaction builds its shard, on the served site's file system. */
  scratchDir: string
  recentLimit?: number
  buildOutside?: BuildOutside
}

/** A shard to build again (`pages`, in address order) or whose ids to read (`pages` null), as of its `version`. */
type Plan = { shard: number; version: number; from: string; pages: PageFile[] | null }
/** A shard a compaction built in `fresh`: the pages it indexed, their ids, and its files that differ from the served shard's. */
type Compacted = { indexed: Page[]; ids: Map<string, string>; files: SearchFiles; fresh: string }

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
  /** The ids each index holds, for those that two hold (present.json's `shared`). */
  private readonly indexIds = new IndexIds()
  /** How often each large shard was built again: a compaction built from an older one is dropped. */
  private readonly versions = new Map<number, number>()
  private readonly stopping = new AbortController()
  private readonly recentLimit: number
  private readonly buildOutside: BuildOutside

  constructor(
    private readonly siteDir: string,
    private readonly options: SearchShardsOptions,
  ) {
    this.recentLimit = options.recentLimit ?? RECENT_LIMIT
    this.buildOutside = options.buildOutside ?? buildShardsInChild
  }

  /** Reads the pages and shards of a site a full build made. */
  async load(publicDir: string): Promise<void> {
    for (const page of await searchablePages(publicDir)) this.pages.set(page.url, page)
    this.shards = (await readManifest(publicDir))?.shards ?? shardsOf([...this.pages.values()])
    for (const shard of this.shards) for (const [url, hash] of shard.pages) this.built.set(url, hash)
    for (const url of new Set([...this.pages.keys(), ...this.built.keys()])) this.check(url)
    this.present = existsSync(path.join(publicDir, PRESENT)) ? await readFile(path.join(publicDir, PRESENT), 'utf8') : ''
  }

  /** Reads each large shard's ids and fragment listing, which a publish's first touch of a shard read (1.5 s at 8,000 pages). */
  async warm(publicDir: string): Promise<void> {
    for (const shard of shardsWithPages(this.shards)) await this.readIds(publicDir, shard)
    await this.indexIds.shared(publicDir, this.shards, 0)
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
   * 8,000 pages). Only the choice of the shard and the swap of the new one run in `exclusive`;
   * the build, in a child process, and the reading run beside publishes. A publish that built
   * the shard again meanwhile makes the result be dropped; pages a publish changed meanwhile stay
   * in the recent shard, with tombstones in the new shard. Returns the files it changed in the
   * served site, `publicDir()` at the swap.
   */
  async compact(publicDir: () => string, exclusive: Exclusive = (task) => task()): Promise<SearchFiles> {
    const plan = await exclusive(async () => this.plan(publicDir()))
    if (!plan) return nothing()
    if (!plan.pages) {
      const ids = await fragmentIds(path.join(plan.from, shardPath(plan.shard)))
      await exclusive(async () => void (this.version(plan.shard) === plan.version && this.ids.set(plan.shard, ids)))
      return nothing()
    }
    const target = path.join(this.options.scratchDir, shardPath(plan.shard))
    await rm(target, { recursive: true, force: true })
    const job = { shard: plan.shard, pages: plan.pages, target, skipMissing: true }
    const indexed = plan.pages.length ? await this.buildOutside(this.siteDir, plan.from, [job], { nice: COMPACTION_NICE, signal: this.stopping.signal }) : []
    const ids = await fragmentIds(target)
    const files = await indexChanges(plan.from, shardPath(plan.shard), target, indexed.length > 0)
    return exclusive(() => this.swapInCompacted(publicDir(), plan, { indexed, ids, files, fresh: target }))
  }

  /** Stops Pagefind's indexing service, and a compaction's child. */
  async close(): Promise<void> {
    this.stopping.abort()
    await pagefind.close()
  }

  private readonly version = (shard: number): number => this.versions.get(shard) ?? 0

  private plan(publicDir: string): Plan | null {
    const [shard] = [...pagesPerShard(this.stale)].sort((a, b) => b[1] - a[1])[0] ?? []
    if (shard === undefined) {
      const unread = this.unread()
      return unread === undefined ? null : { shard: unread, version: this.version(unread), from: publicDir, pages: null }
    }
    const own = shardsOf([...this.pages.values()].filter((page) => searchShardOf(page.url) === shard))[shard]?.pages ?? []
    const pages = own.map(([url]) => ({ url, file: (this.pages.get(url) as Page).file }))
    return { shard, version: this.version(shard), from: publicDir, pages }
  }

  /** The shard a compaction built, in place of the served one, unless a publish built it again meanwhile. */
  private async swapInCompacted(publicDir: string, plan: Plan, built: Compacted): Promise<SearchFiles> {
    const { indexed, ids, files, fresh } = built
    // A large publish went into a new generation meanwhile: the child may have missed pages whose folder went.
    if (this.version(plan.shard) !== plan.version || publicDir !== plan.from) {
      await rm(fresh, { recursive: true, force: true })
      return nothing()
    }
    await putInPlace(publicDir, shardPath(plan.shard), fresh, indexed.length > 0)
    // What the child read of each page: a page a publish changed since is stale against it.
    this.setShard(plan.shard, { pages: indexed.map(({ url, hash }) => [url, hash]) })
    this.ids.set(plan.shard, ids)
    await writeShardList(publicDir, this.shards)
    const recent = await this.writeRecent(publicDir)
    return { changed: [...files.changed, MANIFEST, ...recent.changed], deleted: [...files.deleted, ...recent.deleted] }
  }

  /** A large shard's pages as now built, with the staleness of every page it had or has. */
  private setShard(shard: number, built: Shard): void {
    const urls = [...(this.shards[shard]?.pages ?? []), ...built.pages].map(([url]) => url)
    for (const [url] of this.shards[shard]?.pages ?? []) this.built.delete(url)
    this.shards[shard] = built
    for (const [url, hash] of built.pages) this.built.set(url, hash)
    this.ids.delete(shard)
    this.indexIds.forget(shard)
    this.versions.set(shard, this.version(shard) + 1)
    for (const url of [...urls, ...[...this.stale].filter((url) => searchShardOf(url) === shard)]) this.check(url)
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

  private readonly unread = (): number | undefined => shardsWithPages(this.shards).find((shard) => !this.ids.has(shard))

  private async readIds(publicDir: string, shard: number): Promise<Map<string, string>> {
    const ids = this.ids.get(shard) ?? (await fragmentIds(path.join(publicDir, shardPath(shard))))
    this.ids.set(shard, ids)
    return ids
  }

  private readonly staleShards = (): number[] => [...pagesPerShard(this.stale).keys()]

  /** Builds the large shards given from their pages now, then the recent shard of what is left stale. */
  private async rebuildShards(publicDir: string, numbers: number[]): Promise<SearchFiles> {
    const numbered = new Set(numbers)
    const fresh = shardsOf([...this.pages.values()].filter((page) => numbered.has(searchShardOf(page.url))))
    const files = await this.replace(
      publicDir,
      numbers.map((shard) => ({ shard, place: shardPath(shard), pages: (fresh[shard]?.pages ?? []).map(([url]) => this.pages.get(url) as Page) })),
    )
    for (const shard of numbers) this.setShard(shard, fresh[shard] ?? { pages: [] })
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
      this.indexIds.forget(-1)
    }
    const shared = await this.indexIds.shared(publicDir, this.shards, pages.length)
    const present = presentIndexes(shardsWithPages(this.shards), pages.length > 0, tombstones, shared)
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
      const files = await swapIn(publicDir, place, `${path.join(publicDir, place)}.new`, pages.length > 0)
      changed.push(...files.changed)
      deleted.push(...files.deleted)
    }
    return { changed, deleted }
  }
}
