/**
 * The worker's `status.json`: what it is doing, when it last found the queue empty, its last
 * publish and error, and the CDN mirror's state. Written whole (never half a file) on each change.
 */
import path from 'node:path'

import { writeAtomically } from '../integrations/write-atomically'
import type { MirrorStatus } from './cdn-mirror'

export type WorkerStatus = {
  pid: number
  state: 'starting' | 'idle' | 'publishing' | 'failing'
  startedAt: string
  readyAt?: string
  /** When the worker last found the queue empty: every change committed before then is live. */
  checkedEmptyAt?: string
  lastPublish?: { at: string; reasons: number; changed: number; deleted: number; rendered: number; ms: number }
  lastError?: string
  /** With `failing`: when the attempt that failed began; a wait begun before it takes the failure as current (tests/helpers/siteStatus.ts). */
  failedAttemptAt?: string
  /** Pages whose large search shard is still to be built again: 0 when the index is a full build's. */
  searchBacklog?: number
  /** The CDN bucket's mirror, when there is one. */
  mirror?: MirrorStatus
  /** The worker's memory after its last publish, in MB (process.memoryUsage): where it is held, for the scale bench. */
  memory?: { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number }
}

/** process.memoryUsage() in whole MB. */
export const memoryNow = (): NonNullable<WorkerStatus['memory']> => {
  const { rss, heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage()
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20)
  return { rss: mb(rss), heapTotal: mb(heapTotal), heapUsed: mb(heapUsed), external: mb(external), arrayBuffers: mb(arrayBuffers) }
}

/**
 * Merges an update into the worker's status and writes `status.json` under `buildsDir`, one write
 * after the other (a search compaction records its files beside a publish): the file ends as the
 * last update left it, not as whichever rename came last.
 */
export const statusWriter = (buildsDir: string): ((update: Partial<WorkerStatus>) => Promise<void>) => {
  const status: WorkerStatus = { pid: process.pid, state: 'starting', startedAt: new Date().toISOString() }
  let writing: Promise<void> = Promise.resolve()
  return (update) => {
    Object.assign(status, update)
    const write = () => writeAtomically(path.join(buildsDir, 'status.json'), `${JSON.stringify(status, null, 2)}\n`)
    writing = writing.then(write, write)
    return writing
  }
}
