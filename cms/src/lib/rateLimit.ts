import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { namedStatement, sqlText } from '@/lib/sqlText'
import { execute, executeIn, openTransactionOf, poolOf } from '@/upstream/payload'

/**
 * One atomic upsert that counts a hit for `key` in a window ending `idleResetSeconds` after the
 * last counted hit (started afresh once it is over), and returns the count: no row when `countIf`
 * is false for the stored row (a throttled attempt is not counted).
 */
const slidingCount = (key: string, idleResetSeconds: number, countIf: ReturnType<typeof sql>) => sql`
  INSERT INTO rate_limits (key, count, reset_at, updated_at, created_at)
  VALUES (${key}, 1, now() + make_interval(secs => ${idleResetSeconds}), now(), now())
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN rate_limits.reset_at <= now() THEN 1 ELSE rate_limits.count + 1 END,
    reset_at = EXCLUDED.reset_at,
    updated_at = now()
  WHERE ${countIf}
  RETURNING count`

/**
 * The fixed window's counting upsert, written once for two callers: `tag` is drizzle's `sql` (the
 * key and seconds become parameters) or a plain text tag given placeholders (`$1`, a statement of
 * our own that spends a proof of work in the same round, lib/publicSubmission/insertOnce.ts).
 */
export const countHit = <T, V>(tag: (strings: TemplateStringsArray, ...values: V[]) => T, key: V, seconds: V): T => tag`
  INSERT INTO rate_limits (key, count, reset_at, updated_at, created_at)
  VALUES (${key}, 1, now() + make_interval(secs => ${seconds}), now(), now())
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN rate_limits.reset_at <= now() THEN 1 ELSE rate_limits.count + 1 END,
    reset_at = CASE WHEN rate_limits.reset_at <= now() THEN EXCLUDED.reset_at ELSE rate_limits.reset_at END,
    updated_at = now()
  RETURNING count, reset_at`

const COUNT_HIT = namedStatement('fengcai_count_hit', countHit(sqlText, '$1', '$2::int'))

/** Deletes counters whose window is over (the hourly `sweepRateLimits` job); returns how many. */
export const sweepExpiredRateLimits = async (payload: Payload): Promise<number> => {
  const rows = await execute<{ swept: number }>(
    payload,
    sql`WITH swept AS (DELETE FROM rate_limits WHERE reset_at < now() RETURNING 1) SELECT count(*)::int AS swept FROM swept`,
  )
  return Number(rows[0]?.swept ?? 0)
}

/**
 * Counts one hit for `key` in a fixed window and returns the count so far in that window.
 * One atomic statement, so concurrent requests on several instances count exactly. Given a `req`
 * with an open transaction, the hit is part of it: a concurrent hit on the same key waits for that
 * transaction (the key's unique index), and a rollback takes the hit back.
 */
export const hitRateLimit = async (payload: Payload, key: string, windowMs: number, req?: PayloadRequest): Promise<number> =>
  (await hitRateLimitWindow(payload, key, windowMs, req)).count

/** As hitRateLimit, with when the window ends (for Retry-After). */
export const hitRateLimitWindow = async (payload: Payload, key: string, windowMs: number, req?: PayloadRequest): Promise<{ count: number; resetAt: Date }> => {
  const seconds = Math.max(1, Math.round(windowMs / 1000))
  type Row = { count: number; reset_at: string | Date }
  // Outside a transaction (every public form's limits), the named statement on the pool: drizzle's
  // building of the same text cost more than the round trip (`pnpm bench --only comments --cpu-prof`).
  const rows =
    (await openTransactionOf(req)) === undefined
      ? (await poolOf(payload).query<Row>({ ...COUNT_HIT, values: [key, seconds] })).rows
      : await executeIn<Row>(payload, req, countHit<ReturnType<typeof sql>, string | number>(sql, key, seconds))
  return { count: Number(rows[0]?.count ?? 0), resetAt: new Date(rows[0]?.reset_at ?? Date.now()) }
}

export type Throttle = {
  /** Attempts allowed back to back before delays start. */
  freeAttempts: number
  /** The longest delay between attempts, in seconds. */
  maxDelaySeconds: number
  /** A key unused this long starts afresh, in seconds. */
  idleResetSeconds: number
}

/**
 * Growing delays instead of a lock: after `freeAttempts` attempts in a row, the next one is let
 * through only once 1 s, then 2 s, 4 s … (at most `maxDelaySeconds`) have passed since the last.
 * An attempt that comes too early is refused without being counted, so waiting always helps.
 * One atomic statement, so concurrent attempts on several instances are counted exactly.
 */
export const passThrottle = async (
  payload: Payload,
  key: string,
  throttle: Throttle,
): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> => {
  const { freeAttempts, maxDelaySeconds, idleResetSeconds } = throttle
  const delay = sql`make_interval(secs => least(power(2, rate_limits.count - ${freeAttempts}), ${maxDelaySeconds}))`
  const counted = await execute<{ count: number }>(
    payload,
    slidingCount(
      key,
      idleResetSeconds,
      sql`rate_limits.reset_at <= now() OR rate_limits.count < ${freeAttempts} OR rate_limits.updated_at + ${delay} <= now()`,
    ),
  )
  if (counted.length > 0) return { allowed: true }
  const rows = await execute<{ wait: number | string }>(
    payload,
    sql`SELECT EXTRACT(EPOCH FROM (rate_limits.updated_at + ${delay} - now())) AS wait FROM rate_limits WHERE key = ${key}`,
  )
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Number(rows[0]?.wait ?? 1))) }
}

/** Forgets a key, e.g. an account's failed logins once its owner got in. */
export const clearRateLimit = async (payload: Payload, key: string): Promise<void> => {
  await execute(payload, sql`DELETE FROM rate_limits WHERE key = ${key}`)
}

/** Takes back one counted attempt (a login that succeeded does not count against its address). */
export const uncountRateLimit = async (payload: Payload, key: string): Promise<void> => {
  await execute(payload, sql`UPDATE rate_limits SET count = greatest(count - 1, 0) WHERE key = ${key}`)
}

/** The count so far under `key` (0 when absent or its window is over), without counting. */
export const peekRateLimit = async (payload: Payload, key: string): Promise<number> => {
  const rows = await execute<{ count: number }>(payload, sql`SELECT count FROM rate_limits WHERE key = ${key} AND reset_at > now()`)
  return Number(rows[0]?.count ?? 0)
}

/**
 * Counts one hit for `key` and returns the count so far; the count starts afresh once the key
 * has been unused for `idleResetSeconds` (a sliding window: a steady stream of hits never resets it).
 */
export const countRateLimit = async (payload: Payload, key: string, idleResetSeconds: number): Promise<number> => {
  const rows = await execute<{ count: number }>(payload, slidingCount(key, idleResetSeconds, sql`true`))
  return Number(rows[0]?.count ?? 0)
}
