/**
 * When an objection must be answered (异议答复期限), in working days of the same work calendar as
 * the notice period (notice-period.ts). The clock starts when the notice closes, or when the
 * objection came in if that is later (one taken in after the close, by letter say). As in the
 * civil law's counting of periods, the day the clock starts on counts only when it starts at the
 * very beginning of that day: a notice closing at 24:00 of D counts from D+1, an objection received
 * at 15:00 of D from D+1. The answer is due by the end (24:00) of the last of the working days;
 * 已办结 stops the clock.
 */
import { addDays, daysBetween, formatDateZh, shanghaiDay, startOfShanghaiDay } from './dates'
import { noticeLastMoment, noticeWorkingDays } from './notice-period'
import type { WorkCalendar } from './notice-period'

export const DEFAULT_ANSWER_WORKING_DAYS = 5

/** An objection due within this many calendar days (today included) is "due soon" on the staff's desk. */
export const DUE_SOON_DAYS = 3

/** The first day counted: the day the clock starts on if it starts at 00:00, else the next one. */
const firstCountedDay = (start: Date): string => {
  const day = shanghaiDay(start)
  return startOfShanghaiDay(day).getTime() === start.getTime() ? day : addDays(day, 1)
}

/** The moment an objection's answer is due: the end of the `workingDays`-th working day counted after the later of close and receipt. */
export const answerDueAt = (args: { closesAt: Date; receivedAt: Date; calendar: WorkCalendar; workingDays?: number }): Date => {
  const start = args.receivedAt.getTime() > args.closesAt.getTime() ? args.receivedAt : args.closesAt
  const days = noticeWorkingDays(startOfShanghaiDay(firstCountedDay(start)), args.calendar, args.workingDays ?? DEFAULT_ANSWER_WORKING_DAYS)
  return startOfShanghaiDay(addDays(days[days.length - 1] as string, 1))
}

/** The Shanghai day by whose end the answer is due (`YYYY-MM-DD`). */
export const answerDueDay = (dueAt: Date): string => shanghaiDay(noticeLastMoment(dueAt))

/** `2026年10月13日`: the due day as staff read it. */
export const formatAnswerDue = (dueAt: Date): string => formatDateZh(noticeLastMoment(dueAt))

export const answerStates = ['answered', 'overdue', 'dueSoon', 'pending'] as const
export type AnswerState = (typeof answerStates)[number]

export const answerStateLabels: Record<AnswerState, string> = {
  answered: '已办结',
  overdue: '已超期',
  dueSoon: '即将到期',
  pending: '未到期',
}

/** Where an objection stands against its deadline at `now`: answered (已办结) stops the clock. */
export const answerState = (dueAt: Date, now: Date, answered: boolean): AnswerState => {
  if (answered) return 'answered'
  if (now.getTime() >= dueAt.getTime()) return 'overdue'
  return daysBetween(shanghaiDay(now), answerDueDay(dueAt)) < DUE_SOON_DAYS ? 'dueSoon' : 'pending'
}

/** Calendar days past the due day at `now` (1 on the day after it); 0 while not yet overdue. */
export const daysOverdue = (dueAt: Date, now: Date): number => (now.getTime() < dueAt.getTime() ? 0 : daysBetween(answerDueDay(dueAt), shanghaiDay(now)))

/** `答复期限至2026年10月13日` (the "至D" of notice-period.ts), with `，已超期 2 天` once past it. */
export const describeAnswerDue = (dueAt: Date, now: Date): string => {
  const late = daysOverdue(dueAt, now)
  return `答复期限至${formatAnswerDue(dueAt)}${late > 0 ? `，已超期 ${late} 天` : ''}`
}
