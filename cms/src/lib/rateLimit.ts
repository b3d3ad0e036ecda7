import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { execute } from '@/lib/sql'

/**
 * Counts one hit for `key` in a fixed window and returns the count so far in that window.
 * One atomic statement, so concurrent requests on several instances count exactly.
 */
export const hitRateLimit = async (payload: Payload, key: string, windowMs: number): Promise<number> =>
  (await hitRateLimitWindow(payload, key, windowMs)).count

/** As hitRateLimit, with when the window ends (for Retry-After). */
export const hitRateLimitWindow = async (
  payload: Payload,
  key: string,
  windowMs: number,
): Promise<{ count: number; resetAt: Date }> => {
  const seconds = Math.max(1, Math.round(windowMs / 1000))
  const rows = await execute<{ count: number; reset_at: string | Date }>(
    payload,
    sql`
      INSERT INTO rate_limits (key, count, reset_at, updated_at, created_at)
      VALUES (${key}, 1, now() + make_interval(secs => ${seconds}), now(), now())
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN rate_limits.reset_at <= now() THEN 1 ELSE rate_limits.count + 1 END,
        reset_at = CASE WHEN rate_limits.reset_at <= now() THEN EXCLUDED.reset_at ELSE rate_limits.reset_at END,
        updated_at = now()
      RETURNING count, reset_at`,
  )
  // Expired windows are dead weight; sweep them now and then rather than on every hit.
  if (Math.random() < 0.01) await execute(payload, sql`DELETE FROM rate_limits WHERE reset_at < now() - interval '1 day'`)
  return { count: Number(rows[0]?.count ?? 0), resetAt: new Date(rows[0]?.reset_at ?? Date.now()) }
}
