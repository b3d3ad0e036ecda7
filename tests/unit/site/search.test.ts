import { describe, expect, it } from 'vitest'

import { SEARCH_SHARDS, searchShardOf, shardPath } from '../../../site/src/data/search'

describe('search shards', () => {
  it('should keep a page in one shard and spread pages evenly over all of them', () => {
    const counts = new Array<number>(SEARCH_SHARDS).fill(0)
    for (let index = 0; index < 10_000; index += 1) {
      const url = `/stories/generated-${String(index).padStart(6, '0')}/`
      const shard = searchShardOf(url)
      expect(searchShardOf(url)).toBe(shard)
      counts[shard] = (counts[shard] ?? 0) + 1
    }
    for (const count of counts) expect(count / 10_000).toBeGreaterThan(0.7 / SEARCH_SHARDS)
    for (const count of counts) expect(count / 10_000).toBeLessThan(1.3 / SEARCH_SHARDS)
    expect(shardPath(3)).toBe('pagefind/shard-3')
  })
})
