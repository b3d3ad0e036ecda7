/**
 * Everything the site is built from, as the CMS's public API gives it: every published document
 * of every collection in the registry (./collections) at depth 0 (relations are ids, resolved in
 * ./context) with the fields the site's schemas read (selectOf), every media item, and the
 * approved comments of each notice. A snapshot depends on nothing but the documents in it, so it
 * can be kept up to date one document at a time.
 */
import { readFile } from 'node:fs/promises'

import type { z } from 'zod'

import { collectionSlugs, globalSlugs } from '@fengcai/shared'

import { findAllByIdRanges, getJson } from './client'
import type { Query } from './client'
import { collections, entryOfList } from './collections'
import type { CollectionEntry } from './collections'
import { holdPrefetchedSnapshot, snapshotProvider, takePrefetchedSnapshot } from './provider'
import type { ListKey, RawDoc, Snapshot } from './raw'
import { renderSelfContained } from './rendered-text'
import { shareRichTextStrings } from './shared-strings'

export type { RawDoc, Snapshot } from './raw'

const published = { 'where[_status][equals]': 'published' }

/**
 * Asks the CMS for exactly the fields a collection's schema reads (each top-level field whole),
 * so the snapshot carries nothing the site never shows (timestamps, search and review fields) and
 * a field added to a schema is fetched without anything else to change. The id always comes.
 */
export const selectOf = (schema: z.ZodObject): Record<string, string> =>
  Object.fromEntries(
    Object.keys(schema.shape)
      .filter((field) => field !== 'id')
      .map((field) => [`select[${field}]`, 'true']),
  )

/** The query that fetches a registry entry's documents (without depth and paging). */
export const queryOf = (entry: CollectionEntry): Query => ({
  ...(entry.published ? published : {}),
  sort: entry.sort,
  ...selectOf(entry.schema),
  ...Object.fromEntries((entry.alsoSelect ?? []).map((field) => [`select[${field}]`, 'true'])),
})

export type SnapshotQueries = Record<ListKey, { collection: string; query: Query }>

/** What each collection's snapshot holds, in the order it is listed in on the site. */
export const snapshotQueries: SnapshotQueries = Object.fromEntries(
  collections.map((entry) => [entry.key, { collection: entry.slug, query: queryOf(entry) }]),
) as SnapshotQueries

/**
 * A collection's documents as a snapshot keeps them: rich text that reads no other document as its
 * HTML (./rendered-text), the rest with its repeated strings shared (./shared-strings). In place.
 */
export const keptForm = (entry: CollectionEntry | undefined, docs: RawDoc[]): RawDoc[] => shareRichTextStrings(renderSelfContained(docs, entry?.rendered ?? []))

/** The approved comments of one notice, as the CMS publishes them (masked names, no objections). */
export const fetchComments = (noticeId: string): Promise<unknown> => getJson(`${collectionSlugs.noticeComments}/published`, { notice: noticeId })

/** The 站点设置 global as the public API gives it. */
export const fetchSettings = async (): Promise<Record<string, unknown>> =>
  (await getJson(`globals/${globalSlugs.siteSettings}`, { depth: 0 })) as Record<string, unknown>

/** The 首页版块 global as the public API gives it: the published arrangement, never an editor's draft. */
export const fetchHomepage = async (): Promise<Record<string, unknown>> =>
  (await getJson(`globals/${globalSlugs.homepage}`, { depth: 0 })) as Record<string, unknown>

/**
 * A snapshot straight from the CMS (the queries are the site's own but in a test). Each list comes
 * in ascending id, not in the collection's `sort`: every reader orders a list itself (../data/models,
 * ties broken by id), as it must for the site worker's store, which appends what changed.
 */
export const fetchSnapshot = async (queries: SnapshotQueries = snapshotQueries): Promise<Snapshot> => {
  const entries = await Promise.all(
    (Object.keys(queries) as ListKey[]).map(async (key) => {
      const { collection, query } = queries[key]
      return [key, keptForm(entryOfList(key), (await findAllByIdRanges(collection, { depth: 0, ...query })) as RawDoc[])] as const
    }),
  )
  const lists = Object.fromEntries(entries) as Record<ListKey, RawDoc[]>
  const comments = Object.fromEntries(
    await Promise.all(lists.notices.map(async (notice) => [String(notice.id), await fetchComments(String(notice.id))] as const)),
  )
  const [settings, homepage] = await Promise.all([fetchSettings(), fetchHomepage()])
  return { ...lists, comments, settings, homepage }
}

/**
 * The snapshot a build renders: the file SITE_SNAPSHOT names, or else the one fetched from the CMS
 * while the build compiled (./provider), or else a fresh one from the CMS (a cold full build).
 */
export const loadSnapshot = async (): Promise<Snapshot> => {
  const file = process.env.SITE_SNAPSHOT
  if (file) return JSON.parse(await readFile(file, 'utf8')) as Snapshot
  return takePrefetchedSnapshot() ?? fetchSnapshot()
}

/**
 * Starts fetching the snapshot a cold build will render, while Astro compiles the site (the CMS
 * answers on another core): ../integrations/prefetch. The pages' own module takes it up. Nothing
 * is fetched when the snapshot comes from a file (SITE_SNAPSHOT) or from the site worker.
 */
export const prefetchSnapshot = (): void => {
  if (process.env.SITE_SNAPSHOT || snapshotProvider()) return
  const started = performance.now()
  const prefetched = fetchSnapshot().then((snapshot) => {
    console.log(`[data] snapshot fetched from the CMS in ${Math.round(performance.now() - started)} ms, while the site compiled`)
    return snapshot
  })
  // Reported where the pages await it, not as an unhandled rejection before they do.
  prefetched.catch(() => undefined)
  holdPrefetchedSnapshot(prefetched)
}
