import type { Payload } from 'payload'

import {
  DUE_SOON_DAYS,
  addDays,
  collectionSlugs,
  commentStatusLabels,
  daysOverdue,
  describeAnswerDue,
  formatAnswerDue,
  openObjectionStatuses,
  shanghaiDay,
  startOfShanghaiDay,
} from '@fengcai/shared'
import type { CommentStatus } from '@fengcai/shared'

export type DueObjection = {
  id: number
  receipt: string
  noticeId: number
  noticeTitle: string
  nomineeName: string | null
  status: CommentStatus
  statusLabel: string
  dueAt: string
  /** `2026年10月13日`: the last day to answer. */
  dueDate: string
  /** `答复期限至2026年10月13日，已超期 1 天` */
  dueText: string
  daysOverdue: number
}

export type ObjectionDeadlines = { overdue: DueObjection[]; dueSoon: DueObjection[] }

const LIMIT = 200

/**
 * The open objections (not 已办结) past their answer deadline at `now`, and those due within
 * DUE_SOON_DAYS, earliest first: for notice staff's dashboard and their morning mail. Staff-only
 * data; callers check who asks.
 */
export const loadObjectionDeadlines = async (payload: Payload, now: Date = new Date()): Promise<ObjectionDeadlines> => {
  const horizon = startOfShanghaiDay(addDays(shanghaiDay(now), DUE_SOON_DAYS))
  const { docs } = await payload.find({
    collection: collectionSlugs.noticeComments,
    where: {
      and: [{ kind: { equals: 'objection' } }, { status: { in: [...openObjectionStatuses] } }, { answerDueAt: { less_than_equal: horizon.toISOString() } }],
    },
    sort: 'answerDueAt',
    limit: LIMIT,
    depth: 1,
    overrideAccess: true,
    select: { receipt: true, notice: true, nomineeName: true, status: true, answerDueAt: true },
    populate: { [collectionSlugs.notices]: { title: true } },
  })
  const rows = docs.map((doc): DueObjection => {
    const dueAt = new Date(String(doc.answerDueAt))
    const notice = typeof doc.notice === 'object' ? doc.notice : null
    const status = doc.status as CommentStatus
    return {
      id: doc.id,
      receipt: doc.receipt,
      noticeId: notice?.id ?? Number(doc.notice),
      noticeTitle: notice?.title ?? `公示 ${String(doc.notice)}`,
      nomineeName: doc.nomineeName ?? null,
      status,
      statusLabel: commentStatusLabels[status].zh,
      dueAt: dueAt.toISOString(),
      dueDate: formatAnswerDue(dueAt),
      dueText: describeAnswerDue(dueAt, now),
      daysOverdue: daysOverdue(dueAt, now),
    }
  })
  // Within the horizon, what is not yet overdue is due soon (answerState's split).
  return { overdue: rows.filter((row) => row.daysOverdue > 0), dueSoon: rows.filter((row) => row.daysOverdue === 0) }
}
