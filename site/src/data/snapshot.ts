/**
 * Everything the site is built from, as the CMS's public API gives it: every published document
 * of every collection at depth 0 (relations are ids, resolved in ./context) with the fields the
 * site's schemas read (selectOf), every media item,
 * and the approved comments of each notice. A snapshot depends on nothing but the documents in
 * it, so it can be kept up to date one document at a time.
 */
import { readFile } from 'node:fs/promises'

import type { z } from 'zod'

import { collectionSlugs, globalSlugs } from '@fengcai/shared'

import { findAll, getJson } from './client'
import type { Query } from './client'
import { gallerySchema } from './galleries'
import { honorRollSchema } from './honors'
import { mediaSchema } from './media'
import { noticeSchema } from './notices'
import { storySchema } from './stories'
import { organizationSchema, taxonomySchema } from './taxonomy'

export type RawDoc = Record<string, unknown> & { id: number | string }

export type Snapshot = {
  stories: RawDoc[]
  honorRolls: RawDoc[]
  notices: RawDoc[]
  galleries: RawDoc[]
  columns: RawDoc[]
  districts: RawDoc[]
  organizations: RawDoc[]
  media: RawDoc[]
  /** The `/api/notice-comments/published` answer of each notice, by notice id. */
  comments: Record<string, unknown>
  /** The 站点设置 global (footer, privacy statement, 不转换词表). */
  settings: Record<string, unknown>
}

const published = { 'where[_status][equals]': 'published' }

/**
 * Asks the CMS for exactly the fields a collection's schema reads (each top-level field whole),
 * so the snapshot carries nothing the site never shows (timestamps, search and review fields) and
 * a field added to a schema is fetched without anything else to change. The id always comes.
 */
export const selectOf = (schema: z.ZodObject): Record<string, string> =>
  Object.fromEntries(Object.keys(schema.shape).filter((field) => field !== 'id').map((field) => [`select[${field}]`, 'true']))

/** What each collection's snapshot holds, in the order it is listed in on the site. */
export const snapshotQueries = {
  stories: { collection: collectionSlugs.stories, query: { ...published, sort: '-publishedAt', ...selectOf(storySchema) } },
  honorRolls: { collection: collectionSlugs.honorRolls, query: { ...published, sort: '-publishedAt', ...selectOf(honorRollSchema) } },
  notices: { collection: collectionSlugs.notices, query: { ...published, sort: '-opensAt', ...selectOf(noticeSchema) } },
  galleries: { collection: collectionSlugs.galleries, query: { ...published, sort: '-date', ...selectOf(gallerySchema) } },
  columns: { collection: collectionSlugs.columns, query: { sort: 'order', ...selectOf(taxonomySchema) } },
  districts: { collection: collectionSlugs.districts, query: { sort: 'order', ...selectOf(taxonomySchema) } },
  organizations: { collection: collectionSlugs.organizations, query: { sort: 'name', ...selectOf(organizationSchema) } },
  // The CMS works a file's `url` out from its `filename`: without it the url comes back empty.
  media: { collection: collectionSlugs.media, query: { sort: 'id', ...selectOf(mediaSchema), 'select[filename]': 'true' } },
} as const

type Listed = keyof typeof snapshotQueries

/** The approved comments of one notice, as the CMS publishes them (masked names, no objections). */
export const fetchComments = (noticeId: string): Promise<unknown> =>
  getJson(`${collectionSlugs.noticeComments}/published`, { notice: noticeId })

/** The 站点设置 global as the public API gives it. */
export const fetchSettings = async (): Promise<Record<string, unknown>> =>
  (await getJson(`globals/${globalSlugs.siteSettings}`, { depth: 0 })) as Record<string, unknown>

export type SnapshotQueries = Record<Listed, { collection: string; query: Query }>

/** A snapshot straight from the CMS (the queries are the site's own but in a test). */
export const fetchSnapshot = async (queries: SnapshotQueries = snapshotQueries): Promise<Snapshot> => {
  const entries = await Promise.all(
    (Object.keys(queries) as Listed[]).map(async (key) => {
      const { collection, query } = queries[key]
      return [key, (await findAll(collection, { depth: 0, ...query })) as RawDoc[]] as const
    }),
  )
  const lists = Object.fromEntries(entries) as Record<Listed, RawDoc[]>
  const comments = Object.fromEntries(
    await Promise.all(lists.notices.map(async (notice) => [String(notice.id), await fetchComments(String(notice.id))] as const)),
  )
  return { ...lists, comments, settings: await fetchSettings() }
}

/**
 * What the site worker hands the build (src/worker): its own snapshot, kept current change by
 * change, under a generation number that grows with every change, and the time it renders at.
 */
export type ProvidedSnapshot = { generation: number; snapshot: Snapshot; now: Date }
export const SNAPSHOT_PROVIDER = Symbol.for('fengcai.site.snapshot-provider')

const SNAPSHOT_PREFETCH = Symbol.for('fengcai.site.snapshot-prefetch')

/**
 * Starts fetching the snapshot a cold build will render, while Astro compiles the site (the CMS
 * answers on another core): ../integrations/prefetch. The pages' own module takes it up. Nothing
 * is fetched when the snapshot comes from a file (SITE_SNAPSHOT) or from the site worker.
 */
export const prefetchSnapshot = (): void => {
  if (process.env.SITE_SNAPSHOT || (globalThis as Record<symbol, unknown>)[SNAPSHOT_PROVIDER]) return
  const prefetched = fetchSnapshot()
  // Reported where the pages await it, not as an unhandled rejection before they do.
  prefetched.catch(() => undefined)
  ;(globalThis as Record<symbol, unknown>)[SNAPSHOT_PREFETCH] = prefetched
}

/**
 * The snapshot a build renders: the file SITE_SNAPSHOT names, or else the one fetched from the CMS
 * while the build compiled, or else a fresh one from the CMS (a cold full build).
 */
export const loadSnapshot = async (): Promise<Snapshot> => {
  const file = process.env.SITE_SNAPSHOT
  if (file) return JSON.parse(await readFile(file, 'utf8')) as Snapshot
  const store = globalThis as Record<symbol, unknown>
  const prefetched = store[SNAPSHOT_PREFETCH] as Promise<Snapshot> | undefined
  if (prefetched) {
    delete store[SNAPSHOT_PREFETCH]
    return prefetched
  }
  return fetchSnapshot()
}
