import type { Payload } from 'payload'

import { poolOf } from '@/upstream/payload'

/**
 * node-postgres emits 'error' on the pool when an idle connection dies (the database restarts,
 * a failover, a network cut). Without a listener Node treats that as an uncaught error and the
 * whole CMS exits; with one it logs, drops the connection and answers the next request afresh.
 */
export const keepPoolErrorsFromCrashing = (payload: Payload): void => {
  const pool = poolOf(payload)
  pool?.on('error', (error) => payload.logger.error({ err: error, msg: 'an idle PostgreSQL connection failed; it will be replaced' }))
}
