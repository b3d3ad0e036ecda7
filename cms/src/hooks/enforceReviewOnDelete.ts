import type { CollectionAfterDeleteHook, CollectionBeforeDeleteHook, CollectionSlug, PayloadRequest } from 'payload'

import { stateChangeRefusal } from '@fengcai/shared'

import { recordAudit } from '@/collections/AuditLog/record'
import { publicError } from '@/lib/errors'

import { rememberAudit, takeAudit } from './stateChangeContext'

type Deleted = {
  _status?: string
  title?: string
  changeRequest?: string | null
  changeRequestReason?: string | null
  reviewLog?: { action?: string }[] | null
}

/** The document as staff last saw it: its newest version, draft or not. */
const newest = (req: PayloadRequest, slug: string, id: number | string) =>
  req.payload.findByID({ collection: slug as CollectionSlug, id, draft: true, depth: 0, overrideAccess: true, req }) as Promise<Deleted>

/**
 * Whether the public has seen the document: it is live, its history records a publish, or one of
 * its kept versions is a published one (older versions are pruned, the history is not).
 */
const everPublished = async (req: PayloadRequest, slug: string, id: number | string, doc: Deleted): Promise<boolean> => {
  const live = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
    collection: slug as CollectionSlug,
    where: { id: { equals: id } },
    req,
  })
  if (live?._status === 'published' || doc.reviewLog?.some((step) => step.action === 'published')) return true
  const { totalDocs } = await req.payload.countVersions({
    collection: slug as CollectionSlug,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * Deleting what the public has seen (a published document, or one that was published) is a
 * reviewer's or an administrator's step: a writer asks for it (申请删除) instead. A draft that
 * was never published stays the writer's to delete. Each delete is noted for the 操作日志 with the
 * note a reviewer gave (`?note=` on the REST request: a DELETE has no body) or the reason of the
 * request it carries out.
 */
export const enforceReviewOnDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const doc = await newest(req, collection.slug, id)
  if (req.user && (await everPublished(req, collection.slug, id, doc))) {
    const refusal = stateChangeRefusal(req.user, 'delete')
    if (refusal) throw publicError(refusal, 403)
  }
  const given = typeof req.query?.note === 'string' ? req.query.note.trim().slice(0, 1000) : ''
  const requested = doc.changeRequest === 'delete' ? `按申请删除：${doc.changeRequestReason ?? ''}` : null
  rememberAudit(req, collection.slug, id, { action: 'deleted', title: doc.title, note: given || requested })
}

/** Writes the delete to the 操作日志, after it has happened. */
export const recordDelete: CollectionAfterDeleteHook = async ({ collection, id, doc, req }) => {
  const entry = takeAudit(req, collection.slug, id)
  if (entry) await recordAudit(req, { ...entry, collection: collection.slug, docId: id })
  return doc
}
