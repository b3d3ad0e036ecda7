/**
 * The only code in the site that talks to the CMS: over its public HTTP API, as an
 * anonymous reader, so the build sees exactly what the public may see.
 */

/** Thrown when the CMS cannot give the build what it needs; the build must stop on it. */
export class CmsUnavailableError extends Error {
  override name = 'CmsUnavailableError'
}

export const cmsUrl = (): string => (process.env.CMS_URL || 'http://localhost:3000').replace(/\/+$/, '')

/** Where readers' browsers fetch media from; the CMS itself unless it is published elsewhere. */
export const cmsPublicUrl = (): string => (process.env.CMS_PUBLIC_URL || cmsUrl()).replace(/\/+$/, '')

const REQUEST_TIMEOUT_MS = 30_000
const PAGE_SIZE = 100

export type Query = Record<string, string | number | boolean>

const toSearch = (query: Query): string =>
  new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)])).toString()

/** GETs a CMS API path; any network failure or non-2xx answer becomes a CmsUnavailableError. */
export const getJson = async (path: string, query: Query = {}): Promise<unknown> => {
  const url = `${cmsUrl()}/api/${path}?${toSearch(query)}`
  let response: Response
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
  } catch (error) {
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
    throw new CmsUnavailableError(
      `无法连接内容管理系统（${url}）：${reason}。请确认 CMS 已启动，或用 CMS_URL 指定其地址。构建已中止，未发布任何页面。`,
    )
  }
  if (!response.ok) {
    const body = (await response.text()).slice(0, 300)
    throw new CmsUnavailableError(
      `内容管理系统返回错误 HTTP ${response.status}（${url}）：${body}。构建已中止，未发布任何页面。`,
    )
  }
  return response.json()
}

type Page = { docs: unknown[]; hasNextPage: boolean; page?: number }

const isPage = (value: unknown): value is Page =>
  typeof value === 'object' && value !== null && Array.isArray((value as Page).docs)

/** Every document of a collection matching the query, following the pages to the end. */
export const findAll = async (collection: string, query: Query = {}): Promise<unknown[]> => {
  const docs: unknown[] = []
  for (let page = 1; ; page += 1) {
    const result = await getJson(collection, { depth: 1, ...query, limit: PAGE_SIZE, page })
    if (!isPage(result)) {
      throw new CmsUnavailableError(`内容管理系统对 ${collection} 的回答不是分页列表，构建已中止。`)
    }
    docs.push(...result.docs)
    if (!result.hasNextPage) return docs
  }
}
