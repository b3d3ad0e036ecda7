import type { CollectionAfterChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { recordAudit, recordOverride } from '@/collections/AuditLog/record'
import type { AuditEntry } from '@/collections/AuditLog/record'

/**
 * What the review hooks need to know about a save that Payload does not hand to a beforeChange
 * hook: whether the save only writes a draft version (the live row stays as it is) or writes the
 * live row, and whether it is a scheduled job's run; and the 操作日志 entry a save decided on,
 * written once the save has succeeded.
 */

const draftSaveKey = (slug: string) => `review:draftSave:${slug}`

/**
 * Remembers the `draft` argument of an update or version restore. A beforeChange hook sees the
 * same `_status: 'draft'` for a draft save (the live row untouched) and for an unpublish (the live
 * row written as a draft); only the operation's `draft` argument tells them apart
 * (payload/dist/collections/operations/utilities/update.js, `isSavingDraft`; restoreVersion.js
 * writes the live row unless `draft`). The hook runs right before the operation's own hooks, so
 * a later operation on the same request sets its own value first.
 */
export const rememberDraftSave: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'update' || operation === 'restoreVersion') {
    const { draft, autosave } = args as { draft?: boolean; autosave?: boolean }
    req.context[draftSaveKey(collection.slug)] = Boolean(draft || autosave)
  }
}

/** True when this save writes only a draft version and leaves the live row as it is. */
export const isDraftSave = (req: PayloadRequest, slug: string, status: unknown): boolean => req.context[draftSaveKey(slug)] === true && status !== 'published'

/**
 * Whether a save is Payload's scheduled publish / unpublish running for the user who scheduled
 * it: that task calls the Local API as the user (payload/dist/versions/schedule/job.js), without
 * any mark of its own, while the job runner has its row marked `processing` (claimed and committed
 * before the task runs, payload/dist/queues/operations/runJobs). Only the wording of the history
 * depends on it; what the user may do is checked the same way as for any save.
 */
export const isScheduledRun = async (req: PayloadRequest, slug: string, id: unknown): Promise<boolean> => {
  if (req.payloadAPI !== 'local' || id === undefined) return false
  const { totalDocs } = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { processing: { equals: true } },
        { 'input.doc.relationTo': { equals: slug } },
        { 'input.doc.value': { equals: String(id) } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** The entry, and the reason given for publishing despite proofreading errors (a row of its own). */
type PendingAudit = Omit<AuditEntry, 'collection' | 'docId'> & { overrideReason?: string }

/**
 * A value one step of a save notes for a document in `req.context` and a later one takes, once
 * (keyed by collection and id, so each document of a bulk save has its own).
 */
export const perDocumentNote = <T>(name: string) => {
  const key = (slug: string, id: unknown) => `review:${name}:${slug}:${String(id ?? 'new')}`
  return {
    remember: (req: PayloadRequest, slug: string, id: unknown, value: T): void => {
      req.context[key(slug, id)] = value
    },
    take: (req: PayloadRequest, slug: string, id: unknown): T | undefined => {
      const value = req.context[key(slug, id)] as T | undefined
      delete req.context[key(slug, id)]
      return value
    },
  }
}

const pendingAudit = perDocumentNote<PendingAudit>('audit')

/** Notes the 操作日志 entry for this save; written by `recordStateChange` once the save succeeded. */
export const rememberAudit = pendingAudit.remember

/** Takes the entry noted for this document, once. */
export const takeAudit = pendingAudit.take

/**
 * Writes the publish or unpublish a save decided on to the 操作日志, after the save (a save that
 * fails later, a validation error say, leaves no row: in a bulk update, documents share one
 * transaction and a failed one is not rolled back on its own).
 */
export const recordStateChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  const entry = takeAudit(req, collection.slug, operation === 'create' ? undefined : doc.id)
  if (!entry) return doc
  const { overrideReason, ...audit } = entry
  const title = audit.title ?? doc[collection.admin?.useAsTitle ?? 'id']
  await recordAudit(req, { ...audit, collection: collection.slug, docId: doc.id, title })
  if (overrideReason) await recordOverride(req, { collection: collection.slug, id: doc.id, title, reason: overrideReason })
  return doc
}
