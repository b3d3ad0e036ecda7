import { sql } from '@payloadcms/db-postgres'
import type { Payload, TaskConfig } from 'payload'

import { retentionCutoff } from '@fengcai/shared'

import { correctionRetentionDays, retentionDays } from '@/lib/retention'
import { execute } from '@/upstream/payload'

/**
 * Erases name, phone, email, IP hash and browser of every comment and objection on notices that
 * closed more than the retention period ago, in the documents and in their saved versions alike
 * (a version is a copy). Content, status, replies and the masked public name stay for the record.
 * Returns how many comments were erased this time; running it again erases nothing more.
 */
export const erasePersonalData = async (payload: Payload, now: Date = new Date()): Promise<number> => {
  const cutoff = retentionCutoff(now, retentionDays()).toISOString()
  // One statement: the documents and the versions of exactly those documents, atomically.
  const rows = await execute<{ erased: number }>(
    payload,
    sql`
      WITH erased AS (
        UPDATE notice_comments AS c
        SET name = NULL, phone = NULL, email = NULL, ip_hash = NULL, user_agent = NULL,
            personal_data_erased_at = now(), updated_at = now()
        FROM notices AS n
        WHERE c.notice_id = n.id AND n.closes_at < ${cutoff} AND c.personal_data_erased_at IS NULL
        RETURNING c.id
      ), versions AS (
        UPDATE _notice_comments_v AS v
        SET version_name = NULL, version_phone = NULL, version_email = NULL, version_ip_hash = NULL, version_user_agent = NULL
        FROM erased
        WHERE v.parent_id = erased.id
      )
      SELECT count(*)::int AS erased FROM erased`,
  )
  return Number(rows[0]?.erased ?? 0)
}

/**
 * Erases the contact, IP hash and browser of every 网站纠错 report marked 已处理 more than its
 * retention period ago (CORRECTION_RETENTION_DAYS); the page, the report and the reply stay. The
 * collection keeps no versions. Returns how many reports were erased; running it again erases none.
 */
export const eraseCorrectionContacts = async (payload: Payload, now: Date = new Date()): Promise<number> => {
  const cutoff = retentionCutoff(now, correctionRetentionDays()).toISOString()
  const rows = await execute<{ erased: number }>(
    payload,
    sql`
      WITH erased AS (
        UPDATE site_corrections
        SET contact = NULL, ip_hash = NULL, user_agent = NULL, updated_at = now()
        WHERE status = 'done' AND closed_at < ${cutoff}
          AND (contact IS NOT NULL OR ip_hash IS NOT NULL OR user_agent IS NOT NULL)
        RETURNING id
      )
      SELECT count(*)::int AS erased FROM erased`,
  )
  return Number(rows[0]?.erased ?? 0)
}

/** Hourly: cheap when there is nothing to do, and a missed run is made up an hour later. */
export const eraseExpiredPersonalData: TaskConfig = {
  slug: 'eraseExpiredPersonalData',
  label: '删除保存期满的留言者和纠错者个人信息',
  schedule: [{ cron: '17 * * * *', queue: 'default' }],
  outputSchema: [
    { name: 'erased', type: 'number' },
    { name: 'corrections', type: 'number' },
  ],
  handler: async ({ req }) => {
    const erased = await erasePersonalData(req.payload)
    if (erased > 0) req.payload.logger.info({ msg: 'erased personal data of notice comments past retention', erased })
    const corrections = await eraseCorrectionContacts(req.payload)
    if (corrections > 0) req.payload.logger.info({ msg: 'erased contacts of site corrections past retention', corrections })
    return { output: { erased, corrections } }
  },
}
