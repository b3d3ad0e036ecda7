import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * Whether the live (main) row of a document is published, i.e. the public sees it. With drafts,
 * a draft save leaves the main row as it was and only writes a version.
 */
export const isLive = async (req: PayloadRequest, collection: string, id: unknown): Promise<boolean> => {
  const row = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    req,
  })
  return row?._status === 'published'
}
