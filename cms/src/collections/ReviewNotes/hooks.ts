import type { CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

import { publicError } from '@/lib/errors'
import { staffName } from '@/lib/staff'

import { draftsReadBy } from './access'

/**
 * A note's author, name and time are the server's: whatever a client sends for them is replaced
 * by the signed-in user and now. The note must be on a document that exists, in a collection
 * whose drafts the user reads.
 */
export const stampNote: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'create') {
    return {
      ...data,
      author: originalDoc?.author,
      authorName: originalDoc?.authorName,
      targetCollection: originalDoc?.targetCollection,
      targetId: originalDoc?.targetId,
    }
  }
  const user = req.user
  if (!user) throw publicError('请先登录后台。', 401)
  const slug = String(data.targetCollection ?? '')
  if (!draftsReadBy(user).includes(slug)) throw publicError('您不能在这类稿件上写批注。', 403, { field: 'targetCollection' })
  const target = await req.payload.findByID({
    collection: slug as 'stories',
    id: Number(data.targetId),
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
    select: { id: true } as never,
  })
  if (!target) throw publicError('找不到要批注的稿件。', 404, { field: 'targetId' })
  return { ...data, author: user.id, authorName: staffName(user), createdAt: new Date().toISOString() }
}

/** A document's notes go with it: a note on nothing is of no use to anyone. */
export const deleteNotesOf: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await req.payload.delete({
    collection: collectionSlugs.reviewNotes,
    where: { and: [{ targetCollection: { equals: collection.slug } }, { targetId: { equals: Number(id) } }] },
    overrideAccess: true,
    req,
  })
}
