import type { PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

/** Payload's database adapter as what it is here: PostgreSQL through drizzle. */
export const postgres = (payload: Payload): PostgresAdapter => payload.db as unknown as PostgresAdapter

/** Runs one SQL statement (for what the Local API cannot say in one step) and returns its rows. */
export const execute = async <T>(payload: Payload, query: ReturnType<typeof sql>): Promise<T[]> => {
  const result = (await postgres(payload).drizzle.execute(query)) as unknown as { rows: T[] }
  return result.rows
}

/**
 * Runs a statement in `req`'s open transaction when it has one, so it commits or rolls back (and
 * its locks are held until then) with the rest of that request's work. Payload's PostgreSQL adapter keeps each open transaction's
 * drizzle handle in `sessions` (a typed member of the adapter; lib/severalInstances uses it too).
 */
export const executeIn = async <T>(payload: Payload, req: PayloadRequest | undefined, query: ReturnType<typeof sql>): Promise<T[]> => {
  const transactionID = req?.transactionID === undefined ? undefined : await req.transactionID
  if (transactionID === undefined || transactionID === null) return execute<T>(payload, query)
  const session = postgres(payload).sessions[String(transactionID)]
  if (!session) throw new Error(`transaction ${String(transactionID)} is not open`)
  return ((await session.db.execute(query)) as unknown as { rows: T[] }).rows
}
