/** Storing a public form's submission once: its idempotency key, its receipt and its proof of work in one transaction. */
import { randomInt } from 'node:crypto'

import { ValidationError, commitTransaction, initTransaction, killTransaction } from 'payload'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { receiptCode, submissionErrors } from '@fengcai/shared'
import type { ReceiptPrefix } from '@fengcai/shared'

import { SPENT_PROOF_SECONDS, spendAltcha } from '@/lib/altcha'
import { ipHash } from '@/lib/client'
import { namedStatement, quoteName, sqlText } from '@/lib/sqlText'
import type { NamedStatement } from '@/lib/sqlText'
import { collectionTables, columnOf, poolOf } from '@/upstream/payload'

import { insertOnce } from './insertOnce'
import type { OnceSpec } from './insertOnce'
import { fail } from './refuse'

/**
 * A collection a public form writes to: each row has a unique receipt and idempotency key. With
 * `once`, in one statement of our own (insertOnce) instead of Payload's create; `derive` then does
 * what the collection's beforeChange hooks would have added to the row.
 */
export type SubmissionTarget = {
  collection: CollectionSlug
  prefix: ReceiptPrefix
  once?: OnceSpec & { derive: (data: Record<string, unknown>) => Record<string, unknown> }
}

/** A stored submission, as far as its answer needs it. */
export type Stored = { id: number | string; receipt: string }

/** The statement that finds a collection's submission by its idempotency key, named once per table. */
const findStatement = (payload: Payload, collection: string): NamedStatement => {
  const table = quoteName(collectionTables(payload, collection).main)
  return namedStatement('fengcai_find_submission', sqlText`SELECT id, receipt FROM ${table} WHERE ${quoteName(columnOf('idempotencyKey'))} = $1 LIMIT 1`)
}

/**
 * The stored submission with this idempotency key, read outside any transaction. One indexed
 * SELECT of the two columns a receipt needs, on the pool: Payload's `find` would add a count, access
 * and every field's read hooks, and drizzle's building of the statement cost more than running it
 * (`pnpm bench --only comments --cpu-prof`).
 */
export const findSubmission = async (req: PayloadRequest, { collection }: SubmissionTarget, idempotencyKey: string): Promise<Stored | null> => {
  const { rows } = await poolOf(req.payload).query<Stored>({ ...findStatement(req.payload, collection), values: [idempotencyKey] })
  return rows[0] ?? null
}

/**
 * A clash on a unique column: the receipt code (drawn again) or the idempotency key (the same
 * submission twice). PostgreSQL says 23505; Payload turns that into a ValidationError on the field.
 */
const isUniqueViolation = (error: unknown): boolean => {
  if (error instanceof ValidationError) {
    return error.data.errors.some((entry) => entry.path === 'receipt' || entry.path === 'idempotencyKey')
  }
  for (let current = error, hops = 0; current && hops < 5; hops += 1) {
    if ((current as { code?: unknown }).code === '23505') return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

/**
 * After a failed insert: the error again unless it is a unique clash; the twin's row when the
 * clash was on the idempotency key (the twin has committed by now, so its row is there to read);
 * null when it was the receipt code, to be drawn again.
 */
const twinAfterClash = async (
  req: PayloadRequest,
  target: SubmissionTarget,
  idempotencyKey: string,
  error: unknown,
): Promise<{ doc: Stored; created: false } | null> => {
  if (!isUniqueViolation(error)) throw error
  const existing = await findSubmission(req, target, idempotencyKey)
  return existing ? { doc: existing, created: false } : null
}

/**
 * Stores the row and spends the proof in one statement. A proof found spent was spent by this
 * submission's twin (a double tap sends the same proof; the twin has committed, as the spend
 * waited for it) or by a replay: the twin's receipt, or a refusal.
 */
const storeOnce = async (
  req: PayloadRequest,
  target: SubmissionTarget,
  once: NonNullable<SubmissionTarget['once']>,
  { row, proof, idempotencyKey }: { row: Record<string, unknown>; proof: string; idempotencyKey: string },
): Promise<{ doc: Stored; created: boolean }> => {
  const data = { ...row, ...once.derive(row) }
  const id = await insertOnce(req.payload, once, { proof, proofSeconds: SPENT_PROOF_SECONDS, data, status: String(data.status) })
  if (id !== null) return { doc: { id, receipt: String(row.receipt) }, created: true }
  const twin = await findSubmission(req, target, idempotencyKey)
  if (twin) return { doc: twin, created: false }
  return fail(400, 'altcha-replayed', { altcha: submissionErrors['altcha-replayed'] })
}

/**
 * Stores the submission (with the sender's address hash and browser) and spends its proof of work
 * in one transaction, in that order. The insert
 * claims the idempotency key in its unique index first: the same submission arriving twice at once
 * (a double tap, a retry, two instances behind a balancer) waits there, as PostgreSQL makes any
 * insert wait on an uncommitted one of the same key, until its twin commits, and then finds the
 * twin's receipt. A replayed proof with a fresh key finds the proof spent, and its insert is rolled back.
 */
export const storeSubmission = async (
  req: PayloadRequest,
  target: SubmissionTarget,
  { idempotencyKey, proof, data }: { idempotencyKey: string; proof: string; data: Record<string, unknown> },
): Promise<{ doc: Stored; created: boolean }> => {
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const receipt = receiptCode(new Date(), (max) => randomInt(max), target.prefix)
    const row = { ...data, receipt, idempotencyKey, ipHash: ipHash(req), userAgent: (req.headers.get('user-agent') ?? '').slice(0, 300) }
    if (target.once) {
      try {
        return await storeOnce(req, target, target.once, { row, proof, idempotencyKey })
      } catch (error) {
        const twin = await twinAfterClash(req, target, idempotencyKey, error)
        if (twin) return twin
        continue
      }
    }
    // Ours to commit: an outer transaction would hold the key's claim until it ended.
    if (!(await initTransaction(req))) throw new Error('the submission was to be stored in a transaction of its own')
    try {
      const created = (await req.payload.create({
        collection: target.collection,
        data: row as never,
        overrideAccess: true,
        // The receipt is all the answer needs: the notice is not populated into the created document.
        depth: 0,
        context: { skipRebuild: true },
        req,
      })) as unknown as Stored
      if ((await spendAltcha(req.payload, proof, req)) === 'replayed') fail(400, 'altcha-replayed', { altcha: submissionErrors['altcha-replayed'] })
      await commitTransaction(req)
      // Payload 3.90's drizzle adapter reports success even when COMMIT fails (the database went
      // away at that moment; payloadcms/payload#17726, open). A receipt promises the row is kept,
      // so it is read back outside the transaction first; drop this once that fix is released.
      const stored = await findSubmission(req, target, idempotencyKey)
      if (stored?.id !== created.id) throw new Error(`${target.collection} ${created.receipt} was not committed`)
      return { doc: stored, created: true }
    } catch (error) {
      await killTransaction(req)
      const twin = await twinAfterClash(req, target, idempotencyKey, error)
      if (twin) return twin
    }
  }
  throw new Error('could not find a free receipt code after 6 attempts')
}
