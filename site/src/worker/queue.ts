/**
 * The CMS's publishing queue (`/api/site-changes/…`), as the site worker uses it with the secret
 * it shares with the CMS (SITE_REBUILD_SECRET).
 */
import { cmsUrl } from '../data/client'

export type QueuedChange = { id: number; collection: string; docId: string; attempts: number; createdAt: string }

const call = async (method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> => {
  const response = await fetch(`${cmsUrl()}/api/site-changes/${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-site-build': process.env.SITE_REBUILD_SECRET ?? '' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  })
  if (!response.ok) throw new Error(`发布队列 ${path} 返回 HTTP ${response.status}：${(await response.text()).slice(0, 300)}`)
  return response.json()
}

export const pendingChanges = async (limit = 5_000): Promise<QueuedChange[]> => ((await call('GET', `pending?limit=${limit}`)) as { docs: QueuedChange[] }).docs

export const markDone = async (ids: number[]): Promise<void> => {
  for (let start = 0; start < ids.length; start += 2_000) await call('POST', 'done', { ids: ids.slice(start, start + 2_000) })
}

export const markFailed = async (ids: number[], error: string): Promise<void> => {
  for (let start = 0; start < ids.length; start += 2_000) await call('POST', 'failed', { ids: ids.slice(start, start + 2_000), error })
}
