// GET /api/health — for a load balancer: is this instance fit to take requests? 200 when the
// database answers, every committed migration is applied and (where this instance runs jobs)
// its job runner ticked within the last few minutes; 503 with the failing part named otherwise.
// Says nothing a visitor could misuse: no versions, hosts or names.
import type { Endpoint, PayloadRequest } from 'payload'
import { sql } from '@payloadcms/db-postgres'

import { execute } from '@/upstream/payload'
import { jobRunnerState } from '@/lib/jobsHeartbeat'
import { migrations } from '@/migrations'

const DATABASE_TIMEOUT_MS = 3_000

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())])

type Check = { ok: boolean; [key: string]: unknown }

const checkDatabase = async (req: PayloadRequest): Promise<{ database: Check; migrations: Check; jobs: Check }> => {
  let applied: Set<string>
  let overdueJobs: number
  try {
    const rows = await withTimeout(execute<{ name: string }>(req.payload, sql`SELECT name FROM payload_migrations WHERE batch > 0`), DATABASE_TIMEOUT_MS)
    applied = new Set(rows.map((row) => row.name))
    // Jobs due more than five minutes ago and not taken: no runner anywhere is working the queue.
    const overdue = await withTimeout(
      execute<{ n: number }>(
        req.payload,
        sql`SELECT count(*)::int AS n FROM payload_jobs WHERE completed_at IS NULL AND processing = false AND has_error = false AND coalesce(wait_until, created_at) < now() - interval '5 minutes'`,
      ),
      DATABASE_TIMEOUT_MS,
    )
    overdueJobs = overdue[0]?.n ?? 0
  } catch {
    return { database: { ok: false }, migrations: { ok: false }, jobs: { ok: false } }
  }
  const pending = migrations.filter((migration) => !applied.has(migration.name)).length
  const runner = jobRunnerState()
  return {
    database: { ok: true },
    migrations: { ok: pending === 0, pending },
    jobs: { ok: runner.status !== 'stalled', runner: runner.status, lastTickAt: runner.lastTickAt, overdueJobs },
  }
}

export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const checks = await checkDatabase(req)
    const ok = Object.values(checks).every((check) => check.ok)
    return Response.json({ status: ok ? 'ok' : 'unavailable', ...checks }, { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } })
  },
}
