import type { Payload } from 'payload'

/** Where and how to nudge the site worker; none without SITE_REBUILD_URL (the worker then polls). */
export const siteWorkerTarget = (): { url: string; secret: string } | null => {
  const url = process.env.SITE_REBUILD_URL
  return url ? { url, secret: process.env.SITE_REBUILD_SECRET ?? '' } : null
}

/** One nudge (`POST`, with the shared secret); a failure is logged, never thrown: the worker also polls. */
export const nudgeSiteWorker = async (logger: Payload['logger'], target: { url: string; secret: string }, reason: string): Promise<void> => {
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rebuild-secret': target.secret },
      body: JSON.stringify({ reason }),
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok) logger.warn(`site worker nudge (${reason}) answered HTTP ${response.status}; it will find the change when it next polls`)
  } catch (error) {
    logger.warn(`site worker nudge (${reason}) failed (${String(error)}); it will find the change when it next polls`)
  }
}

/**
 * Coalesces a burst: at most one `send` in flight and one more queued. A nudge asks the worker to
 * read the whole queue, so the queued one stands for every reason that came meanwhile (it carries
 * the latest, with how many more).
 */
export const coalesce = (send: (reason: string) => Promise<void>): ((reason: string) => void) => {
  let inFlight = false
  let queued: { reason: string; more: number } | null = null
  const run = (reason: string): void => {
    inFlight = true
    void send(reason).finally(() => {
      inFlight = false
      const next = queued
      queued = null
      if (next) run(next.more ? `${next.reason} (+${next.more} more)` : next.reason)
    })
  }
  return (reason) => {
    if (!inFlight) return run(reason)
    queued = { reason, more: queued ? queued.more + 1 : 0 }
  }
}
