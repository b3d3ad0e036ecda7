import type { CollectionAfterChangeHook } from 'payload'

import { PROGRESS_PAGE, collectionSlugs, formatMomentZh } from '@fengcai/shared'
import type { NoticeComment } from '@fengcai/shared/payload-types'

import { MAIL_QUEUE } from '@/jobs/staffMail'
import { replyMail } from '@/lib/mailTemplates'
import { siteUrls } from '@/lib/urls'

/**
 * An objection resolved with a 答复, whose objector gave an e-mail address, mails them the reply.
 * The mail is a `sendMail` job queued in the save's own transaction: it goes out once the save has
 * committed (a save rolled back sends nothing), and a mail server that is down never fails the
 * save — the job retries. Only on the change to 已办结, so later edits do not mail again.
 */
export const mailReplyOnResolution: CollectionAfterChangeHook<NoticeComment> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || req.context?.seed) return doc
  if (doc.kind !== 'objection' || doc.status !== 'resolved' || previousDoc?.status === 'resolved') return doc
  const reply = doc.reply?.trim()
  if (!reply || !doc.email) return doc
  const noticeId = typeof doc.notice === 'object' ? doc.notice.id : doc.notice
  const notice = await req.payload
    .findByID({ collection: collectionSlugs.notices, id: noticeId, depth: 0, overrideAccess: true, req, select: { title: true } })
    .catch((error: unknown) => {
      req.payload.logger.warn({ err: error, msg: 'reply mail: could not read the notice title', noticeId })
      return null
    })
  const resolvedAt = doc.statusHistory?.findLast((entry) => entry.status === 'resolved')?.at ?? doc.updatedAt
  const mail = replyMail({
    receipt: doc.receipt,
    noticeTitle: notice?.title ?? '公示',
    nomineeName: doc.nomineeName,
    resolvedAt: formatMomentZh(new Date(resolvedAt)),
    reply,
    progressUrl: `${siteUrls()[0]}${PROGRESS_PAGE}`,
  })
  await req.payload.jobs.queue({ task: 'sendMail', input: { message: { to: doc.email, ...mail } }, queue: MAIL_QUEUE, req } as never)
  return doc
}
