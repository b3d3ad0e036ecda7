// GET /api/<collection>/:id/proofread — 校对: what the draft's text and page furniture get wrong.
import { headersWithCors } from 'payload'
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { nullIfNotFound, publicError } from '@/lib/errors'
import { proofreadDocument } from '@/lib/proofread/proofreadDocument'

/**
 * The findings of the newest draft of one document, for staff who may read that draft (the
 * collection's own read access, through the Local API). Answers `{ findings, pendingLinks }`:
 * each finding with its kind and Chinese label, severity, text, suggestion, `where` (see
 * FindingWhere in shared/src/proofread/document.ts) and context; `pendingLinks` counts external
 * links still being checked, which a later request reports. Never cached: the draft changes.
 */
export const proofreadEndpoint = (collection: CollectionSlug): Endpoint => ({
  path: '/:id/proofread',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) throw publicError('请先登录后台。', 401)
    const id = String(req.routeParams?.id ?? '')
    if (!/^\d{1,12}$/.test(id)) throw publicError('编号格式不正确。', 400, { field: 'id' })
    const doc = await req.payload
      .findByID({ collection, id: Number(id), draft: true, depth: 0, overrideAccess: false, user: req.user, req })
      .catch(nullIfNotFound)
    if (!doc) throw publicError('找不到这篇稿件，或您无权查看。', 404)
    const result = await proofreadDocument(req.payload, collection, doc)
    return Response.json(result, { status: 200, headers: headersWithCors({ headers: new Headers({ 'cache-control': 'no-store' }), req }) })
  },
})
