/**
 * The site worker's copy of the published content: a snapshot (../data/snapshot) fetched whole
 * once, then kept current one changed document at a time, as the publishing queue names them.
 */
import { collectionSlugs, globalSlugs } from '@fengcai/shared'

import { findAll } from '../data/client'
import { collectionOf } from '../data/collections'
import type { RawDoc, Snapshot } from '../data/raw'
import { fetchComments, fetchHomepage, fetchSettings, fetchSnapshot, keptForm, queryOf } from '../data/snapshot'

export type Change = { collection: string; docId: string }

export class SnapshotStore {
  snapshot: Snapshot | null = null

  async load(): Promise<Snapshot> {
    this.snapshot = await fetchSnapshot()
    return this.snapshot
  }

  /**
   * Fetches again every document the changes name, as the public API shows it now: a published
   * document replaces its old copy, one that is no longer published (or deleted) goes. A notice's
   * approved comments are fetched again when the notice or its comments changed.
   */
  async apply(changes: Change[]): Promise<void> {
    const snapshot = this.snapshot
    if (!snapshot) throw new Error('snapshot not loaded')
    const byCollection = new Map<string, Set<string>>()
    for (const change of changes) {
      if (!byCollection.has(change.collection)) byCollection.set(change.collection, new Set())
      byCollection.get(change.collection)?.add(change.docId)
    }
    const noticesToRefresh = new Set(byCollection.get(collectionSlugs.noticeComments) ?? [])
    if (byCollection.has(globalSlugs.siteSettings)) snapshot.settings = await fetchSettings()
    if (byCollection.has(globalSlugs.homepage)) snapshot.homepage = await fetchHomepage()
    for (const [collection, ids] of byCollection) {
      const entry = collectionOf(collection)
      if (!entry) continue
      const { key } = entry
      const query = queryOf(entry)
      const wanted = [...ids].filter((id) => /^\d+$/.test(id))
      const fresh = new Map<string, RawDoc>()
      for (let start = 0; start < wanted.length; start += 200) {
        const chunk = wanted.slice(start, start + 200)
        const docs = keptForm(entry, (await findAll(collection, { depth: 0, ...query, 'where[id][in]': chunk.join(',') })) as RawDoc[])
        for (const doc of docs) fresh.set(String(doc.id), doc)
      }
      const kept = snapshot[key].filter((doc) => !ids.has(String(doc.id)))
      snapshot[key] = [...kept, ...fresh.values()]
      if (key === 'notices') for (const id of ids) noticesToRefresh.add(id)
    }
    const published = new Set(snapshot.notices.map((notice) => String(notice.id)))
    for (const id of noticesToRefresh) {
      if (published.has(id)) snapshot.comments[id] = await fetchComments(id)
      else delete snapshot.comments[id]
    }
  }
}
