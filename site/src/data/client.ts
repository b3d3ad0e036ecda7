/**
 * The only code in the site that talks to the CMS: over its public HTTP API, as an
 * anonymous reader, so the build sees exactly what the public may see.
 */
import { cmsUrlOr } from '@fengcai/shared'

/** Thrown when the CMS cannot give the build what it needs; the build must stop on it. */
export class CmsUnavailableError extends Error {
  override name = 'CmsUnavailableError'
}

export const cmsUrl = (): string => cmsUrlOr(process.env.CMS_URL).replace(/\/+$/, '')

/** Where readers' browsers fetch media from; the CMS itself unless it is published elsewhere. */
export const cmsPublicUrl = (): string => (process.env.CMS_PUBLIC_URL || cmsUrl()).replace(/\/+$/, '')

const REQUEST_TIMEOUT_MS = 30_000
/**
 * The most the CMS gives an anonymous reader per page; a build that knows the secret the CMS
 * shares with its site builder (SITE_REBUILD_SECRET) may ask for pages of 1,000 instead.
 */
const buildSecret = (): string | undefined => process.env.SITE_REBUILD_SECRET || undefined
const pageSize = (): number => (buildSecret() ? 1000 : 100)
/** Pages of one collection fetched at once. */
const PARALLEL_PAGES = 6

export type Query = Record<string, string | number | boolean>

const toSearch = (query: Query): string => new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)])).toString()

/** GETs a CMS API path; any network failure or non-2xx answer becomes a CmsUnavailableError. */
export const getJson = async (path: string, query: Query = {}): Promise<unknown> => {
  const url = `${cmsUrl()}/api/${path}?${toSearch(query)}`
  let response: Response
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', ...(buildSecret() ? { 'x-site-build': buildSecret() as string } : {}) },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
  } catch (error) {
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
    throw new CmsUnavailableError(`无法连接内容管理系统（${url}）：${reason}。请确认 CMS 已启动，或用 CMS_URL 指定其地址。构建已中止，未发布任何页面。`)
  }
  if (!response.ok) {
    const body = (await response.text()).slice(0, 300)
    throw new CmsUnavailableError(`内容管理系统返回错误 HTTP ${response.status}（${url}）：${body}。构建已中止，未发布任何页面。`)
  }
  return response.json()
}

type Page = { docs: unknown[]; totalPages: number }

const isPage = (value: unknown): value is Page =>
  typeof value === 'object' && value !== null && Array.isArray((value as Page).docs) && typeof (value as Page).totalPages === 'number'

const pageOf = async (collection: string, query: Query): Promise<Page> => {
  const result = await getJson(collection, { depth: 1, ...query })
  if (!isPage(result)) throw new CmsUnavailableError(`内容管理系统对 ${collection} 的回答不是分页列表，构建已中止。`)
  return result
}

/** Every document of a collection matching the query, in its order: page 1 first, the rest a few at a time. */
export const findAll = async (collection: string, query: Query = {}): Promise<unknown[]> => {
  const fetchPage = (page: number): Promise<Page> => pageOf(collection, { ...query, limit: pageSize(), page })
  const first = await fetchPage(1)
  const pages: Page[] = [first]
  for (let start = 2; start <= first.totalPages; start += PARALLEL_PAGES) {
    const batch = Array.from({ length: Math.min(PARALLEL_PAGES, first.totalPages - start + 1) }, (_, offset) => fetchPage(start + offset))
    pages.push(...(await Promise.all(batch)))
  }
  return pages.flatMap((page) => page.docs)
}

/** Id ranges of one collection fetched side by side, each a chain of pages. */
const PARALLEL_RANGES = 4

const idOf = (doc: unknown): number => Number((doc as { id?: unknown }).id)

/**
 * Every document of a collection matching the query, in ascending id (for a caller that orders
 * them itself, as the snapshot's readers do). Each page asks for the ids after the last one it has
 * (`where[id][greater_than]`, sorted by id), so PostgreSQL reads that page's rows and no others
 * from the primary key. A page by number (`page=N`, sorted by date) made it read, and join with
 * their relations, all rows before the page's (OFFSET), so the whole fetch grew with the square
 * of the stories (bench:scale's data phase: 58.7 s at 100,000 stories, 1.0 s at 10,000). After the first
 * page, the ids left are split into PARALLEL_RANGES ranges fetched side by side.
 */
export const findAllByIdRanges = async (collection: string, query: Query = {}): Promise<unknown[]> => {
  const limit = pageSize()
  const chain = async (after: number, upTo: number | undefined, docs: unknown[]): Promise<unknown[]> => {
    for (let last = after; ;) {
      const range: Query = upTo === undefined ? {} : { 'where[id][less_than_equal]': upTo }
      const page = await pageOf(collection, { ...query, ...range, 'where[id][greater_than]': last, sort: 'id', limit, page: 1 })
      docs.push(...page.docs)
      if (page.totalPages <= 1 || page.docs.length === 0) return docs
      last = idOf(page.docs.at(-1))
    }
  }
  const first = await pageOf(collection, { ...query, 'where[id][greater_than]': 0, sort: 'id', limit, page: 1 })
  if (first.totalPages <= 1) return first.docs
  const from = idOf(first.docs.at(-1))
  const newest = await pageOf(collection, { ...query, depth: 0, sort: '-id', limit: 1, page: 1 })
  const to = idOf(newest.docs[0])
  const width = Math.ceil((to - from) / PARALLEL_RANGES)
  const ranges = await Promise.all(
    Array.from({ length: PARALLEL_RANGES }, (_, index) => {
      const low = from + index * width
      return low >= to ? Promise.resolve([]) : chain(low, index === PARALLEL_RANGES - 1 ? undefined : Math.min(to, low + width), [])
    }),
  )
  return [...first.docs, ...ranges.flat()]
}
