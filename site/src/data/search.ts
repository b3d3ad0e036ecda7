/**
 * The search index is split into shards by page address, so that a publish re-indexes only the
 * shards whose pages changed; the search page merges them. Used by the build and the browser.
 *
 * Stories, the bulk of the site, are spread over most of the shards. Every other searchable page
 * (notices, honour rolls, galleries, and the pages of columns, districts and organisations) is in
 * shards of its own: those few pages change far more often than any one story (a renamed column,
 * an approved comment, a new story in a district), and each such change then re-indexes a shard of
 * a few dozen pages rather than one of several hundred stories.
 */
export const STORY_SHARDS = 16
export const OTHER_SHARDS = 2
export const SEARCH_SHARDS = STORY_SHARDS + OTHER_SHARDS

/** FNV-1a over the address. */
const addressHash = (url: string): number => {
  let hash = 0x811c9dc5
  for (let index = 0; index < url.length; index += 1) {
    hash ^= url.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** A page's shard: it keeps it for as long as it keeps its address. */
export const searchShardOf = (url: string): number =>
  url.startsWith('/stories/') ? addressHash(url) % STORY_SHARDS : STORY_SHARDS + (addressHash(url) % OTHER_SHARDS)

/** Where a shard's index lives in the built site (no leading slash). */
/** How many of the addresses given each shard holds, counted in one pass (shards in order of first sight). */
export const pagesPerShard = (urls: Iterable<string>): Map<number, number> => {
  const counts = new Map<number, number>()
  for (const url of urls) {
    const shard = searchShardOf(url)
    counts.set(shard, (counts.get(shard) ?? 0) + 1)
  }
  return counts
}

export const shardPath = (shard: number): string => `pagefind/shard-${shard}`

/**
 * Pagefind filter names: pages filed under a term, and a term's own page (./search-terms.ts).
 * Here, with nothing imported, because the search page's script needs them: the terms module
 * brings the shared package's schemas with it (77 KB the page loaded for two constants).
 */
export const FILED_UNDER = 'term'
export const TERM_PAGE = 'page'

export type SearchTermsMap = {
  /** A form of a name, as searchTermKey writes it → the tokens of the terms it names. */
  names: Record<string, string[]>
  /** A token → its term's current name, the title its own page has in the results. */
  terms: Record<string, string>
}

/**
 * The index of the pages a publish changed since their shards were last built: a publish
 * re-indexes this small shard rather than the large one a page is in. The stale entries it
 * supersedes (and those of deleted pages) stay in the large shards until they are built again,
 * and are listed in `present.json` as tombstones: Pagefind's id of such an entry, with its
 * address (an id is seven hex digits, unique only within its own shard).
 */
export const RECENT_PATH = 'pagefind/recent'

/**
 * The key of the message an index's Pagefind worker posts to the page when one of its fetches
 * fails (../integrations/pagefind-worker-watch writes the watch into the worker; the search page
 * hears it, ../scripts/search-index). Pagefind's own messages carry an `id`, never this key.
 */
export const WORKER_FETCH_FAILED = 'fengcaiIndexFileFailed'

/**
 * `pagefind/present.json`: the shards that hold pages, the recent shard with its tombstones, and
 * the ids that more than one of these indexes holds (`shared`, see pageKeys).
 */
export type PresentIndexes = { shards: number[]; recent: boolean; tombstones: [id: string, url: string][]; shared: string[] }

/** The present indexes; a full build's have no recent shard and nothing superseded. */
export const presentIndexes = (shards: number[], recent = false, tombstones: PresentIndexes['tombstones'] = [], shared: string[] = []): string =>
  `${JSON.stringify({ shards, recent, tombstones, shared } satisfies PresentIndexes)}\n`

/** The ids that more than one of the indexes given holds, sorted. */
export const sharedIds = (indexes: Iterable<string>[]): string[] => {
  const seen = new Set<string>()
  const shared = new Set<string>()
  for (const ids of indexes) for (const id of ids) (seen.has(id) ? shared : seen).add(id)
  return [...shared].sort()
}

type Scored = { id: string; score: number; data: () => Promise<{ url: string }> }

/**
 * One query's results from the shards and from the recent shard, as a full build's index would
 * give them: a shards' result that a tombstone names is dropped (the recent shard holds the page
 * as it is now, or the page is gone), then both lists by score, best first. Only a result whose
 * id is a tombstone's has its data read, to compare its address.
 */
export const freshResults = async <Result extends Scored>(shards: Result[], recent: Result[], tombstones: ReadonlyMap<string, string>): Promise<Result[]> => {
  const superseded = async (result: Result) => tombstones.has(result.id) && (await result.data()).url === tombstones.get(result.id)
  const kept = await Promise.all(shards.map(async (result) => ((await superseded(result)) ? [] : [result])))
  return [...kept.flat(), ...recent].sort((a, b) => b.score - a.score)
}

/**
 * How to tell the pages of several searches' results apart: a key for each result. Pagefind's id
 * names a page only within its own index (seven hex digits: at 100,000 pages a few dozen pairs of
 * pages in different shards share one), and a merged search gives no sign of which shard a result
 * came from. So a result whose id names pages in more than one index (`shared`, as the build and
 * the site worker list them in present.json), or that one search's list holds twice, is keyed by
 * its address (its data read for those alone), any other by its id.
 */
export const pageKeys = async <Result extends Scored>(lists: Result[][], shared: ReadonlySet<string>): Promise<(result: Result) => string> => {
  const twice = new Set<string>()
  for (const list of lists) {
    const ids = new Set<string>()
    for (const { id } of list) {
      if (ids.has(id)) twice.add(id)
      ids.add(id)
    }
  }
  const addresses = new Map<Result, string>()
  const sharing = lists.flat().filter((result) => twice.has(result.id) || shared.has(result.id))
  await Promise.all(sharing.map(async (result) => addresses.set(result, (await result.data()).url)))
  return (result) => {
    const address = addresses.get(result)
    return address === undefined ? `id ${result.id}` : `url ${address}`
  }
}

/** Results in the order given, each page (by `keyOf`) once. */
export const withoutRepeats = <Result>(lists: Result[][], keyOf: (result: Result) => string): Result[] => {
  const seen = new Set<string>()
  const kept: Result[] = []
  for (const result of lists.flat()) {
    const key = keyOf(result)
    if (seen.has(key)) continue
    seen.add(key)
    kept.push(result)
  }
  return kept
}

/** How long the search page waits before opening the index again (a swap of index folders takes milliseconds). */
export const REOPEN_AFTER_MS = 300

/**
 * Runs a search step; when it fails, opens the index afresh (`reopen`), waits `pause`, and runs
 * it once more, whose failure is the reader's. A publish replaces index files under an open page.
 */
export const onceMoreOnFreshIndex = async <T>(step: () => Promise<T>, reopen: () => void, pause: () => Promise<void>): Promise<T> => {
  try {
    return await step()
  } catch (error) {
    console.warn('搜索索引在页面打开后更新过，重新载入', error)
    reopen()
    await pause()
    return step()
  }
}
