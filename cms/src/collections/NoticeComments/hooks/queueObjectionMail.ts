import type { CollectionAfterChangeHook } from 'payload'

import type { NoticeComment } from '@fengcai/shared/payload-types'

import { MAIL_QUEUE } from '@/jobs/staffMail'

/**
 * A new objection queues a mail to notice staff, in the same transaction as the objection: the
 * submission's 201 never waits for (or fails with) the mail server, and the job is not lost.
 */
export const queueObjectionMail: CollectionAfterChangeHook<NoticeComment> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.kind !== 'objection' || req.context?.seed) return doc
  await req.payload.jobs.queue({ task: 'notifyObjection', input: { commentId: doc.id }, queue: MAIL_QUEUE, req } as never)
  return doc
}
