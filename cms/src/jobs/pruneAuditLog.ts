import { sql } from '@payloadcms/db-postgres'
import type { Payload, TaskConfig } from 'payload'

import { retentionCutoff } from '@fengcai/shared'

import { auditRetentionDays } from '@/lib/retention'
import { execute } from '@/upstream/payload'

/**
 * Deletes the 操作日志 rows older than the retention period (AUDIT_LOG_RETENTION_DAYS, 180 days at
 * least). In SQL, past Payload: the collection refuses every delete through Payload, server code
 * included (AuditLog/hooks/refuseAuditChange), and this job is the one way a row goes. Returns how
 * many rows went.
 */
export const pruneAuditLog = async (payload: Payload, now: Date = new Date()): Promise<number> => {
  const cutoff = retentionCutoff(now, auditRetentionDays()).toISOString()
  const rows = await execute<{ pruned: number }>(
    payload,
    sql`
      WITH pruned AS (DELETE FROM audit_log WHERE at < ${cutoff} RETURNING id)
      SELECT count(*)::int AS pruned FROM pruned`,
  )
  return Number(rows[0]?.pruned ?? 0)
}

/** Daily, at night: a row a day over its period harms no one, and a missed run is made up the next night. */
export const pruneAuditLogTask: TaskConfig = {
  slug: 'pruneAuditLog',
  label: '删除保存期满的操作日志',
  schedule: [{ cron: '37 3 * * *', queue: 'default' }],
  outputSchema: [{ name: 'pruned', type: 'number' }],
  handler: async ({ req }) => {
    const pruned = await pruneAuditLog(req.payload)
    if (pruned > 0) req.payload.logger.info({ msg: 'pruned audit log rows past retention', pruned, days: auditRetentionDays() })
    return { output: { pruned } }
  },
}
