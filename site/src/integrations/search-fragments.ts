/**
 * The ids Pagefind gives the pages of a shard it wrote: the names its search results carry
 * (`result.id`), which the search page compares with the tombstones of the recent shard
 * (../data/search). Read from the shard's fragment files, which Pagefind writes as
 * `fragment/<id>.pf_fragment`, each gzipped, after a 12-byte signature, as the page's JSON
 * (`{ url, … }`), or as a group of pages (`{ <id>: { url, … }, … }`); pagefind 1.6's
 * `_loadFragment` and `_loadFragmentGroup` in its `pagefind.js` read them so.
 */
import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { RECENT_PATH, shardPath } from '../data/search'

const SIGNATURE = 'pagefind_dcd'
const SUFFIX = '.pf_fragment'
/** A single page's fragment opens with its address: read without parsing its text. */
const URL_FIRST = /^\{"url":("(?:[^"\\]|\\.)*")/
/** Fragment files read at a time. */
const BATCH = 128

type Fragment = { url?: unknown }

/** The pages of one fragment file, as `[id, url]`. */
const pagesOf = (name: string, data: Buffer): [string, string][] => {
  if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`Pagefind 索引文件格式不认识：${name}`)
  const first = URL_FIRST.exec(data.toString('utf8', SIGNATURE.length, SIGNATURE.length + 4096))?.[1]
  if (first) return [[name.slice(0, -SUFFIX.length), JSON.parse(first) as string]]
  const parsed = JSON.parse(data.subarray(SIGNATURE.length).toString('utf8')) as Fragment | Record<string, Fragment>
  const entries: [string, Fragment][] =
    typeof parsed.url === 'string' ? [[name.slice(0, -SUFFIX.length), parsed as Fragment]] : Object.entries(parsed as Record<string, Fragment>)
  return entries.flatMap(([id, fragment]) => (typeof fragment.url === 'string' ? [[id, fragment.url] as [string, string]] : []))
}

/** Each page's id in the shard folder `dir`, by address; empty when the shard has no index. */
export const fragmentIds = async (dir: string): Promise<Map<string, string>> => {
  const ids = new Map<string, string>()
  const fragments = path.join(dir, 'fragment')
  if (!existsSync(fragments)) return ids
  const names = (await readdir(fragments)).filter((name) => name.endsWith(SUFFIX))
  for (let start = 0; start < names.length; start += BATCH) {
    const batch = names.slice(start, start + BATCH)
    const files = await Promise.all(batch.map((name) => readFile(path.join(fragments, name))))
    for (const [index, name] of batch.entries()) for (const [id, url] of pagesOf(name, gunzipSync(files[index] as Buffer))) ids.set(url, id)
  }
  return ids
}

/**
 * The ids of a shard folder's `pages` pages, from the names of its fragment files alone: Pagefind
 * writes one file a page, named by its id, so listing the folder is enough (20-110 ms at 8,000
 * pages, where reading them took 1.3-2.1 s). Where the files are not one a page (grouped), they are read.
 */
export const indexIds = async (dir: string, pages: number): Promise<Set<string>> => {
  const fragments = path.join(dir, 'fragment')
  const names = existsSync(fragments) ? (await readdir(fragments)).filter((name) => name.endsWith(SUFFIX)) : []
  if (names.length === pages) return new Set(names.map((name) => name.slice(0, -SUFFIX.length)))
  return new Set((await fragmentIds(dir)).values())
}

/**
 * The ids of the site worker's indexes, each folder listed once until it is `forget`-ten (a large
 * shard by number, the recent one as -1), and how many large shards hold each id: a publish finds
 * the ids that two indexes hold at the cost of the recent shard (sharedIds over 100,000 ids took
 * 120 ms).
 */
export class IndexIds {
  private readonly sets = new Map<number, Set<string>>()
  private readonly counts = new Map<string, number>()
  /** The ids that two or more large shards hold. */
  private readonly twice = new Set<string>()

  forget(shard: number): void {
    const ids = this.sets.get(shard)
    this.sets.delete(shard)
    if (shard >= 0) for (const id of ids ?? []) this.count(id, -1)
  }

  /** The ids that more than one of the large shards given (with their pages) and the recent shard of `recentPages` pages hold. */
  async shared(publicDir: string, shards: { pages: unknown[] }[], recentPages: number): Promise<string[]> {
    for (const [number, { pages }] of shards.entries()) {
      if (!pages.length || this.sets.has(number)) continue
      const ids = await indexIds(path.join(publicDir, shardPath(number)), pages.length)
      this.sets.set(number, ids)
      for (const id of ids) this.count(id, 1)
    }
    if (recentPages && !this.sets.has(-1)) this.sets.set(-1, await indexIds(path.join(publicDir, RECENT_PATH), recentPages))
    const recent = recentPages ? [...(this.sets.get(-1) ?? [])].filter((id) => this.counts.has(id)) : []
    return [...new Set([...this.twice, ...recent])].sort()
  }

  private count(id: string, change: number): void {
    const count = (this.counts.get(id) ?? 0) + change
    if (count > 0) this.counts.set(id, count)
    else this.counts.delete(id)
    if (count > 1) this.twice.add(id)
    else this.twice.delete(id)
  }
}
