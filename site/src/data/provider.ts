/**
 * Where the pages' data comes from when it does not come from the CMS: the site worker provides
 * its own snapshot (kept current change by change, under a generation number that grows with
 * every change, and the time it renders at), and a cold build may have fetched the snapshot
 * while Vite compiled (src/integrations/prefetch). Both cross from the worker or the build's
 * integrations to the pages' bundle through the one channel of src/upstream/astro/channel.
 */
import { sharedSlot } from '../upstream/astro/channel'

import type { Snapshot } from './raw'

export type ProvidedSnapshot = { generation: number; snapshot: Snapshot; now: Date }
export type SnapshotProvider = () => ProvidedSnapshot

const provider = sharedSlot<SnapshotProvider>('snapshot')
const prefetched = sharedSlot<Promise<Snapshot>>('prefetch')
const modelMs = sharedSlot<number>('site-model-ms')

/** Sets (or, with undefined, removes) the provider the pages read their snapshot from. */
export const provideSnapshot = (next: SnapshotProvider | undefined): void => provider.set(next)

/** The provider set by the site worker, if any. */
export const snapshotProvider = (): SnapshotProvider | undefined => provider.get()

/** Keeps a snapshot being fetched for the pages to take up. */
export const holdPrefetchedSnapshot = (snapshot: Promise<Snapshot>): void => prefetched.set(snapshot)

/** The snapshot fetched ahead, once: the next build fetches its own. */
export const takePrefetchedSnapshot = (): Promise<Snapshot> | undefined => {
  const snapshot = prefetched.get()
  prefetched.set(undefined)
  return snapshot
}

/** Records how long the pages' bundle took to work out the site model of a provided snapshot. */
export const recordSiteModelMs = (ms: number): void => modelMs.set(ms)

/** Milliseconds the last provided snapshot's site model took (0 before any). */
export const siteModelMs = (): number => modelMs.get() ?? 0
