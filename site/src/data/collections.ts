/**
 * The one registry of the collections a snapshot holds: the snapshot list it fills, the CMS slug,
 * the schema whose fields are fetched, and the order the CMS lists it in. The snapshot (./snapshot),
 * the site worker's store (src/worker/snapshot-store) and its preview (src/worker/preview) all
 * read it, so a collection is added in one place.
 */
import type { z } from 'zod'

import { collectionSlugs } from '@fengcai/shared'

import { announcementSchema } from './announcements'
import { attachmentSchema } from './attachments'
import { gallerySchema } from './galleries'
import { honorRollSchema } from './honors'
import { mediaSchema } from './media'
import { noticeSchema } from './notices'
import type { ListKey } from './raw'
import { storySchema } from './stories'
import { organizationSchema, taxonomySchema } from './taxonomy'
import { topicSchema } from './topics'

export type CollectionEntry = {
  key: ListKey
  slug: string
  schema: z.ZodObject
  /** The CMS's `sort`: the order the site lists the collection in. */
  sort: string
  /** Only published documents (collections with drafts). */
  published: boolean
  /** Fields fetched beyond the schema's. */
  alsoSelect?: string[]
  /** Rich-text fields kept as their HTML where it reads no other document (./rendered-text). */
  rendered?: string[]
}

/** In the order the site lists them; the snapshot's keys come in this order. */
export const collections: readonly CollectionEntry[] = [
  { key: 'stories', slug: collectionSlugs.stories, schema: storySchema, sort: '-publishedAt', published: true, rendered: ['body'] },
  { key: 'honorRolls', slug: collectionSlugs.honorRolls, schema: honorRollSchema, sort: '-publishedAt', published: true },
  { key: 'notices', slug: collectionSlugs.notices, schema: noticeSchema, sort: '-opensAt', published: true },
  { key: 'galleries', slug: collectionSlugs.galleries, schema: gallerySchema, sort: '-date', published: true },
  { key: 'announcements', slug: collectionSlugs.announcements, schema: announcementSchema, sort: '-date', published: true },
  { key: 'topics', slug: collectionSlugs.topics, schema: topicSchema, sort: 'order', published: false },
  { key: 'columns', slug: collectionSlugs.columns, schema: taxonomySchema, sort: 'order', published: false },
  { key: 'districts', slug: collectionSlugs.districts, schema: taxonomySchema, sort: 'order', published: false },
  { key: 'organizations', slug: collectionSlugs.organizations, schema: organizationSchema, sort: 'name', published: false },
  // The CMS works a file's `url` out from its `filename`: without it the url comes back empty.
  { key: 'media', slug: collectionSlugs.media, schema: mediaSchema, sort: 'id', published: false, alsoSelect: ['filename'] },
  { key: 'attachments', slug: collectionSlugs.attachments, schema: attachmentSchema, sort: 'id', published: false, alsoSelect: ['filename'] },
]

const bySlug = new Map(collections.map((entry) => [entry.slug, entry]))

const byKey = new Map(collections.map((entry) => [entry.key, entry]))

/** The registry entry of a snapshot list. */
export const entryOfList = (key: ListKey): CollectionEntry | undefined => byKey.get(key)

/** The registry entry of a CMS collection, if a snapshot holds it. */
export const collectionOf = (slug: string): CollectionEntry | undefined => bySlug.get(slug)
