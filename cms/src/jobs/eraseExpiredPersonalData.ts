import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, TaskConfig } from 'payload'

import { retentionCutoff } from '@fengcai/shared'

import { retentionDays } from '@/lib/retention'

/**
 * Erases name, phone, email, IP hash and browser of every comment and objection on notices that
 * closed more than the retention period ago, in the documents and in their saved versions alike
 * (a version is a copy). Content, status, replies and the masked public name stay for the record.
 * Returns how many comments were erased this time; running it again erases nothing more.
 */
export const erasePersonalData = async (payload: Payload, now: Date = new Date()): Promise<number> => {
  const cutoff = retentionCutoff(now, retentionDays()).toISOString()
  const db = payload.db as unknown as PostgresAdapter
  return db.drizzle.transaction(async (tx) => {
    const erased = await tx.execute(sql`
      UPDATE notice_comments AS c
      SET name = NULL, phone = NULL, email = NULL, ip_hash = NULL, user_agent = NULL,
          personal_data_erased_at = now(), updated_at = now()
      FROM notices AS n
      WHERE c.notice_id = n.id AND n.closes_at < ${cutoff} AND c.personal_data_erased_at IS NULL
      RETURNING c.id`)
    await tx.execute(sql`
      UPDATE _notice_comments_v AS v
      SET version_name = NULL, version_phone = NULL, version_email = NULL, version_ip_hash = NULL, version_user_agent = NULL
      FROM notice_comments AS c
      WHERE v.parent_id = c.id AND c.personal_data_erased_at IS NOT NULL
        AND (v.version_name IS NOT NULL OR v.version_phone IS NOT NULL OR v.version_email IS NOT NULL
             OR v.version_ip_hash IS NOT NULL OR v.version_user_agent IS NOT NULL)`)
    return (erased as unknown as { rows: unknown[] }).rows.length
  })
}

/** Hourly: cheap when there is nothing to do, and a missed run is made up an hour later. */
export const eraseExpiredPersonalData: TaskConfig = {
  slug: 'eraseExpiredPersonalData',
  label: '删除保存期满的留言者个人信息',
  schedule: [{ cron: '17 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'erased', type: 'number' }],
  handler: async ({ req }) => {
    const erased = await erasePersonalData(req.payload)
    if (erased > 0) req.payload.logger.info({ msg: 'erased personal data of notice comments past retention', erased })
    return { output: { erased } }
  },
}
