import type { PayloadRequest } from 'payload'

import { collectionSlugs, commentStatusLabels, commentStatuses, pageOf } from '@fengcai/shared'
import type { CommentStatus, ProgressAnswer } from '@fengcai/shared'
import type { NoticeComment } from '@fengcai/shared/payload-types'

import { nullIfNotFound } from '@/lib/errors'

/** The fields a lookup reads: what it compares, and what it may show. Never content, name or evidence. */
export const lookupSelect = {
  receipt: true,
  kind: true,
  status: true,
  notice: true,
  nomineeName: true,
  phone: true,
  email: true,
  reply: true,
  publicReply: true,
  statusHistory: true,
  createdAt: true,
} as const

export type LookedUp = Pick<NoticeComment, keyof typeof lookupSelect | 'id'>

const isStatus = (value: string): value is CommentStatus => (commentStatuses as readonly string[]).includes(value)

/**
 * The reply the submitter may read: an objection's 答复 once resolved; a comment's public reply once
 * the comment is public (it is on the notice page then anyway).
 */
const replyOf = (doc: LookedUp): string | undefined => {
  const reply = doc.kind === 'objection' ? (doc.status === 'resolved' ? doc.reply : null) : doc.status === 'approved' ? doc.publicReply : null
  return reply?.trim() || undefined
}

/**
 * What the lookup answers about one submission, built field by field (nothing passed through): its
 * kind, notice, nominee, when it came and each status with its time, and the reply meant for the
 * submitter. A row from before the history was kept has one entry: its status at its arrival.
 */
export const progressAnswer = async (req: PayloadRequest, doc: LookedUp): Promise<ProgressAnswer> => {
  const noticeId = typeof doc.notice === 'object' ? doc.notice.id : doc.notice
  // Read as the public reads it: a notice taken down is not named or linked.
  const notice = await req.payload
    .findByID({ collection: collectionSlugs.notices, id: noticeId, depth: 0, overrideAccess: false, select: { title: true, slug: true } })
    .catch(nullIfNotFound)
  const entries = (doc.statusHistory ?? []).filter((entry) => isStatus(entry.status))
  const history = (entries.length ? entries : [{ status: doc.status, at: doc.createdAt }]).map((entry) => ({
    status: entry.status as CommentStatus,
    statusLabel: commentStatusLabels[entry.status as CommentStatus].zh,
    at: new Date(entry.at).toISOString(),
  }))
  const reply = replyOf(doc)
  return {
    receipt: doc.receipt,
    kind: doc.kind,
    kindLabel: doc.kind === 'objection' ? '异议' : '留言',
    status: doc.status,
    statusLabel: commentStatusLabels[doc.status].zh,
    notice: { title: notice?.title ?? '（该公示已不在网站上）', path: notice?.slug ? pageOf('notices', notice.slug) : null },
    nomineeName: doc.nomineeName ?? null,
    receivedAt: new Date(doc.createdAt).toISOString(),
    history,
    ...(reply ? { reply } : {}),
  }
}
