import { describe, expect, it } from 'vitest'

import {
  calendarDaysLeft,
  formatNoticeEnd,
  formatNoticeLastDay,
  formatNoticePeriod,
  isWorkingDay,
  noticeClosesAt,
  noticeStatus,
  noticeStatusBadge,
  noticeWorkingDays,
} from '@fengcai/shared'
import type { WorkCalendar } from '@fengcai/shared'

const plain: WorkCalendar = { holidays: [], makeupWorkdays: [] }
/** A week with National Day style holidays and a Saturday make-up workday. */
const holidays: WorkCalendar = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  makeupWorkdays: ['2026-10-10'],
}

const shanghai = (local: string): Date => new Date(`${local}+08:00`)

describe('isWorkingDay', () => {
  it('should count Monday to Friday and not the weekend', () => {
    expect(isWorkingDay('2026-11-23', plain)).toBe(true) // Monday
    expect(isWorkingDay('2026-11-27', plain)).toBe(true) // Friday
    expect(isWorkingDay('2026-11-28', plain)).toBe(false) // Saturday
    expect(isWorkingDay('2026-11-29', plain)).toBe(false) // Sunday
  })

  it('should skip a public holiday on a weekday and count a make-up Saturday', () => {
    expect(isWorkingDay('2026-10-01', holidays)).toBe(false) // Thursday, holiday
    expect(isWorkingDay('2026-10-10', holidays)).toBe(true) // Saturday, make-up workday
  })
})

describe('noticeClosesAt', () => {
  it('should close at the end of Friday for a notice opened on Monday morning', () => {
    const closes = noticeClosesAt(shanghai('2026-11-23T09:00:00'), plain)
    expect(closes.toISOString()).toBe(shanghai('2026-11-28T00:00:00').toISOString())
  })

  it('should skip the weekend when opened on a Wednesday', () => {
    const days = noticeWorkingDays(shanghai('2026-11-25T15:30:00'), plain)
    expect(days).toEqual(['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01'])
  })

  it('should start counting on Monday when opened on a Saturday', () => {
    const closes = noticeClosesAt(shanghai('2026-11-21T09:00:00'), plain)
    expect(closes.toISOString()).toBe(shanghai('2026-11-28T00:00:00').toISOString())
  })

  it('should skip public holidays and count the make-up workday', () => {
    // Opens Tuesday 29 Sep: 29, 30 Sep, then holidays 1–7 Oct except the weekend-in-between,
    // 8 Oct (Thu), 9 Oct (Fri), 10 Oct (make-up Saturday).
    const days = noticeWorkingDays(shanghai('2026-09-29T10:00:00'), holidays)
    expect(days).toEqual(['2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10'])
    expect(noticeClosesAt(shanghai('2026-09-29T10:00:00'), holidays).toISOString()).toBe(shanghai('2026-10-11T00:00:00').toISOString())
  })

  it('should use the Shanghai day, not the UTC day, of the opening time', () => {
    // 23:30 UTC on Sunday is 07:30 Monday in Shanghai, so Monday counts.
    const days = noticeWorkingDays(new Date('2026-11-22T23:30:00Z'), plain, 1)
    expect(days).toEqual(['2026-11-23'])
  })

  it('should honour another number of working days', () => {
    expect(noticeWorkingDays(shanghai('2026-11-23T09:00:00'), plain, 7)).toHaveLength(7)
    expect(() => noticeWorkingDays(shanghai('2026-11-23T09:00:00'), plain, 0)).toThrow(RangeError)
  })
})

describe('noticeStatus and days left', () => {
  const opens = shanghai('2026-11-23T09:00:00')
  const closes = shanghai('2026-11-28T00:00:00')

  it('should be upcoming, open, then closed', () => {
    expect(noticeStatus(opens, closes, shanghai('2026-11-23T08:59:59'))).toBe('upcoming')
    expect(noticeStatus(opens, closes, shanghai('2026-11-23T09:00:00'))).toBe('open')
    expect(noticeStatus(opens, closes, shanghai('2026-11-27T23:59:59'))).toBe('open')
    expect(noticeStatus(opens, closes, closes)).toBe('closed')
  })

  it('should count the days left including today', () => {
    expect(calendarDaysLeft(closes, shanghai('2026-11-27T10:00:00'))).toBe(1)
    expect(calendarDaysLeft(closes, shanghai('2026-11-25T10:00:00'))).toBe(3)
    expect(calendarDaysLeft(closes, closes)).toBe(0)
  })
})

describe('how a period’s end is said', () => {
  it('should call a period that ends at the end of day D “至D”, in the admin and on the site alike', () => {
    // The admin's date picker shows this close as 2026年12月12日 00:00.
    const closes = shanghai('2026-12-12T00:00:00')
    expect(formatNoticeLastDay(closes)).toBe('2026年12月11日')
    expect(formatNoticePeriod(shanghai('2026-12-07T09:00:00'), closes)).toBe('2026年12月7日至2026年12月11日')
    expect(formatNoticeEnd(closes)).toBe('2026年12月11日 24:00')
    // Computed closes are all at 24:00 of their last working day.
    expect(formatNoticeLastDay(noticeClosesAt(shanghai('2026-12-07T09:00:00'), plain))).toBe('2026年12月11日')
  })

  it('should name the moment of a close set by hand within a day', () => {
    const closes = shanghai('2026-12-11T17:00:00')
    expect(formatNoticeLastDay(closes)).toBe('2026年12月11日')
    expect(formatNoticeEnd(closes)).toBe('2026年12月11日 17:00')
  })
})

describe('noticeStatusBadge', () => {
  it('should say the status in the admin’s words, with the days left while open', () => {
    expect(noticeStatusBadge('upcoming', 5)).toBe('未开始')
    expect(noticeStatusBadge('open', 3)).toBe('公示中 · 还剩 3 天')
    expect(noticeStatusBadge('closed', 0)).toBe('已结束')
  })
})
