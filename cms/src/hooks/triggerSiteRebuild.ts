import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

import type { CollectionHooks } from '@/hooks/mergeHooks'
import { isLive } from '@/lib/isLive'
import { SITE_CHANGES_CHANNEL } from '@/lib/siteNudge'
import { executeIn } from '@/upstream/payload'

/**
 * Records a change the public site must show — a publish, an edit of a published document, an
 * unpublish, a delete of a published document, any change of taxonomy or media, a moderated
 * comment — in the publishing queue (`site-changes`), inside the same transaction as the change,
 * and announces it on that transaction with NOTIFY: PostgreSQL delivers the notification when the
 * transaction commits and drops it when it rolls back, and each CMS instance's listener then
 * nudges the site worker (lib/siteNudge). Draft saves and autosaves record nothing.
 */
export const recordSiteChange = async (req: PayloadRequest, change: { collection: string; id: unknown; reason: string }): Promise<void> => {
  if (req.context?.seed || req.context?.skipRebuild) return
  await req.payload.create({
    collection: collectionSlugs.siteChanges,
    data: { collection: change.collection, docId: String(change.id), reason: change.reason, attempts: 0 },
    overrideAccess: true,
    req,
  })
  await executeIn(req.payload, req, sql`SELECT pg_notify(${SITE_CHANGES_CHANNEL}, ${change.reason})`)
}

const wasPublishedKey = (slug: string, id: unknown) => `wasPublished:${slug}:${String(id)}`

/** Remembers whether the live (main) document was published before this change. */
export const rememberPublishedState: CollectionBeforeChangeHook = async ({ collection, operation, originalDoc, req, data }) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    req.context[wasPublishedKey(collection.slug, originalDoc.id)] = await isLive(req, collection.slug, originalDoc.id)
  }
  return data
}

/** For collections with drafts: rebuild on publish, on edits of published docs and on unpublish. */
export const triggerRebuildOnPublish: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (doc._status === 'published') {
    await recordSiteChange(req, { collection: collection.slug, id: doc.id, reason: `${collection.slug} ${doc.id} published` })
    return doc
  }
  // A draft result is either a draft save (the live document is untouched) or an unpublish.
  const wasPublished = req.context[wasPublishedKey(collection.slug, doc.id)] === true
  if (wasPublished && !(await isLive(req, collection.slug, doc.id))) {
    await recordSiteChange(req, { collection: collection.slug, id: doc.id, reason: `${collection.slug} ${doc.id} unpublished` })
  }
  return doc
}

/**
 * For collections without drafts (taxonomy, media): every change is public, a new document too.
 * A new upload shows nowhere yet, but the site worker must have it before published content
 * uses it: its snapshot holds every media item, and a cover whose id it did not know was
 * published without its picture (kept out of the queue once, until a full build).
 */
export const triggerRebuildOnChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await recordSiteChange(req, { collection: collection.slug, id: doc.id, reason: `${collection.slug} ${doc.id} changed` })
  return doc
}

export const triggerRebuildOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (!collection.versions?.drafts || doc._status === 'published') {
    await recordSiteChange(req, { collection: collection.slug, id: doc.id, reason: `${collection.slug} ${doc.id} deleted` })
  }
  return doc
}

/** The hooks every public collection adds (with `mergeHooks`, after its own). */
export const rebuildHooks = ({ drafts }: { drafts: boolean }): CollectionHooks => ({
  beforeChange: drafts ? [rememberPublishedState] : [],
  afterChange: [drafts ? triggerRebuildOnPublish : triggerRebuildOnChange],
  afterDelete: [triggerRebuildOnDelete],
})
