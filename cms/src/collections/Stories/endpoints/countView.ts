// POST /api/stories/:id/view — the page-view beacon: counts a reader once per story per day.
import { sql } from '@payloadcms/db-postgres'
import { headersWithCors } from 'payload'
import type { Endpoint, PayloadRequest } from 'payload'

import { shanghaiDay } from '@fengcai/shared'

import { ipHash, looksLikeBot } from '@/lib/client'
import { publicError } from '@/lib/errors'
import { hitRateLimit, hitRateLimitWindow } from '@/lib/rateLimit'
import { execute } from '@/upstream/payload'

/** A reader's views of one story count once per Shanghai calendar day; the key outlives the day a little. */
const VIEW_KEY_TTL_MS = 25 * 60 * 60 * 1000

/** One address may send this many beacons in ten minutes (a reader opens a few pages a minute). */
export const BEACON_LIMIT = { max: 60, windowMs: 10 * 60 * 1000 }

const json = (req: PayloadRequest, body: unknown, status = 200, extra: Record<string, string> = {}): Response =>
  Response.json(body, { status, headers: headersWithCors({ headers: new Headers({ 'cache-control': 'no-store', ...extra }), req }) })

export const countView: Endpoint = {
  path: '/:id/view',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    if (!/^\d{1,12}$/.test(id)) throw publicError('新闻编号格式不正确。', 400, { field: 'id' })
    const storyId = Number(id)
    // Crawlers and scripts are answered but neither counted nor remembered.
    const reader = looksLikeBot(req) ? null : ipHash(req)
    if (reader) {
      const flood = await hitRateLimitWindow(req.payload, `view-ip:${reader}`, BEACON_LIMIT.windowMs)
      if (flood.count > BEACON_LIMIT.max) {
        const retryAfter = Math.max(1, Math.ceil((flood.resetAt.getTime() - Date.now()) / 1000))
        return json(req, { message: '请求过于频繁，请稍后再试。' }, 429, { 'retry-after': String(retryAfter) })
      }
    }
    const story = await execute<{ view_count: number }>(req.payload, sql`SELECT view_count FROM stories WHERE id = ${storyId} AND _status = 'published'`)
    if (!story[0]) throw publicError('没有找到这篇新闻。', 404)
    const counted = reader !== null && (await hitRateLimit(req.payload, `view:${storyId}:${reader}:${shanghaiDay(new Date())}`, VIEW_KEY_TTL_MS)) === 1
    if (!counted) return json(req, { views: Number(story[0].view_count ?? 0), counted })
    const rows = await execute<{ view_count: number }>(
      req.payload,
      sql`UPDATE stories SET view_count = COALESCE(view_count, 0) + 1 WHERE id = ${storyId} AND _status = 'published' RETURNING view_count`,
    )
    return json(req, { views: Number(rows[0]?.view_count ?? 0), counted: Boolean(rows[0]) })
  },
}
