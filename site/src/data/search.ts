/**
 * The search index is split into shards by page address, so that a publish re-indexes only the
 * shards whose pages changed; the search page merges them. Used by the build and the browser.
 */
export const SEARCH_SHARDS = 16

/** FNV-1a over the address: a page keeps its shard for as long as it keeps its address. */
export const searchShardOf = (url: string): number => {
  let hash = 0x811c9dc5
  for (let index = 0; index < url.length; index += 1) {
    hash ^= url.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) % SEARCH_SHARDS
}

/** Where a shard's index lives in the built site (no leading slash). */
export const shardPath = (shard: number): string => `pagefind/shard-${shard}`
