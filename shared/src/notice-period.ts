/**
 * Notice-period maths (公示期), in Shanghai time. A notice runs for a number of working days
 * counted from the day it opens (that day counts when it is a working day) and closes at the
 * end of the last of them. Working days are Monday to Friday, less public holidays, plus the
 * make-up workdays (调休上班) that fall on a weekend.
 *
 * How an end is said, everywhere (site, admin, staff mail): a period that ends at the end of day D
 * (its closesAt is D+1 00:00 in Shanghai) is "至D" — D is the day of the last moment before the
 * close, never the day of the close itself.
 */
import { formatDateZh, formatMomentZh } from './dates'

export type WorkCalendar = {
  /** Public holidays, `YYYY-MM-DD`, on which nobody works even on a weekday. */
  holidays: readonly string[]
  /** Weekend days that are working days because of a holiday swap, `YYYY-MM-DD`. */
  makeupWorkdays: readonly string[]
}

export type NoticeStatus = 'upcoming' | 'open' | 'closed'

export const DEFAULT_NOTICE_WORKING_DAYS = 5

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** The Shanghai calendar day of an instant, as `YYYY-MM-DD`. */
export const shanghaiDay = (instant: Date): string => new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)

/** The instant a Shanghai calendar day begins (00:00 +08:00). */
export const startOfShanghaiDay = (day: string): Date => new Date(Date.parse(`${day}T00:00:00Z`) - SHANGHAI_OFFSET_MS)

const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10)

export const isWorkingDay = (day: string, calendar: WorkCalendar): boolean => {
  if (calendar.makeupWorkdays.includes(day)) return true
  if (calendar.holidays.includes(day)) return false
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/** The Shanghai days, in order, that make up a period of `workingDays` working days from `opensAt`. */
export const noticeWorkingDays = (opensAt: Date, calendar: WorkCalendar, workingDays: number = DEFAULT_NOTICE_WORKING_DAYS): string[] => {
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > 60) {
    throw new RangeError(`workingDays must be a whole number from 1 to 60, got ${workingDays}`)
  }
  const days: string[] = []
  // A year without working days would be a broken calendar; stop rather than loop forever.
  for (let day = shanghaiDay(opensAt), guard = 0; days.length < workingDays && guard < 366; day = nextDay(day), guard += 1) {
    if (isWorkingDay(day, calendar)) days.push(day)
  }
  if (days.length < workingDays) throw new RangeError('the work calendar has no working days in the next year')
  return days
}

/** When a notice opened at `opensAt` closes: the end (24:00 Shanghai) of its last working day. */
export const noticeClosesAt = (opensAt: Date, calendar: WorkCalendar, workingDays: number = DEFAULT_NOTICE_WORKING_DAYS): Date => {
  const days = noticeWorkingDays(opensAt, calendar, workingDays)
  return startOfShanghaiDay(nextDay(days[days.length - 1] as string))
}

/** Where a notice stands at `now`: the period is [opensAt, closesAt). */
export const noticeStatus = (opensAt: Date, closesAt: Date, now: Date = new Date()): NoticeStatus => {
  if (now.getTime() < opensAt.getTime()) return 'upcoming'
  if (now.getTime() < closesAt.getTime()) return 'open'
  return 'closed'
}

export const noticeStatusLabels: Record<NoticeStatus, string> = {
  upcoming: '未开始',
  open: '公示中',
  closed: '已结束',
}

/** Whole Shanghai calendar days left until the close, counting today; 0 once closed. */
export const calendarDaysLeft = (closesAt: Date, now: Date = new Date()): number => {
  if (now.getTime() >= closesAt.getTime()) return 0
  const today = Date.parse(`${shanghaiDay(now)}T00:00:00Z`)
  const lastDay = Date.parse(`${shanghaiDay(noticeLastMoment(closesAt))}T00:00:00Z`)
  return Math.round((lastDay - today) / DAY_MS) + 1
}

/** The last moment inside a period that closes at `closesAt`; its Shanghai day is the period's last day. */
export const noticeLastMoment = (closesAt: Date): Date => new Date(closesAt.getTime() - 1)

/** `2026年12月11日`: the last day of a period, as "至…" says it. */
export const formatNoticeLastDay = (closesAt: Date): string => formatDateZh(noticeLastMoment(closesAt))

/** `2026年12月1日至2026年12月11日`: a notice's period as readers and staff see it. */
export const formatNoticePeriod = (opensAt: Date, closesAt: Date): string => `${formatDateZh(opensAt)}至${formatNoticeLastDay(closesAt)}`

/** `2026年12月11日 24:00` for a close at the end of a day, else the moment itself (`2026年12月11日 17:00`). */
export const formatNoticeEnd = (closesAt: Date): string =>
  shanghaiDay(closesAt) === shanghaiDay(noticeLastMoment(closesAt)) ? formatMomentZh(closesAt) : `${formatNoticeLastDay(closesAt)} 24:00`
