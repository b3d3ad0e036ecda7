import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj } from 'payload'

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

type Adapter = PostgresAdapter & {
  sessions: Record<string | number, { db: { execute: (query: ReturnType<typeof sql>) => Promise<unknown> } } | undefined>
}

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
export const forSeveralInstances = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as unknown as Adapter

    const migrate = adapter.migrate
    adapter.migrate = async function lockedMigrate(this: Adapter, options) {
      // A dedicated connection: the lock belongs to the session that took it.
      const client = await adapter.pool.connect()
      try {
        await client.query('SELECT pg_advisory_lock($1)', [LOCKS.migrations])
        return await migrate.call(this ?? adapter, options)
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [LOCKS.migrations]).catch(() => undefined)
        client.release()
      }
    }

    const updateJobs = adapter.updateJobs
    adapter.updateJobs = async function lockedUpdateJobs(this: Adapter, options) {
      const claiming = !options.id && (options.data as { processing?: unknown })?.processing === true
      const transactionID = claiming ? await options.req?.transactionID : undefined
      const session = transactionID !== undefined ? adapter.sessions[transactionID] : undefined
      // Released when the claim's transaction commits (Payload commits it right after).
      if (session) await session.db.execute(sql`SELECT pg_advisory_xact_lock(${LOCKS.jobClaim})`)
      return updateJobs.call(this ?? adapter, options)
    }

    return adapter as unknown as ReturnType<DatabaseAdapterObj['init']>
  },
})
