import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { DEFAULT_ANSWER_WORKING_DAYS, answerDueAt, collectionSlugs, globalSlugs, openObjectionStatuses } from '@fengcai/shared'
import type { WorkCalendar } from '@fengcai/shared'

import { loadWorkCalendar } from '@/collections/Notices/hooks/setClosesAt'
import { executeIn } from '@/upstream/payload'

type NoticeTerms = { closesAt?: string | null; answerWorkingDays?: number | null }

/** The answer period (working days) of a notice: its own, else 站点设置's default, else 5. */
const answerPeriod = async (req: PayloadRequest, notice: NoticeTerms): Promise<number> => {
  if (notice.answerWorkingDays) return notice.answerWorkingDays
  // Only the one field: the settings also hold the 校对词表 (thousands of rows), and this runs on every objection submitted.
  const settings = await req.payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0, overrideAccess: true, req, select: { objectionAnswerDays: true } })
  return (settings as { objectionAnswerDays?: number | null }).objectionAnswerDays || DEFAULT_ANSWER_WORKING_DAYS
}

const loadNotice = (req: PayloadRequest, id: number): Promise<NoticeTerms | null> =>
  req.payload
    .findByID({ collection: collectionSlugs.notices, id, depth: 0, overrideAccess: true, req, select: { closesAt: true, answerWorkingDays: true } })
    .catch(() => null) as Promise<NoticeTerms | null>

/** An objection's due moment, or null when its notice has no close (yet). */
export const objectionDueAt = async (req: PayloadRequest, noticeId: number, receivedAt: Date): Promise<string | null> => {
  const notice = await loadNotice(req, noticeId)
  if (!notice?.closesAt) return null
  const calendar = await loadWorkCalendar(req)
  return answerDueAt({ closesAt: new Date(notice.closesAt), receivedAt, calendar, workingDays: await answerPeriod(req, notice) }).toISOString()
}

/**
 * Computes again the due date of every open objection (of one notice, or all): after a notice's
 * close or answer period changed, or the work calendar or the default period did. Resolved ones
 * keep the date they were answered against. Written straight to the row, not as
 * an edit: it is no change of the objection, so no version, status history, mail or `updatedAt`.
 */
export const refreshAnswerDueDates = async (req: PayloadRequest, noticeId?: number): Promise<number> => {
  const { docs } = await req.payload.find({
    collection: collectionSlugs.noticeComments,
    where: {
      and: [
        { kind: { equals: 'objection' } },
        { status: { in: [...openObjectionStatuses] } },
        ...(noticeId === undefined ? [] : [{ notice: { equals: noticeId } }]),
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { notice: true, createdAt: true, answerDueAt: true },
  })
  const notices = new Map<number, NoticeTerms | null>()
  const periods = new Map<number, number>()
  let calendar: WorkCalendar | null = null
  let changed = 0
  for (const doc of docs) {
    const id = typeof doc.notice === 'object' ? doc.notice.id : doc.notice
    if (!notices.has(id)) notices.set(id, await loadNotice(req, id))
    const notice = notices.get(id)
    if (!notice?.closesAt) continue
    if (!periods.has(id)) periods.set(id, await answerPeriod(req, notice))
    calendar ??= await loadWorkCalendar(req)
    const due = answerDueAt({ closesAt: new Date(notice.closesAt), receivedAt: new Date(doc.createdAt), calendar, workingDays: periods.get(id) }).toISOString()
    if (doc.answerDueAt && new Date(doc.answerDueAt).toISOString() === due) continue
    await executeIn(req.payload, req, sql`UPDATE notice_comments SET answer_due_at = ${due}::timestamptz WHERE id = ${doc.id}`)
    changed += 1
  }
  return changed
}
