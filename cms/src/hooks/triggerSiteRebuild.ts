import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import { isLive } from '@/lib/isLive'

/**
 * Asks for a rebuild of the static site when what the public sees changes: a publish, an
 * edit of a published document, an unpublish, a delete of a published document, and any
 * change of taxonomy or media. Draft saves and autosaves trigger nothing.
 *
 * The request goes to SITE_REBUILD_URL (a deploy hook in production; the local builder under
 * `pnpm start`) with SITE_REBUILD_SECRET. It never fails the editor's save: errors are logged.
 */
export const requestSiteRebuild = async (req: PayloadRequest, reason: string): Promise<void> => {
  const url = process.env.SITE_REBUILD_URL
  if (!url || req.context?.seed || req.context?.skipRebuild) return
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rebuild-secret': process.env.SITE_REBUILD_SECRET ?? '' },
      body: JSON.stringify({ reason }),
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok) req.payload.logger.error(`site rebuild request (${reason}) answered HTTP ${response.status}`)
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `site rebuild request (${reason}) failed` })
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
    await requestSiteRebuild(req, `${collection.slug} ${doc.id} published`)
    return doc
  }
  // A draft result is either a draft save (the live document is untouched) or an unpublish.
  const wasPublished = req.context[wasPublishedKey(collection.slug, doc.id)] === true
  if (wasPublished && !(await isLive(req, collection.slug, doc.id))) {
    await requestSiteRebuild(req, `${collection.slug} ${doc.id} unpublished`)
  }
  return doc
}

/** For collections without drafts (taxonomy, media): every change is public. */
export const triggerRebuildOnChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  // A new upload is not shown anywhere until published content uses it.
  if (!(collection.upload && operation === 'create')) await requestSiteRebuild(req, `${collection.slug} ${doc.id} changed`)
  return doc
}

export const triggerRebuildOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (!collection.versions?.drafts || doc._status === 'published') {
    await requestSiteRebuild(req, `${collection.slug} ${doc.id} deleted`)
  }
  return doc
}

/** The hooks every public collection adds. */
export const rebuildHooks = ({ drafts }: { drafts: boolean }) => ({
  beforeChange: drafts ? [rememberPublishedState] : [],
  afterChange: [drafts ? triggerRebuildOnPublish : triggerRebuildOnChange],
  afterDelete: [triggerRebuildOnDelete],
})
