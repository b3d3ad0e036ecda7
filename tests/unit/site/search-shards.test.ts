import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import * as pagefind from 'pagefind'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'

import { RECENT_PATH, searchShardOf, shardPath } from '../../../site/src/data/search'
import type { PresentIndexes } from '../../../site/src/data/search'
import { filesBelow } from '../../../site/src/integrations/files-below'
import { PRESENT, buildShards, buildShardsInChild, pageFromHtml, searchablePages, shardsOf, writeManifest } from '../../../site/src/integrations/pagefind'
import type { Page } from '../../../site/src/integrations/pagefind'
import { fragmentIds } from '../../../site/src/integrations/search-fragments'
import { SearchShards } from '../../../site/src/worker/search-shards'
import type { BuildOutside, Exclusive } from '../../../site/src/worker/search-shards'

const siteDir = fileURLToPath(new URL('../../../site', import.meta.url))

const storyHtml = (title: string, body: string): string =>
  `<!DOCTYPE html><html lang="zh-CN"><head><title>${title}</title></head><body><nav>首页</nav>` +
  `<main data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1><p>${body}</p></main></body></html>`

const fileOf = (url: string): string => path.join(url.slice(1), 'index.html')
const stories = Array.from({ length: 40 }, (_, index) => `/stories/story-${index}/`)

/** Writes a page and returns what search reads of it, as the worker's renderer records it. */
const write = async (dir: string, url: string, title: string, body: string): Promise<[string, Page | null]> => {
  const html = storyHtml(title, body)
  await mkdir(path.join(dir, url.slice(1)), { recursive: true })
  await writeFile(path.join(dir, fileOf(url)), html)
  return [fileOf(url), pageFromHtml(fileOf(url), html)]
}

/** The search index as a cold build makes it (src/integrations/pagefind). */
const fullIndex = async (dir: string): Promise<void> => {
  const pages = await searchablePages(dir)
  const shards = shardsOf(pages)
  const jobs = shards.flatMap((shard, number) =>
    shard.pages.length ? [{ shard: number, pages: pages.filter((page) => searchShardOf(page.url) === number), target: path.join(dir, shardPath(number)) }] : [],
  )
  await buildShards(siteDir, dir, jobs)
  await writeManifest(dir, shards)
}

/** The site's search files that differ from a cold build's over the same pages, and those only one of them has. */
const differencesFromFullBuild = async (dir: string): Promise<string[]> => {
  const reference = `${dir}-full`
  await rm(reference, { recursive: true, force: true })
  await cp(dir, reference, { recursive: true, filter: (source) => !source.includes(`${path.sep}pagefind`) })
  await fullIndex(reference)
  const [ours, theirs] = [filesBelow(path.join(dir, 'pagefind')), filesBelow(path.join(reference, 'pagefind'))]
  const differing = [...ours.filter((file) => !theirs.includes(file)), ...theirs.filter((file) => !ours.includes(file))]
  for (const file of ours.filter((file) => theirs.includes(file)))
    if (!(await readFile(path.join(dir, 'pagefind', file))).equals(await readFile(path.join(reference, 'pagefind', file)))) differing.push(file)
  await rm(reference, { recursive: true, force: true })
  return differing
}

