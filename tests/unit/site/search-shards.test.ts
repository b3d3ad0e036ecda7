import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import * as pagefind from 'pagefind'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'

import { RECENT_PATH, searchShardOf, shardPath } from '../../../site/src/data/search'
import type { PresentIndexes } from '../../../site/src/data/search'
import { filesBelow } from '../../../site/src/integrations/files-below'
import { PRESENT, buildShards, pageFromHtml, searchablePages, shardsOf, writeManifest } from '../../../site/src/integrations/pagefind'
import type { Page } from '../../../site/src/integrations/pagefind'
import { fragmentIds } from '../../../site/src/worker/search-fragments'
import { SearchShards } from '../../../site/src/worker/search-shards'

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

describe('the search index of a publish', () => {
  let dir = ''

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-search-shards-'))
    for (const [index, url] of stories.entries()) await write(dir, url, `志愿服务第${index}篇`, `社区志愿者第${index}次走访老人，编号${index}号。`)
    await write(dir, '/notices/a/', '公示名单', '拟表彰志愿者名单公示。')
    await fullIndex(dir)
    return () => rm(dir, { recursive: true, force: true })
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
    const search = new SearchShards(siteDir)
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

  it("should build the large shards again one at a time, until the index is a full build's byte for byte", async () => {
    const search = new SearchShards(siteDir)
    await search.load(dir)
    await publish(search)
    expect(await differencesFromFullBuild(dir)).not.toEqual([])
    const touched = new Set([edited, deleted, added].map(searchShardOf)).size
    // Each turn builds one shard again, most stale pages first; then the others' ids are read, changing nothing.
    const turns: number[] = []
    for (let turn = 0; search.idleWork && turn < 40; turn += 1)
      turns.push((await search.compact(dir)).changed.filter((file) => file.startsWith('pagefind/shard-')).length)
    expect(turns.slice(0, touched).every((changed) => changed > 0)).toBe(true)
    expect(turns.slice(touched).every((changed) => changed === 0)).toBe(true)
    expect(search.idleWork).toBe(false)
    expect(search.backlog).toBe(0)
    expect(existsSync(path.join(dir, RECENT_PATH))).toBe(false)
    expect(await differencesFromFullBuild(dir)).toEqual([])
    expect(await search.compact(dir)).toEqual({ changed: [], deleted: [] })
  })

  it('should build the large shards at once when the recent shard would outgrow its limit', async () => {
    const search = new SearchShards(siteDir, 2)
    await search.load(dir)
    const files = await publish(search)
    expect(files.changed.filter((file) => file.startsWith('pagefind/shard-')).length).toBeGreaterThan(0)
    expect(search.backlog).toBe(0)
    expect(await differencesFromFullBuild(dir)).toEqual([])
  })
})
