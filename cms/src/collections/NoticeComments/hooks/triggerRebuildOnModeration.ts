import type { CollectionAfterChangeHook } from 'payload'

import type { NoticeComment } from '@fengcai/shared/payload-types'

import { recordSiteChange } from '@/hooks/triggerSiteRebuild'

/** An approved comment appears on the static notice page, so approving (or withdrawing) rebuilds it. */
export const triggerRebuildOnModeration: CollectionAfterChangeHook<NoticeComment> = async ({ collection, doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.kind !== 'comment') return doc
  const wasPublic = previousDoc?.status === 'approved'
  const isPublic = doc.status === 'approved'
  const publicTextChanged = isPublic && previousDoc?.publicReply !== doc.publicReply
  if (wasPublic !== isPublic || publicTextChanged) {
    const notice = typeof doc.notice === 'object' ? doc.notice.id : doc.notice
    await recordSiteChange(req, { collection: collection.slug, id: notice, reason: `notice-comments ${doc.id} moderated` })
  }
  return doc
}
