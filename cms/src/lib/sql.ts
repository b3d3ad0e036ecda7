import type { PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** Payload's database adapter as what it is here: PostgreSQL through drizzle. */
export const postgres = (payload: Payload): PostgresAdapter => payload.db as unknown as PostgresAdapter

/** Runs one SQL statement (for what the Local API cannot say in one step) and returns its rows. */
export const execute = async <T>(payload: Payload, query: ReturnType<typeof sql>): Promise<T[]> => {
  const result = (await postgres(payload).drizzle.execute(query)) as unknown as { rows: T[] }
  return result.rows
}
