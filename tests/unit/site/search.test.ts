import { describe, expect, it, vi } from 'vitest'

import {
  OTHER_SHARDS,
  SEARCH_SHARDS,
  STORY_SHARDS,
  freshResults,
  onceMoreOnFreshIndex,
  pageKeys,
  pagesPerShard,
  searchShardOf,
  shardPath,
  sharedIds,
  withoutRepeats,
} from '../../../site/src/data/search'

describe('search shards', () => {
  it('should keep a story in one shard and spread stories evenly over the story shards', () => {
    const counts = new Array<number>(STORY_SHARDS).fill(0)
    for (let index = 0; index < 10_000; index += 1) {
      const url = `/stories/generated-${String(index).padStart(6, '0')}/`
      const shard = searchShardOf(url)
      expect(searchShardOf(url)).toBe(shard)
      expect(shard).toBeLessThan(STORY_SHARDS)
      counts[shard] = (counts[shard] ?? 0) + 1
    }
    for (const count of counts) expect(count / 10_000).toBeGreaterThan(0.7 / STORY_SHARDS)
    for (const count of counts) expect(count / 10_000).toBeLessThan(1.3 / STORY_SHARDS)
    expect(shardPath(3)).toBe('pagefind/shard-3')
  })

  it('should keep every other page out of the story shards, spread over shards of their own', () => {
    const used = new Set<number>()
    for (const section of ['notices', 'honors', 'galleries', 'columns', 'districts', 'organizations']) {
      for (let index = 0; index < 50; index += 1) {
        const shard = searchShardOf(`/${section}/item-${index}/`)
        expect(shard).toBeGreaterThanOrEqual(STORY_SHARDS)
        expect(shard).toBeLessThan(SEARCH_SHARDS)
        used.add(shard)
      }
    }
    expect(used.size).toBe(OTHER_SHARDS)
  })

  it('should count the addresses each shard holds, shards in order of first sight', () => {
    const urls = Array.from({ length: 300 }, (_, index) => (index % 3 ? `/stories/s-${index}/` : `/notices/n-${index}/`))
    const counts = pagesPerShard(urls)
    expect([...counts.keys()]).toEqual([...new Set(urls.map(searchShardOf))])
    for (const [shard, count] of counts) expect(count).toBe(urls.filter((url) => searchShardOf(url) === shard).length)
    expect([...counts.values()].reduce((sum, count) => sum + count, 0)).toBe(300)
  })
})

describe('search results with a recent shard', () => {
  const result = (id: string, score: number, url: string, reads: string[]) => ({
    id,
    score,
    data: async () => {
      reads.push(id)
      return { url }
    },
  })

  it("should drop the shards' results a tombstone names, merge the recent shard's by score, and read only the tombstoned ones", async () => {
    const reads: string[] = []
    const shards = [result('zxx_a', 3, '/stories/a/', reads), result('zxx_b', 2, '/stories/b/', reads), result('zxx_c', 1, '/stories/c/', reads)]
    const recent = [result('zxx_b2', 2.5, '/stories/b/', reads), result('zxx_d', 0.5, '/stories/d/', reads)]
    // zxx_c is also the id of another page's stale entry, in another shard: ids are unique only within a shard.
    const tombstones = new Map([
      ['zxx_b', '/stories/b/'],
      ['zxx_c', '/stories/elsewhere/'],
    ])
    const fresh = await freshResults(shards, recent, tombstones)
    expect(fresh.map((found) => found.id)).toEqual(['zxx_a', 'zxx_b2', 'zxx_c', 'zxx_d'])
    expect(reads.sort()).toEqual(['zxx_b', 'zxx_c'])
  })

  it('should keep two pages of different shards that share an id, and show a page that two searches found once', async () => {
    const reads: string[] = []
    // Pagefind's ids are unique only within one shard: these two pages are in different shards.
    const [a, b] = ['/stories/generated-000393/', '/stories/generated-000394/']
    expect(searchShardOf(a)).not.toBe(searchShardOf(b))
    const asTyped = [result('zxx_09e5720', 3, a, reads), result('zxx_1061558', 2, '/stories/c/', reads), result('zxx_09e5720', 1, b, reads)]
    const simplified = [result('zxx_09e5720', 4, b, reads), result('zxx_1061558', 2, '/stories/c/', reads), result('zxx_10c5a74', 1, '/stories/d/', reads)]
    const keyOf = await pageKeys([asTyped, simplified], new Set())
    const shown = withoutRepeats([asTyped, simplified], keyOf)
    expect(await Promise.all(shown.map(async (found) => (await found.data()).url))).toEqual([a, '/stories/c/', b, '/stories/d/'])
    // Only the results of the shared id had their addresses read to tell them apart (before the check above).
    expect(reads.slice(0, 3)).toEqual(['zxx_09e5720', 'zxx_09e5720', 'zxx_09e5720'])
    expect(reads).toHaveLength(3 + shown.length)
  })

  it('should keep two pages of different shards that share an id when no one list holds both, as the present indexes list that id', async () => {
    const reads: string[] = []
    // P names the query; Q, in another shard with the same id, is only filed under the term searched for.
    const [p, q] = ['/stories/generated-000393/', '/stories/generated-000394/']
    expect(searchShardOf(p)).not.toBe(searchShardOf(q))
    const text = [result('zxx_09e5720', 3, p, reads), result('zxx_1061558', 2, '/stories/c/', reads)]
    const filed = [result('zxx_09e5720', 1, q, reads), result('zxx_10c5a74', 1, '/stories/d/', reads)]
    const keyOf = await pageKeys(
      [text, filed],
      new Set(
        sharedIds([
          ['zxx_09e5720', 'zxx_1061558'],
          ['zxx_09e5720', 'zxx_10c5a74'],
        ]),
      ),
    )
    const shown = withoutRepeats([text, filed], keyOf)
    expect(await Promise.all(shown.map(async (found) => (await found.data()).url))).toEqual([p, '/stories/c/', q, '/stories/d/'])
    // Only the results of the listed id had their addresses read.
    expect(reads.slice(0, 2)).toEqual(['zxx_09e5720', 'zxx_09e5720'])
  })

  it('should list the ids that more than one index holds, once each', () => {
    expect(sharedIds([['a', 'b', 'c'], ['c', 'd'], ['d', 'c', 'e'], []])).toEqual(['c', 'd'])
    expect(sharedIds([['a'], ['b']])).toEqual([])
  })

  it('should run a failed search step once more on the index opened afresh, after the pause, and give the second failure to the reader', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      const order: string[] = []
      const reopen = () => order.push('reopen')
      const pause = async () => {
        order.push('pause')
      }
      let tries = 0
      const flaky = async () => {
        order.push(`try ${++tries}`)
        if (tries === 1) throw new Error('404 fetching /pagefind/recent/pagefind-entry.json')
        return 'answer'
      }
      expect(await onceMoreOnFreshIndex(flaky, reopen, pause)).toBe('answer')
      expect(order).toEqual(['try 1', 'reopen', 'pause', 'try 2'])
      // A step that succeeds is run once, with nothing reopened.
      order.length = 0
      expect(await onceMoreOnFreshIndex(async () => 'first', reopen, pause)).toBe('first')
      expect(order).toEqual([])
      // Two failures: the second is the one thrown, after a single reopening.
      let calls = 0
      const broken = async () => {
        calls += 1
        throw new Error(`failure ${calls}`)
      }
      await expect(onceMoreOnFreshIndex(broken, reopen, pause)).rejects.toThrow('failure 2')
      expect(order).toEqual(['reopen', 'pause'])
    } finally {
      warn.mockRestore()
    }
  })
})