// Real Pagefind, in this process and in child processes: seconds a test on a loaded 2-core machine
// (unit files run side by side), more than the unit project's default 5 s.
describe('the search index of a publish', { timeout: 60_000 }, () => {
  let dir = ''
  let scratchDir = ''

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-search-shards-'))
    scratchDir = `${dir}-scratch`
    for (const [index, url] of stories.entries()) await write(dir, url, `志愿服务第${index}篇`, `社区志愿者第${index}次走访老人，编号${index}号。`)
    await write(dir, '/notices/a/', '公示名单', '拟表彰志愿者名单公示。')
    await fullIndex(dir)
    return async () => {
      await rm(dir, { recursive: true, force: true })
      await rm(scratchDir, { recursive: true, force: true })
    }
  })

  afterAll(async () => {
    await pagefind.close()
  })

  const [edited, deleted] = [stories[3] as string, stories[5] as string]
  const added = '/stories/story-new/'

  /** An edit, a deletion and a new story, as one publish. */
  const publish = async (search: SearchShards) => {
    const changed = new Map([
      await write(dir, edited, '志愿服务第3篇（更正）', '更正后的正文：敬老院慰问。'),
      await write(dir, added, '新稿件', '图书馆新书漂流活动。'),
    ])
    await rm(path.join(dir, path.dirname(fileOf(deleted))), { recursive: true })
    return search.update(dir, changed, [fileOf(deleted)])
  }

  it('should re-index only the recent shard, and name the entries it supersedes in the large shards as tombstones', async () => {
    const search = new SearchShards(siteDir, { scratchDir })
    await search.load(dir)
    const files = await publish(search)
    expect(files.changed.filter((file) => file.startsWith('pagefind/shard-'))).toEqual([])
    expect(files.changed).toEqual(expect.arrayContaining([PRESENT, `${RECENT_PATH}/pagefind.js`, `${RECENT_PATH}/pagefind-entry.json`]))
    expect(files.deleted).toEqual([])
    expect([...(await fragmentIds(path.join(dir, RECENT_PATH))).keys()].sort()).toEqual([edited, added])
    const present = JSON.parse(await readFile(path.join(dir, PRESENT), 'utf8')) as PresentIndexes
    expect(present.recent).toBe(true)
    expect(present.tombstones.map(([, url]) => url)).toEqual([edited, deleted])
    // Each tombstone is the id Pagefind gave the page in its large shard: its search results carry it.
    for (const [id, url] of present.tombstones)
      expect(existsSync(path.join(dir, shardPath(searchShardOf(url)), 'fragment', `${id}.pf_fragment`)), url).toBe(true)
    expect(search.backlog).toBe(3)
    // A publish that changes nothing search reads changes no search file.
    const same = await search.update(dir, new Map([await write(dir, stories[7] as string, '志愿服务第7篇', '社区志愿者第7次走访老人，编号7号。')]), [])
    expect(same).toEqual({ changed: [], deleted: [] })
  })

  it('should read every large shard when warmed, so that the first publish reads none of their fragments', async () => {
    const search = new SearchShards(siteDir, { scratchDir })
    await search.load(dir)
    await search.warm(dir)
    // The fragments out of reach: a publish that had to read them would find no ids and build the shards again.
    const folders = [...new Set([...stories, '/notices/a/'].map(searchShardOf))].map((shard) => path.join(dir, shardPath(shard), 'fragment'))
    for (const folder of folders) await rename(folder, `${folder}-away`)
    const files = await publish(search)
    for (const folder of folders) await rename(`${folder}-away`, folder)
    expect(files.changed.filter((file) => file.startsWith('pagefind/shard-'))).toEqual([])
    const present = JSON.parse(await readFile(path.join(dir, PRESENT), 'utf8')) as PresentIndexes
    expect(present.tombstones.map(([, url]) => url)).toEqual([edited, deleted])
    for (const [id, url] of present.tombstones)
      expect(existsSync(path.join(dir, shardPath(searchShardOf(url)), 'fragment', `${id}.pf_fragment`)), url).toBe(true)
  })

  it('should list in the present indexes an id that the recent shard and a large shard both hold', async () => {
    const first = new SearchShards(siteDir, { scratchDir })
    await first.load(dir)
    await publish(first)
    expect((JSON.parse(await readFile(path.join(dir, PRESENT), 'utf8')) as PresentIndexes).shared).toEqual([])
    // The id the new story has in the recent shard, given (by renaming its fragment file) to the notice's entry in its large shard.
    const id = (await fragmentIds(path.join(dir, RECENT_PATH))).get(added) as string
    const noticeShard = path.join(dir, shardPath(searchShardOf('/notices/a/')), 'fragment')
    const noticeId = (await fragmentIds(path.dirname(noticeShard))).get('/notices/a/') as string
    await rename(path.join(noticeShard, `${noticeId}.pf_fragment`), path.join(noticeShard, `${id}.pf_fragment`))
    // A worker started on this site writes the same recent shard again.
    const search = new SearchShards(siteDir, { scratchDir })
    await search.load(dir)
    await search.update(dir, new Map([await write(dir, added, '新稿件', '图书馆新书漂流活动。')]), [])
    expect((await fragmentIds(path.join(dir, RECENT_PATH))).get(added)).toBe(id)
    expect((JSON.parse(await readFile(path.join(dir, PRESENT), 'utf8')) as PresentIndexes).shared).toEqual([id])
  })

  it("should build the large shards again one at a time, until the index is a full build's byte for byte", async () => {
    const search = new SearchShards(siteDir, { scratchDir })
    await search.load(dir)
    await publish(search)
    expect(await differencesFromFullBuild(dir)).not.toEqual([])
    const touched = new Set([edited, deleted, added].map(searchShardOf)).size
    // Each turn builds one shard again, most stale pages first; then the others' ids are read, changing nothing.
    const turns: number[] = []
    for (let turn = 0; search.idleWork && turn < 40; turn += 1)
      turns.push((await search.compact(() => dir)).changed.filter((file) => file.startsWith('pagefind/shard-')).length)
    expect(turns.slice(0, touched).every((changed) => changed > 0)).toBe(true)
    expect(turns.slice(touched).every((changed) => changed === 0)).toBe(true)
    expect(search.idleWork).toBe(false)
    expect(search.backlog).toBe(0)
    expect(existsSync(path.join(dir, RECENT_PATH))).toBe(false)
    expect(await differencesFromFullBuild(dir)).toEqual([])
    expect(await search.compact(() => dir)).toEqual({ changed: [], deleted: [] })
  })

  /** One task at a time, as the publisher runs its publishes. */
  const publishQueue = (): Exclusive => {
    let queue: Promise<unknown> = Promise.resolve()
    return (task) => {
      const run = queue.then(task, task)
      queue = run.catch(() => undefined)
      return run
    }
  }

  /**
   * A compaction held once its child process has built the shard (`release` lets it go on):
   * `built` gives the shard's number then.
   */
  const heldCompaction = (options: { recentLimit?: number } = {}) => {
    let release = (): void => undefined
    const barrier = new Promise<void>((resolve) => (release = resolve))
    let done = (_shard: number): void => undefined
    const built = new Promise<number>((resolve) => (done = resolve))
    const buildOutside: BuildOutside = async (...args) => {
      const indexed = await buildShardsInChild(...args)
      done(args[2][0]?.shard ?? -1)
      await barrier
      return indexed
    }
    return { search: new SearchShards(siteDir, { scratchDir, buildOutside, ...options }), built, release }
  }

  /** A publish that edits a story of `shard` (one not deleted), through `exclusive`. */
  const editIn = async (search: SearchShards, exclusive: Exclusive, shard: number): Promise<string> => {
    const url = stories.find((story) => searchShardOf(story) === shard && story !== deleted && story !== edited) as string
    await exclusive(async () => search.update(dir, new Map([await write(dir, url, '编辑中的稿件', '整理索引时发布的更正。')]), []))
    return url
  }

  it('should let a publish end while a compaction builds its shard beside it, then keep the page it changed in the recent shard', async () => {
    const { search, built, release } = heldCompaction()
    await search.load(dir)
    await publish(search)
    const exclusive = publishQueue()
    let ended = false
    const compaction = search.compact(() => dir, exclusive).finally(() => (ended = true))
    const shard = await built
    // Were the compaction in the publish queue, this publish would wait for the barrier: for ever.
    const url = await editIn(search, exclusive, shard)
    expect(ended).toBe(false)
    release()
    const files = await compaction
    expect(files.changed.filter((file) => file.startsWith(`${shardPath(shard)}/`)).length).toBeGreaterThan(0)
    // The child read the page before this publish: the new shard's entry for it is superseded.
    const present = JSON.parse(await readFile(path.join(dir, PRESENT), 'utf8')) as PresentIndexes
    expect(present.tombstones.map(([, tombstone]) => tombstone)).toContain(url)
    expect([...(await fragmentIds(path.join(dir, RECENT_PATH))).keys()]).toContain(url)
    for (let turn = 0; search.idleWork && turn < 40; turn += 1) await search.compact(() => dir, exclusive)
    expect(await differencesFromFullBuild(dir)).toEqual([])
  })

  it('should drop a compaction whose shard a publish built again meanwhile', async () => {
    const { search, built, release } = heldCompaction({ recentLimit: 3 })
    await search.load(dir)
    await publish(search)
    const exclusive = publishQueue()
    const compaction = search.compact(() => dir, exclusive)
    // Past the recent shard's limit: this publish builds the stale shards, the one compacted too.
    await editIn(search, exclusive, await built)
    expect(search.backlog).toBe(0)
    release()
    expect(await compaction).toEqual({ changed: [], deleted: [] })
    expect(existsSync(scratchDir) ? filesBelow(scratchDir) : []).toEqual([])
    expect(await differencesFromFullBuild(dir)).toEqual([])
  })

  it('should build the large shards at once when the recent shard would outgrow its limit', async () => {
    const search = new SearchShards(siteDir, { scratchDir, recentLimit: 2 })
    await search.load(dir)
    const files = await publish(search)
    expect(files.changed.filter((file) => file.startsWith('pagefind/shard-')).length).toBeGreaterThan(0)
    expect(search.backlog).toBe(0)
    expect(await differencesFromFullBuild(dir)).toEqual([])
  })
})
