import { sql } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj } from 'payload'

import { wrapPostgresAdapter } from '@/upstream/payload'

/**
 * Advisory-lock keys of this application (PostgreSQL's advisory locks are per database; the
 * numbers only need to differ from each other).
 */
export const LOCKS = {
  /** Held for a whole migration run: instances that start together migrate one after another. */
  migrations: 4_711_001,
  /** Held while one job runner claims its batch of due jobs. */
  jobClaim: 4_711_002,
} as const

/**
 * Makes Payload's PostgreSQL adapter safe for several CMS instances on one database, where
 * Payload 3.90 is not:
 * - `migrate` (every path: `payload migrate`, our scripts, and the production start-up's
 *   `prodMigrations`) runs under a session-level advisory lock, so two instances started at
 *   the same moment migrate once: the second waits, then finds nothing pending.
 * - The job runner claims due jobs by reading them and then marking them `processing` in two
 *   statements; two instances whose minute-cron fires together both claim the same jobs and
 *   a scheduled publish happens twice (two versions, two site updates). The claim now takes a
 *   transaction-level advisory lock first, so the second runner's read starts after the first
 *   one's claim has committed and sees those jobs as taken.
 */
export const forSeveralInstances = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj =>
  wrapPostgresAdapter(adapterObj, {
    aroundMigrate: async (run, pool) => {
      // A dedicated connection: the lock belongs to the session that took it.
      const client = await pool.connect()
      try {
        await client.query('SELECT pg_advisory_lock($1)', [LOCKS.migrations])
        await run()
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [LOCKS.migrations]).catch(() => undefined)
        client.release()
      }
    },
    // Released when the claim's transaction commits (Payload commits it right after).
    beforeJobClaim: async (execute) => {
      await execute(sql`SELECT pg_advisory_xact_lock(${LOCKS.jobClaim})`)
    },
  })
