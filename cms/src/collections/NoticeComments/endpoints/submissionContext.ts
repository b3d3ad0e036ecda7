/**
 * What a comment or objection is checked against before it is stored, read in ONE indexed
 * statement on the pool: the submission already stored under its idempotency key (a retry gets its
 * receipt back), the notice's period and the nominee it names. Payload's findByID of the notice took
 * a fifth of a submission's CPU time (`pnpm bench --only comments --cpu-prof`) for two dates and a
 * name. As the public reads notices (access `publishedOrRoles`), only a published notice counts,
 * whoever sends the submission: a staff session changes nothing on this public path.
 */
import type { Payload } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

import type { Stored } from '@/lib/publicSubmission/store'
import { namedStatement, quoteName, sqlText } from '@/lib/sqlText'
import type { NamedStatement } from '@/lib/sqlText'
import { collectionTables, columnOf, poolOf } from '@/upstream/payload'

export type SubmissionContext = {
  /** The published notice's period, or null when there is no published notice of that id. */
  notice: { opensAt: Date | null; closesAt: Date | null } | null
  /** The named nominee of that notice, or null when none was named or the notice has no such row. */
  nominee: { name: string | null } | null
}

type Row = {
  existing_id: number | null
  existing_receipt: string | null
  notice_id: number | null
  opens_at: Date | null
  closes_at: Date | null
  nominee_id: string | null
  nominee_name: string | null
}

const statements = new WeakMap<Payload, NamedStatement>()

const statementFor = (payload: Payload): NamedStatement => {
  const known = statements.get(payload)
  if (known) return known
  const comments = quoteName(collectionTables(payload, collectionSlugs.noticeComments).main)
  const notices = collectionTables(payload, collectionSlugs.notices, ['nominees'])
  const column = (field: string): string => quoteName(columnOf(field))
  // $1 the idempotency key, $2 the notice's id (up to 12 digits: bigint), $3 the nominee's row id or NULL.
  const statement = namedStatement(
    'fengcai_submission_context',
    sqlText`SELECT comment.id AS existing_id, comment.${column('receipt')} AS existing_receipt,
        notice.id AS notice_id, notice.${column('opensAt')} AS opens_at, notice.${column('closesAt')} AS closes_at,
        nominee.id AS nominee_id, nominee.${column('name')} AS nominee_name
      FROM (VALUES (1)) AS one (x)
      LEFT JOIN ${comments} AS comment ON comment.${column('idempotencyKey')} = $1
      LEFT JOIN ${quoteName(notices.main)} AS notice ON notice.id = $2::bigint AND notice.${column('_status')} = 'published'
      LEFT JOIN ${quoteName(notices.arrays.nominees as string)} AS nominee ON nominee."_parent_id" = notice.id AND nominee.id = $3
      LIMIT 1`,
  )
  statements.set(payload, statement)
  return statement
}

/** The stored submission under `idempotencyKey`, and the notice and nominee a new one would be checked against. */
export const readSubmissionContext = async (
  payload: Payload,
  { idempotencyKey, noticeId, nomineeId }: { idempotencyKey: string; noticeId: string; nomineeId?: string },
): Promise<{ existing: Stored | null; context: SubmissionContext }> => {
  const { rows } = await poolOf(payload).query<Row>({ ...statementFor(payload), values: [idempotencyKey, noticeId, nomineeId ?? null] })
  const row = rows[0]
  if (!row) throw new Error('the submission context statement returned no row')
  return {
    existing: row.existing_id === null ? null : { id: row.existing_id, receipt: String(row.existing_receipt) },
    context: {
      notice: row.notice_id === null ? null : { opensAt: row.opens_at, closesAt: row.closes_at },
      nominee: row.nominee_id === null ? null : { name: row.nominee_name },
    },
  }
}
