import type { Payload } from 'payload'

import { requireEnv } from '@/lib/env'
import { closeWithPayload } from '@/upstream/payload'

import { listenForChanges } from './listener'
import { coalesce, nudgeSiteWorker, siteWorkerTarget } from './nudge'

export { SITE_CHANGES_CHANNEL, LISTENER_APPLICATION_NAME } from './listener'

/**
 * Nudges the site worker (SITE_REBUILD_URL) as each change in the publishing queue commits,
 * told by PostgreSQL's NOTIFY on one listening connection per CMS process; closed with Payload.
 * The nudge is only a shortcut: the worker polls the queue too, so a nudge lost (the worker
 * restarting, this connection down) delays a change by seconds and loses nothing.
 */
export const nudgeSiteWorkerOnCommit = async (payload: Payload): Promise<void> => {
  const target = siteWorkerTarget()
  if (!target) return
  const nudge = coalesce((reason) => nudgeSiteWorker(payload.logger, target, reason))
  const listener = await listenForChanges({
    connectionString: requireEnv('DATABASE_URL'),
    onChange: nudge,
    onReconnect: () => nudge('site change listener reconnected'),
    warn: (message) => payload.logger.warn(message),
  })
  closeWithPayload(payload, listener.close)
}
