/**
 * The search page's Pagefind index: opened once, and again when a publish has replaced its files
 * under the open page (./search searches it).
 */
import { RECENT_PATH, REOPEN_AFTER_MS, WORKER_FETCH_FAILED, freshResults, onceMoreOnFreshIndex, shardPath } from '@/data/search'
import type { PresentIndexes, TERM_PAGE } from '@/data/search'

export type ResultData = { url: string; excerpt: string; meta: { title?: string; kind?: string; date?: string; [TERM_PAGE]?: string } }
export type PagefindResult = { id: string; score: number; data: () => Promise<ResultData> }
export type SearchOptions = { filters?: Record<string, string | { any: string[] }> }
export type Pagefind = {
  search: (query: string | null, options?: SearchOptions) => Promise<{ results: PagefindResult[] }>
  mergeIndex: (url: string) => Promise<void>
}

/** `shared`: the ids that name pages in more than one index (pageKeys). */
type Indexes = { search: Pagefind['search']; shared: ReadonlySet<string> }
let pagefind: Promise<Indexes> | null = null
/**
 * Times the index was opened afresh on this page. A publish or a compaction replaces index files
 * (their names carry their content's hash) and can remove the recent shard, between the page
 * reading present.json and fetching what it names, or long after, on a page left open: the
 * index is then opened again, with modules of its own (a module that failed to load stays failed
 * under its address, and a loaded one keeps the index it read).
 */
let openings = 0
// The index lives beside the built pages, in shards: the first one searches, the others are
// merged into it. The recent shard is searched on its own, since the shards' results it
// supersedes are known by their ids there (freshResults). A runtime path keeps the bundler from
// resolving it; each path is a module of its own, with its own index.
const openIndex = async (opening: number): Promise<Indexes> => {
  const response = await fetch('/pagefind/present.json', opening ? { cache: 'no-store' } : {})
  if (!response.ok) throw new Error(`搜索索引清单不可用：${response.status}`)
  const present = (await response.json()) as PresentIndexes
  const suffix = opening ? `?opening=${opening}` : ''
  const load = async (place: string) => (await import(/* @vite-ignore */ `/${place}/pagefind.js${suffix}`)) as Pagefind
  const [head, ...rest] = present.shards
  const shards = head === undefined ? null : await load(shardPath(head))
  for (const shard of rest) await shards?.mergeIndex(`/${shardPath(shard)}/`)
  const recent = present.recent ? await load(RECENT_PATH) : null
  if (!shards && !recent) throw new Error('搜索索引为空')
  const tombstones = new Map(present.tombstones)
  const search: Pagefind['search'] = async (query, options) => {
    const [fromShards, fromRecent] = await Promise.all([shards?.search(query, options), recent?.search(query, options)])
    return { results: await freshResults(fromShards?.results ?? [], fromRecent?.results ?? [], tombstones) }
  }
  // A present.json written before the shared ids were listed has none: those pages are told apart as before.
  return { search, shared: new Set(present.shared ?? []) }
}
export const loadIndex = () => (pagefind ??= openIndex(openings))

/** A search step that has not settled by now has failed (two tries on a slow phone stay under a minute). */
const STEP_TIMEOUT_MS = 25_000

/**
 * Hears of every index file that fails to load. Pagefind does not always say: a chunk of its
 * index that does not load is logged and the search answers without it (fewer results), and a
 * metadata or WebAssembly file that does not load can leave the search waiting for good. It
 * fetches in its web worker, whose script posts each failure to the page
 * (../integrations/pagefind-worker-watch), or on the page's thread where the worker could not
 * start, through the page's `fetch`, watched here. A failure heard from an index given up
 * (reopenIndex), later, during the step on the fresh index, is that old index's, not this one's.
 */
const failures = new Set<(url: string) => void>()
const heard = (opening: number, pathname: string) => {
  if (opening === openings && pathname.startsWith('/pagefind/')) failures.forEach((hear) => hear(pathname))
}
const PageWorker = globalThis.Worker
globalThis.Worker = class extends PageWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options)
    const opening = openings
    this.addEventListener('message', (event: MessageEvent<unknown>) => {
      const pathname = (event.data as Record<string, unknown> | null)?.[WORKER_FETCH_FAILED]
      if (typeof pathname === 'string') heard(opening, pathname)
    })
  }
}
const pageFetch = globalThis.fetch.bind(globalThis)
globalThis.fetch = async (input, init) => {
  const { pathname } = new URL(input instanceof Request ? input.url : String(input), location.href)
  const opening = openings
  const failed = () => heard(opening, pathname)
  try {
    const response = await pageFetch(input, init)
    if (!response.ok) failed()
    return response
  } catch (error) {
    failed()
    throw error
  }
}

/** A search step that fails as soon as an index file fails to load, and at the latest after STEP_TIMEOUT_MS. */
const watched = <T>(step: () => Promise<T>): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const finish = (settle: () => void) => {
      clearTimeout(timer)
      failures.delete(hear)
      settle()
    }
    const hear = (pathname: string) => finish(() => reject(new Error(`搜索索引文件未能载入：${pathname}`)))
    const timer = setTimeout(() => finish(() => reject(new Error('搜索超时'))), STEP_TIMEOUT_MS)
    failures.add(hear)
    step().then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    )
  })
export const reopenIndex = () => {
  openings += 1
  pagefind = null
}

/** Runs a search step, watched; when it fails, once more on the index opened afresh, a moment later. */
export const onFreshIndex = <T>(step: () => Promise<T>): Promise<T> =>
  onceMoreOnFreshIndex(
    () => watched(step),
    reopenIndex,
    () => new Promise((resolve) => setTimeout(resolve, REOPEN_AFTER_MS)),
  )
