import type { FieldHook } from 'payload'

import type { NoticeComment } from '@fengcai/shared/payload-types'

import { objectionDueAt } from '@/lib/answerDeadlines'

const noticeIdOf = (notice: NoticeComment['notice'] | undefined): number | undefined => (typeof notice === 'object' ? notice?.id : notice)

/**
 * An objection's answer deadline, computed when it is stored (and for one stored before there
 * were deadlines, on its next save) from its notice's close and answer period and the work
 * calendar. Never from what the request sent: clients cannot write it (its field access drops
 * it). Later changes of the notice or the calendar recompute it (lib/answerDeadlines.ts).
 */
export const setAnswerDueAt: FieldHook<NoticeComment, string | null> = async ({ operation, originalDoc, req, siblingData }) => {
  // A comment has none (even one whose kind a server-side write changed and changed back).
  if ((siblingData.kind ?? originalDoc?.kind) !== 'objection') return null
  const kept = operation === 'create' ? null : (originalDoc?.answerDueAt ?? null)
  if (kept) return kept
  const noticeId = noticeIdOf(siblingData.notice ?? originalDoc?.notice)
  if (noticeId === undefined) return null
  const receivedAt = originalDoc?.createdAt ?? siblingData.createdAt
  return objectionDueAt(req, noticeId, receivedAt ? new Date(receivedAt) : new Date())
}
