/**
 * The site worker's `status.json` as tests read it, and a wait on it that ends as soon as the worker
 * fails, with the worker's error: a wait that watched only for success hung until the test's own
 * timeout, giving no reason.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { WorkerStatus } from '../../site/src/worker/status'

export type SiteStatus = Partial<WorkerStatus>

/** Where a stack's data folder keeps the worker's status. */
export const statusFileOf = (dataDir: string): string => path.join(dataDir, 'site', 'status.json')

/** The status, or null while there is none (the worker starting). */
export const readSiteStatus = (file: string): Promise<SiteStatus | null> =>
  readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as SiteStatus,
    () => null,
  )

/** Whether the worker failed an attempt that began after `since`: a failure of now, not one from before the wait. */
export const failedSince = (status: SiteStatus | null, since: number): boolean =>
  status?.state === 'failing' && Date.parse(status.failedAttemptAt ?? '') >= since

export type WaitOptions = { timeoutMs?: number; what?: string; output?: () => string }

/**
 * Polls the status every 100 ms until `done` holds, and returns it. Throws at once when the worker
 * fails an attempt begun after `since`, with its lastError; throws after `timeoutMs` naming its
 * state and last error. `output`: the stack's output, added to either message.
 */
export const waitForSiteStatus = async (
  file: string,
  since: number,
  done: (status: SiteStatus) => boolean,
  { timeoutMs = 120_000, what = 'the site worker to catch up', output = () => '' }: WaitOptions = {},
): Promise<SiteStatus> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const status = await readSiteStatus(file)
    if (status && done(status)) return status
    if (failedSince(status, since)) throw new Error(`the site worker failed while waiting for ${what}: ${status?.lastError}\n${output().slice(-3000)}`)
    if (Date.now() >= deadline) {
      const state = status ? `${status.state}${status.lastError ? `, last error: ${status.lastError}` : ''}` : 'no status'
      throw new Error(`waited ${timeoutMs / 1000} s for ${what} (the worker: ${state})\n${output().slice(-3000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Whether the worker found its queue empty after `since`: every change made before then is live. */
export const checkedEmptySince =
  (since: number) =>
  (status: SiteStatus): boolean =>
    Boolean(status.checkedEmptyAt && Date.parse(status.checkedEmptyAt) > since)
