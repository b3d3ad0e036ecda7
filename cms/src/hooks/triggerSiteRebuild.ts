import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  Payload,
  PayloadRequest,
} from 'payload'

import { collectionSlugs } from '@fengcai/shared'

import { isLive } from '@/lib/isLive'

/**
 * Records a change the public site must show — a publish, an edit of a published document, an
 * unpublish, a delete of a published document, any change of taxonomy or media, a moderated
 * comment — in the publishing queue (`site-changes`), inside the same transaction as the change,
 * and nudges the site worker (SITE_REBUILD_URL) to publish it once that transaction has committed.
 * Draft saves and autosaves record nothing. The nudge is only a shortcut: the worker also polls
 * the queue, so a nudge lost (the worker restarting, say) delays a change by seconds and loses
 * nothing.
 */
export const recordSiteChange = async (
  req: PayloadRequest,
  change: { collection: string; id: unknown; reason: string },
): Promise<void> => {
  if (req.context?.seed || req.context?.skipRebuild) return
  const queued = await req.payload.create({
    collection: collectionSlugs.siteChanges,
    data: { collection: change.collection, docId: String(change.id), reason: change.reason, attempts: 0 },
    overrideAccess: true,
    req,
  })
  void nudgeWhenCommitted(req.payload, queued.id, change.reason)
}

/** How long a change's transaction may take to commit before its nudge is left to the worker's polling. */
const COMMIT_WAIT_MS = 10_000

/**
 * A hook cannot tell when its transaction commits, and a nudge that comes before it finds the
 * queue empty: the change then waits for the worker's next poll (2 s; measured as the 2 s between
 * p50 and p95 of approving a comment at 10,000 stories, with a nudge sent 50 ms after the hook).
 * So the nudge waits until the queued row is visible outside the transaction — read without the
 * request, on a connection of its own — checking at 25 ms, then less often; a change rolled back
 * never shows, and no nudge goes.
 */
const nudgeWhenCommitted = async (payload: Payload, id: number | string, reason: string): Promise<void> => {
  const url = process.env.SITE_REBUILD_URL
  if (!url) return
  const deadline = Date.now() + COMMIT_WAIT_MS
  for (let pause = 25; Date.now() < deadline; pause = Math.min(pause * 2, 500)) {
    await new Promise((resolve) => setTimeout(resolve, pause).unref())
    try {
      const { totalDocs } = await payload.count({ collection: collectionSlugs.siteChanges, where: { id: { equals: id } }, overrideAccess: true })
      if (totalDocs) return await nudgeSiteWorker(payload, url, reason)
    } catch (error) {
      payload.logger.warn(`site worker nudge (${reason}) not sent (${String(error)}); it will find the change when it next polls`)
      return
    }
  }
}

const nudgeSiteWorker = async (payload: Payload, url: string, reason: string): Promise<void> => {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rebuild-secret': process.env.SITE_REBUILD_SECRET ?? '' },
      body: JSON.stringify({ reason }),
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok) payload.logger.warn(`site worker nudge (${reason}) answered HTTP ${response.status}; it will find the change when it next polls`)
  } catch (error) {
    payload.logger.warn(`site worker nudge (${reason}) failed (${String(error)}); it will find the change when it next polls`)
  }
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

/** The hooks every public collection adds. */
export const rebuildHooks = ({ drafts }: { drafts: boolean }) => ({
  beforeChange: drafts ? [rememberPublishedState] : [],
  afterChange: [drafts ? triggerRebuildOnPublish : triggerRebuildOnChange],
  afterDelete: [triggerRebuildOnDelete],
})
