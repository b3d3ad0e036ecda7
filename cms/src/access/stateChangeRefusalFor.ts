import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { stateChangeRefusal } from '@fengcai/shared'
import type { StateChange } from '@fengcai/shared'

import { enforceReview } from '@/hooks/enforceReview'
import { chainPublishRefusal } from '@/hooks/reviewChainContext'

/**
 * Why the user of this request may not carry out `change` on the document themselves, or null
 * when they may: the collection's own access rule (update, or delete for a delete) for this
 * document, and for collections under review (their hooks include enforceReview) the review rule,
 * with the review chain's for a publish (unless `chain: false`: taking back a scheduled publish
 * needs the right to publish, not a document ready for it).
 * For the paths that act later or through Payload's own helpers (the scheduled publish server
 * function), so they allow exactly what the REST API would.
 */
export const stateChangeRefusalFor = async (
  req: PayloadRequest,
  slug: string,
  id: number | string,
  change: StateChange,
  { chain = true }: { chain?: boolean } = {},
): Promise<string | null> => {
  const user = req.user
  if (!user) return '请先登录。'
  const config = req.payload.collections[slug as CollectionSlug]?.config
  if (!config) return '没有这种内容。'
  const access = change === 'delete' ? config.access.delete : config.access.update
  const allowed = await access({ req, id: id as number, data: { _status: change === 'publish' ? 'published' : 'draft' } })
  if (allowed === false) return '您没有权限更改这篇内容。'
  if (typeof allowed === 'object') {
    const where: Where = { and: [{ id: { equals: id } }, allowed] }
    const { totalDocs } = await req.payload.count({ collection: config.slug, where, overrideAccess: true, req })
    if (totalDocs === 0) return '您没有权限更改这篇内容。'
  }
  if (!config.hooks.beforeChange?.includes(enforceReview)) return null
  const refusal = stateChangeRefusal(user, change)
  return refusal ?? (change === 'publish' && chain ? chainPublishRefusal(req, slug, id) : null)
}
