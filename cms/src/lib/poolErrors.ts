import type { Payload } from 'payload'

import { poolOf } from '@/upstream/payload'

/**
 * node-postgres emits 'error' on the pool when an idle connection dies (the database restarts,
 * a failover, a network cut), and on the connection itself when it dies while checked out (a
 * transaction under way: the pool takes its own listener off while a connection is lent). Without
 * a listener Node treats either as an uncaught error and the whole CMS exits; with one it logs,
 * the query under way fails with the error, the pool drops the connection and the next request
 * gets a fresh one.
 */
export const keepPoolErrorsFromCrashing = (payload: Payload): void => {
  const pool = poolOf(payload)
  if (!pool) return
  pool.on('error', (error) => payload.logger.error({ err: error, msg: 'an idle PostgreSQL connection failed; it will be replaced' }))
  pool.on('connect', (client) => {
    client.on('error', (error) =>
      payload.logger.error({ err: error, msg: 'a PostgreSQL connection in use failed; its query fails and the connection is replaced' }),
    )
  })
}
