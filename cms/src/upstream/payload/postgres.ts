/**
 * Payload's PostgreSQL adapter (@payloadcms/db-postgres and @payloadcms/drizzle 3.90.2) where we
 * use more than its documented surface. Every such use is here, with the upstream source it
 * relies on; `checkPostgresShape` (run at start-up by `checkPayloadUpstream`) says in words
 * which of them a Payload upgrade took away.
 *
 * Documented, used freely: `payload.db.drizzle` ("Access to Drizzle",
 * https://payloadcms.com/docs/database/postgres) and `sql` from @payloadcms/db-postgres.
 */
import type { PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import type { Pool } from 'pg'

export type Query = ReturnType<typeof sql>
export type Execute = (query: Query) => Promise<unknown>

/** `payload.db` is typed as the base adapter; ours is always the PostgreSQL one (payload.config.ts). */
export const postgres = (payload: Payload): PostgresAdapter => payload.db as unknown as PostgresAdapter

/** drizzle's node-postgres `execute` resolves to node-postgres's result, whose rows are `rows`. */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows

/** Runs one SQL statement (for what the Local API cannot say in one step) and returns its rows. */
export const execute = async <T>(payload: Payload, query: Query): Promise<T[]> => rowsOf<T>(await postgres(payload).drizzle.execute(query))

/**
 * SEAM `sessions`: the drizzle transaction of an open Payload transaction. Payload declares
 * `sessions` on every adapter with `db: unknown` (payload/src/database/types.ts:146-154);
 * @payloadcms/drizzle stores drizzle's transaction there under the id it returns
 * (drizzle/src/transactions/beginTransaction.ts:60), which is what `req.transactionID` holds
 * (a promise of it while the transaction is being opened).
 */
export const transactionExecute = (db: Payload['db'] | PostgresAdapter, transactionID: number | string): Execute | undefined => {
  const sessions = (db as { sessions?: Record<string, { db?: { execute?: Execute } } | undefined> }).sessions
  const session = sessions?.[String(transactionID)]
  const run = session?.db?.execute
  return typeof run === 'function' ? (query) => run.call(session?.db, query) : undefined
}

/** The id of `req`'s open transaction, if it has one. */
export const openTransactionOf = async (req: PayloadRequest | undefined): Promise<number | string | undefined> => {
  const id = req?.transactionID === undefined ? undefined : await req.transactionID
  return id === null ? undefined : id
}

/**
 * Runs a statement in `req`'s open transaction when it has one, so it commits or rolls back (and
 * its locks are held until then) with the rest of that request's work; else on its own.
 */
export const executeIn = async <T>(payload: Payload, req: PayloadRequest | undefined, query: Query): Promise<T[]> => {
  const transactionID = await openTransactionOf(req)
  if (transactionID === undefined) return execute<T>(payload, query)
  const run = transactionExecute(payload.db, transactionID)
  if (!run) throw new Error(`transaction ${String(transactionID)} is not open`)
  return rowsOf<T>(await run(query))
}

/**
 * SEAM `pool`: the adapter's node-postgres pool, `pool: Pool` on the adapter
 * (db-postgres/src/types.ts:124, created in db-postgres/src/connect.ts). Not documented.
 */
export const poolOf = (payload: Payload): Pool => postgres(payload).pool

/**
 * The shapes above, checked on a running adapter: a transaction is opened and rolled back to see
 * that its session is where `transactionExecute` looks. Returns one sentence per missing shape.
 */
export const checkPostgresShape = async (payload: Payload): Promise<string[]> => {
  const adapter = postgres(payload) as Partial<PostgresAdapter> | undefined
  const problems: string[] = []
  if (typeof adapter?.drizzle?.execute !== 'function') problems.push('payload.db.drizzle.execute is not a function (documented "Access to Drizzle")')
  const pool = adapter?.pool as Partial<Pool> | undefined
  if (typeof pool?.connect !== 'function' || typeof pool.on !== 'function') {
    problems.push('payload.db.pool is not a node-postgres Pool (db-postgres/src/types.ts:124)')
  }
  if (typeof adapter?.sessions !== 'object' || adapter.sessions === null) {
    problems.push('payload.db.sessions is not an object (payload/src/database/types.ts:146)')
  } else if (typeof adapter.beginTransaction === 'function' && typeof adapter.rollbackTransaction === 'function') {
    const id = await adapter.beginTransaction()
    if (id === null || id === undefined || !transactionExecute(payload.db, id)) {
      problems.push('payload.db.sessions[transactionID].db.execute is missing for an open transaction (drizzle/src/transactions/beginTransaction.ts:60)')
    }
    if (id !== null && id !== undefined) await adapter.rollbackTransaction(id)
  } else {
    problems.push('payload.db.beginTransaction / rollbackTransaction are not functions (payload/src/database/types.ts:23)')
  }
  return problems
}
