import { calendarDaysLeft, noticeStatus } from '@fengcai/shared'

/**
 * The status printed at build time goes stale as the clock moves (a notice opens or closes
 * between two builds); in the browser it is worked out again from the period itself.
 */
export const refreshNoticeStatus = (now: Date = new Date()): void => {
  for (const badge of document.querySelectorAll<HTMLElement>('[data-notice-status]')) {
    const opens = new Date(badge.dataset.opens ?? '')
    const closes = new Date(badge.dataset.closes ?? '')
    if (Number.isNaN(opens.getTime()) || Number.isNaN(closes.getTime())) continue
    const status = noticeStatus(opens, closes, now)
    badge.className = `badge badge--${status}`
    badge.textContent = { upcoming: '未开始', open: `公示中 · 还剩 ${calendarDaysLeft(closes, now)} 天`, closed: '公示期已结束' }[status]
  }
}
