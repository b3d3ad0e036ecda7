// The period maths alone: the package's index would bring zod and every schema to pages (the home
// page, a notice's) that only show a status.
import { calendarDaysLeft, noticeStatus, noticeStatusBadge } from '@fengcai/shared/notice-period'
import type { NoticeStatus } from '@fengcai/shared/notice-period'

/** The status of the period an element carries in data-opens / data-closes, by the reader's clock. */
export const periodOf = (element: HTMLElement, now: Date = new Date()): { status: NoticeStatus; closes: Date } | null => {
  const opens = new Date(element.dataset.opens ?? '')
  const closes = new Date(element.dataset.closes ?? '')
  if (Number.isNaN(opens.getTime()) || Number.isNaN(closes.getTime())) return null
  return { status: noticeStatus(opens, closes, now), closes }
}

/**
 * The status printed at build time goes stale as the clock moves (a notice opens or closes
 * between two builds); in the browser it is worked out again from the period itself.
 */
export const refreshNoticeStatus = (now: Date = new Date()): void => {
  for (const badge of document.querySelectorAll<HTMLElement>('[data-notice-status]')) {
    const period = periodOf(badge, now)
    if (!period) continue
    badge.className = `badge badge--${period.status}`
    badge.textContent = noticeStatusBadge(period.status, calendarDaysLeft(period.closes, now))
  }
}
