import type { CollectionAfterChangeHook, GlobalAfterChangeHook } from 'payload'

import type { Notice } from '@fengcai/shared/payload-types'

import { refreshAnswerDueDates } from '@/lib/answerDeadlines'

/** A published notice whose close or answer period changed: its open objections' deadlines follow. */
export const refreshNoticeAnswerDueDates: CollectionAfterChangeHook<Notice> = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || doc._status === 'draft' || req.context?.seed) return doc
  if (doc.closesAt === previousDoc?.closesAt && doc.answerWorkingDays === previousDoc?.answerWorkingDays) return doc
  await refreshAnswerDueDates(req, doc.id)
  return doc
}

/** A global whose `fields` feed every deadline (the work calendar, the default answer period): all open objections follow a change. */
export const refreshAllAnswerDueDates =
  (fields: readonly string[]): GlobalAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const terms = (value: Record<string, unknown> | undefined) => JSON.stringify(fields.map((field) => value?.[field] ?? null))
    if (req.context?.seed || terms(doc) === terms(previousDoc)) return doc
    await refreshAnswerDueDates(req)
    return doc
  }
