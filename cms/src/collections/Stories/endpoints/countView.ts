// POST /api/stories/:id/view — the page-view beacon: counts one view per client per window.
import { sql } from '@payloadcms/db-postgres'
import { headersWithCors } from 'payload'
import type { Endpoint, PayloadRequest } from 'payload'

import { clientFingerprint, looksLikeBot } from '@/lib/client'
import { publicError } from '@/lib/errors'
import { hitRateLimit } from '@/lib/rateLimit'
import { execute } from '@/lib/sql'

/** Repeat views from one client within this window count once. */
export const VIEW_WINDOW_MS = 30 * 60 * 1000

const json = (req: PayloadRequest, body: unknown, status = 200): Response =>
  Response.json(body, { status, headers: headersWithCors({ headers: new Headers({ 'cache-control': 'no-store' }), req }) })

export const countView: Endpoint = {
  path: '/:id/view',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    if (!/^\d{1,12}$/.test(id)) throw publicError('新闻编号格式不正确。', 400, { field: 'id' })
    const storyId = Number(id)
    const counted = !looksLikeBot(req) && (await hitRateLimit(req.payload, `view:${storyId}:${clientFingerprint(req)}`, VIEW_WINDOW_MS)) === 1
    const rows = counted
      ? await execute<{ view_count: number }>(
          req.payload,
          sql`UPDATE stories SET view_count = COALESCE(view_count, 0) + 1 WHERE id = ${storyId} AND _status = 'published' RETURNING view_count`,
        )
      : await execute<{ view_count: number }>(
          req.payload,
          sql`SELECT view_count FROM stories WHERE id = ${storyId} AND _status = 'published'`,
        )
    const row = rows[0]
    if (!row) throw publicError('没有找到这篇新闻。', 404)
    return json(req, { views: Number(row.view_count ?? 0), counted })
  },
}
