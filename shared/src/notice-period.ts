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
import { addDays, daysBetween, formatDateZh, formatMomentZh, shanghaiDay, startOfShanghaiDay } from './dates'

export type WorkCalendar = {
  /** Public holidays, `YYYY-MM-DD`, on which nobody works even on a weekday. */
  holidays: readonly string[]
  /** Weekend days that are working days because of a holiday swap, `YYYY-MM-DD`. */
  makeupWorkdays: readonly string[]
}

export const noticeStatuses = ['upcoming', 'open', 'closed'] as const
export type NoticeStatus = (typeof noticeStatuses)[number]

export const DEFAULT_NOTICE_WORKING_DAYS = 5

const nextDay = (day: string): string => addDays(day, 1)

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

/**
 * A notice's status as the site's badge says it: the admin's word, and while open the days left
 * (`公示中 · 还剩 3 天`). Built at build time and again in the browser, so both say the same.
 */
export const noticeStatusBadge = (status: NoticeStatus, daysLeft: number): string =>
  status === 'open' ? `${noticeStatusLabels.open} · 还剩 ${daysLeft} 天` : noticeStatusLabels[status]

/** Whole Shanghai calendar days left until the close, counting today; 0 once closed. */
export const calendarDaysLeft = (closesAt: Date, now: Date = new Date()): number => {
  if (now.getTime() >= closesAt.getTime()) return 0
  return daysBetween(shanghaiDay(now), shanghaiDay(noticeLastMoment(closesAt))) + 1
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
