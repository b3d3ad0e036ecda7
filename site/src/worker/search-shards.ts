/**
 * The served site's search index, kept current with Pagefind: what search reads of every page,
 * the shards those pages fall in (src/integrations/pagefind), and the replacement of each shard
 * whose pages changed by one built afresh in a folder beside it.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import * as pagefind from 'pagefind'

import { shardPath } from '../data/search'
import { filesBelow } from '../integrations/files-below'
import { MANIFEST, PRESENT, buildShards, byUrl, presentShards, readManifest, searchablePages, shardsOf, urlOf, writeManifest } from '../integrations/pagefind'
import type { Page, Shard, ShardJob } from '../integrations/pagefind'

export class SearchShards {
  /** What search reads of each page, by URL. */
  readonly pages = new Map<string, Page>()
  private shards: Shard[] = []

  constructor(private readonly siteDir: string) {}

  /** Reads the pages and shards of a site a full build made. */
  async load(publicDir: string): Promise<void> {
    for (const page of await searchablePages(publicDir)) this.pages.set(page.url, page)
    this.shards = (await readManifest(publicDir))?.shards ?? shardsOf([...this.pages.values()])
  }

  /** Re-indexes the shards whose pages changed, each into a new folder that then replaces the old. */
  async update(publicDir: string, changedHtml: Map<string, Page | null>, deletedHtml: string[]): Promise<{ changed: string[]; deleted: string[] }> {
    for (const file of deletedHtml) this.pages.delete(urlOf(file))
    for (const [file, page] of changedHtml) {
      if (page) this.pages.set(page.url, page)
      else this.pages.delete(urlOf(file))
    }
    const shards = shardsOf([...this.pages.values()].sort(byUrl))
    const changed: string[] = []
    const deleted: string[] = []
    // The shards whose pages changed are built into new folders (two Pagefind services when
    // there are several), then each replaces its old folder.
    const touched = [...shards.entries()].filter(([number, shard]) => JSON.stringify(shard) !== JSON.stringify(this.shards[number]))
    const jobs: ShardJob[] = []
    for (const [number, shard] of touched) {
      const fresh = `${path.join(publicDir, shardPath(number))}.new`
      await rm(fresh, { recursive: true, force: true })
      // A shard left without pages has no index at all, as in a full build.
      if (shard.pages.length) jobs.push({ shard: number, pages: shard.pages.map(([url]) => this.pages.get(url) as Page), target: fresh })
      else await mkdir(fresh, { recursive: true })
    }
    await buildShards(this.siteDir, publicDir, jobs)
    for (const [number, shard] of touched) {
      const target = path.join(publicDir, shardPath(number))
      const fresh = `${target}.new`
      const old = `${target}.old`
      const before = new Set(existsSync(target) ? filesBelow(target) : [])
      const relative = (file: string) => path.join(shardPath(number), file)
      for (const file of filesBelow(fresh)) {
        const same = before.has(file) && (await readFile(path.join(target, file))).equals(await readFile(path.join(fresh, file)))
        if (!same) changed.push(relative(file))
        before.delete(file)
      }
      for (const file of before) deleted.push(relative(file))
      if (existsSync(target)) await rename(target, old)
      if (shard.pages.length) await rename(fresh, target)
      else await rm(fresh, { recursive: true, force: true })
      await rm(old, { recursive: true, force: true })
    }
    if (JSON.stringify(shards) !== JSON.stringify(this.shards)) {
      const presentBefore = presentShards(this.shards)
      await writeManifest(publicDir, shards)
      changed.push(MANIFEST)
      if (presentShards(shards) !== presentBefore) changed.push(PRESENT)
      this.shards = shards
    }
    return { changed, deleted }
  }

  /** Stops Pagefind's indexing service. */
  async close(): Promise<void> {
    await pagefind.close()
  }
}
