import type { CollectionAfterChangeHook } from 'payload'

import { requestSiteRebuild } from '@/hooks/triggerSiteRebuild'

/** An approved comment appears on the static notice page, so approving (or withdrawing) rebuilds it. */
export const triggerRebuildOnModeration: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.kind !== 'comment') return doc
  const wasPublic = previousDoc?.status === 'approved'
  const isPublic = doc.status === 'approved'
  const publicTextChanged = isPublic && previousDoc?.publicReply !== doc.publicReply
  if (wasPublic !== isPublic || publicTextChanged) await requestSiteRebuild(req, `notice-comments ${doc.id} moderated`)
  return doc
}
