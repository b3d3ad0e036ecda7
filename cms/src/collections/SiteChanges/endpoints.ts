// The site worker's side of the publishing queue, answered only to the holder of SITE_REBUILD_SECRET.
import { sql } from '@payloadcms/db-postgres'
import type { Endpoint, PayloadRequest } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

import { publicError } from '@/lib/errors'
import { readTextCapped } from '@/lib/readBody'
import { sameSecret } from '@/lib/secrets'
import { execute } from '@/upstream/payload'

const authorise = (req: PayloadRequest): void => {
  if (!sameSecret(req.headers.get('x-site-build') ?? '', process.env.SITE_REBUILD_SECRET)) throw publicError('仅供网站发布进程使用。', 401)
}

const MAX_IDS = 5_000

const readJsonBody = async (req: PayloadRequest): Promise<unknown> => {
  try {
    return JSON.parse(await readTextCapped(req, 256 * 1024))
  } catch (error) {
    if ((error as { status?: number }).status) throw error
    throw publicError('请求内容不是有效的 JSON。', 400)
  }
}

const idsOf = (body: unknown): number[] => {
  const ids = (body as { ids?: unknown } | null)?.ids
  if (!Array.isArray(ids) || ids.length > MAX_IDS || !ids.every((id) => Number.isSafeInteger(id) && id > 0)) {
    throw publicError(`ids 必须是不超过 ${MAX_IDS} 个正整数的数组。`, 400)
  }
  return ids as number[]
}

/** GET /api/site-changes/pending?limit=N — the oldest changes not yet published. */
export const pending: Endpoint = {
  path: '/pending',
  method: 'get',
  handler: async (req) => {
    authorise(req)
    const limit = Math.min(Math.max(Number(req.searchParams.get('limit')) || 1_000, 1), MAX_IDS)
    const result = await req.payload.find({
      collection: collectionSlugs.siteChanges,
      sort: 'id',
      limit,
      depth: 0,
      overrideAccess: true,
      select: { collection: true, docId: true, attempts: true, createdAt: true },
    })
    return Response.json({ docs: result.docs, totalDocs: result.totalDocs }, { headers: { 'cache-control': 'no-store' } })
  },
}

/** POST /api/site-changes/done {ids} — published: the rows go. */
export const finished: Endpoint = {
  path: '/done',
  method: 'post',
  handler: async (req) => {
    authorise(req)
    const ids = idsOf(await readJsonBody(req))
    if (ids.length) {
      await req.payload.delete({ collection: collectionSlugs.siteChanges, where: { id: { in: ids } }, overrideAccess: true, req })
    }
    return Response.json({ done: ids.length })
  },
}

/** POST /api/site-changes/failed {ids, error} — not published: the rows stay, with the error, and are retried. */
export const failed: Endpoint = {
  path: '/failed',
  method: 'post',
  handler: async (req) => {
    authorise(req)
    const body = await readJsonBody(req)
    const ids = idsOf(body)
    const error = String((body as { error?: unknown }).error ?? '未知错误').slice(0, 4_000)
    // One statement for the whole batch: the count goes up where it is, never read and written back.
    if (ids.length) {
      await execute(
        req.payload,
        sql`UPDATE site_changes SET attempts = coalesce(attempts, 0) + 1, last_error = ${error}, updated_at = now()
            WHERE id IN (${sql.join(
              ids.map((id) => sql`${id}`),
              sql`, `,
            )})`,
      )
    }
    return Response.json({ failed: ids.length })
  },
}
