import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { DEFAULT_NOTICE_WORKING_DAYS, globalSlugs, noticeClosesAt } from '@fengcai/shared'
import type { WorkCalendar } from '@fengcai/shared'
import type { Notice } from '@fengcai/shared/payload-types'

import { publicError } from '@/lib/errors'

export const loadWorkCalendar = async (req: PayloadRequest): Promise<WorkCalendar> => {
  const calendar = await req.payload.findGlobal({ slug: globalSlugs.workCalendar, req, overrideAccess: true })
  const days = (rows: { day: string }[] | null | undefined): string[] => (rows ?? []).map((row) => row.day)
  return { holidays: days(calendar.holidays), makeupWorkdays: days(calendar.makeupWorkdays) }
}

/**
 * closesAt defaults to the end of the notice's working days (5 unless set) counted from opensAt
 * with the work calendar; a close before the open is refused.
 */
export const setClosesAt: CollectionBeforeChangeHook<Notice> = async ({ data, originalDoc, req }) => {
  const opensAt = data.opensAt ?? originalDoc?.opensAt
  if (!opensAt) return data
  const closesAt = data.closesAt === undefined ? originalDoc?.closesAt : data.closesAt
  if (!closesAt) {
    const workingDays = Number(data.workingDays ?? originalDoc?.workingDays ?? DEFAULT_NOTICE_WORKING_DAYS)
    data.closesAt = noticeClosesAt(new Date(opensAt), await loadWorkCalendar(req), workingDays).toISOString()
  } else if (new Date(closesAt).getTime() <= new Date(opensAt).getTime()) {
    throw publicError('公示结束时间必须晚于开始时间。', 400, { field: 'closesAt' })
  }
  return data
}
