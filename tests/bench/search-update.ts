/**
 * What the search index costs a publish as the site grows, without the CMS: N synthetic story
 * pages written to a folder, the site worker's SearchShards loaded over them (with the shards a
 * full build would have made of the stories the publishes touch), then publishes of one edited
 * story each, timed, the compaction of one shard the worker does when idle, and a publish
 * while the next one is compacted.
 *
 *   flock /tmp/heavy.lock pnpm --filter @fengcai/tests exec tsx bench/search-update.ts 10000 50000 125000
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { searchShardOf, shardPath } from '../../site/src/data/search'
import { buildShards, pageFromHtml, searchablePages, shardsOf, writeManifest } from '../../site/src/integrations/pagefind'
import type { Page } from '../../site/src/integrations/pagefind'
import { SearchShards } from '../../site/src/worker/search-shards'
import type { Exclusive } from '../../site/src/worker/search-shards'
import * as pagefind from 'pagefind'
import { seededRandom } from '../helpers/random'

const next = seededRandom(31)
/** Common characters, so pages share words as real stories do. */
const words = Array.from({ length: 2_500 }, () => String.fromCodePoint(0x4e00 + Math.floor(next() * 3_000)))
const sentence = (length: number): string => Array.from({ length }, () => words[Math.floor(next() * words.length)]).join('')

const storyHtml = (number: number, edit = 0): string => {
  const title = `${sentence(12)}${number}${edit ? ` 修订${edit}` : ''}`
  return (
    `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><nav><a href="/">首页</a></nav>` +
    `<main data-pagefind-body data-pagefind-meta="title:${title}" data-title="${title}"><h1>${title}</h1>` +
    `<p>${sentence(180)}。</p><p>${sentence(180)}。</p></main><footer>版权</footer></body></html>\n`
  )
}

const storyFile = (number: number): string => path.join('stories', `story-${String(number).padStart(6, '0')}`, 'index.html')

const siteDir = fileURLToPath(new URL('../../site', import.meta.url))

const measure = async (stories: number): Promise<{ load: number; idle: number; publishes: number[]; compaction: number; duringCompaction: number }> => {
  const dir = path.join(tmpdir(), `fengcai-search-bench-${stories}`)
  await rm(dir, { recursive: true, force: true })
  for (let start = 0; start < stories; start += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, stories - start) }, async (_, offset) => {
        const file = path.join(dir, storyFile(start + offset))
        await mkdir(path.dirname(file), { recursive: true })
        await writeFile(file, storyHtml(start + offset))
      }),
    )
  }
  // The manifest of a full build, and the index of the shards the publishes below touch.
  const edited = [7, Math.floor(stories / 3), Math.floor((stories * 2) / 3)]
  const pages = await searchablePages(dir)
  const shards = shardsOf(pages)
  await writeManifest(dir, shards)
  const touched = [...new Set(edited.map((number) => searchShardOf(`/stories/story-${String(number).padStart(6, '0')}/`)))]
  await buildShards(
    siteDir,
    dir,
    touched.map((shard) => ({ shard, pages: pages.filter((page) => searchShardOf(page.url) === shard), target: path.join(dir, shardPath(shard)) })),
  )
  const search = new SearchShards(siteDir, { scratchDir: `${dir}-compaction` })
  let started = performance.now()
  await search.load(dir)
  const load = performance.now() - started
  // As the worker does when idle after its start-up build: the large shards' ids are read.
  started = performance.now()
  while (search.idleWork) await search.compact(() => dir)
  const idle = performance.now() - started
  const publishes: number[] = []
  for (const [edit, number] of edited.entries()) {
    const file = storyFile(number)
    const html = storyHtml(number, edit + 1)
    await writeFile(path.join(dir, file), html)
    started = performance.now()
    await search.update(dir, new Map<string, Page | null>([[file, pageFromHtml(file, html)]]), [])
    publishes.push(performance.now() - started)
  }
  // Off the publish path: the worker builds one shard again when idle, in a child process.
  started = performance.now()
  await search.compact(() => dir)
  const compaction = performance.now() - started
  // A one-story publish while the next shard is compacted, through a queue as the worker's: only
  // the compaction's choice of shard and its swap are in it.
  let queue: Promise<unknown> = Promise.resolve()
  const exclusive: Exclusive = (task) => {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }
  const compacting = search.compact(() => dir, exclusive)
  const [file, html] = [storyFile(edited[0] as number), storyHtml(edited[0] as number, 99)]
  await writeFile(path.join(dir, file), html)
  started = performance.now()
  await exclusive(() => search.update(dir, new Map<string, Page | null>([[file, pageFromHtml(file, html)]]), []))
  const duringCompaction = performance.now() - started
  await compacting
  await rm(dir, { recursive: true, force: true })
  await rm(`${dir}-compaction`, { recursive: true, force: true })
  return { load, idle, publishes, compaction, duringCompaction }
}

for (const stories of process.argv.slice(2).map(Number)) {
  const { load, idle, publishes, compaction, duringCompaction } = await measure(stories)
  const times = publishes.map((ms) => Math.round(ms)).join(', ')
  console.log(
    `${stories} stories: load ${Math.round(load)} ms, ids read when idle ${Math.round(idle)} ms; one-story publishes ${times} ms; one shard compacted ${Math.round(compaction)} ms; a publish during the next compaction ${Math.round(duringCompaction)} ms`,
  )
}
await pagefind.close()
