import { describe, expect, it } from 'vitest'

import {
  addDays,
  answerDueAt,
  answerDueDay,
  answerState,
  daysOverdue,
  defaultWorkCalendar,
  describeAnswerDue,
  formatAnswerDue,
  isWorkingDay,
  noticeClosesAt,
  shanghaiDay,
} from '@fengcai/shared'
import type { WorkCalendar } from '@fengcai/shared'

import { seededRandom } from '../../helpers/random'

const plain: WorkCalendar = { holidays: [], makeupWorkdays: [] }
const shanghai = (local: string): Date => new Date(`${local}+08:00`)

describe('answerDueAt', () => {
  it('should give five working days after a notice that closes at the end of a Friday', () => {
    // Closes at 24:00 on Friday 2026-11-27: Monday 30 November to Friday 4 December.
    const due = answerDueAt({ closesAt: shanghai('2026-11-28T00:00:00'), receivedAt: shanghai('2026-11-27T16:00:00'), calendar: plain })
    expect(due).toEqual(shanghai('2026-12-05T00:00:00'))
    expect(answerDueDay(due)).toBe('2026-12-04')
    expect(formatAnswerDue(due)).toBe('2026年12月4日')
  })

  it('should skip the National Day holidays and count the make-up Saturday for an objection on the last day before them', () => {
    // The 2026 calendar: 1–7 October off, Saturday 10 October worked. The notice's last day is Wednesday 30 September.
    const closesAt = noticeClosesAt(shanghai('2026-09-23T09:00:00'), defaultWorkCalendar, 5)
    expect(closesAt).toEqual(shanghai('2026-10-01T00:00:00'))
    const due = answerDueAt({ closesAt, receivedAt: shanghai('2026-09-30T17:30:00'), calendar: defaultWorkCalendar })
    // 8, 9, 10 (make-up), 12, 13 October.
    expect(answerDueDay(due)).toBe('2026-10-13')
    expect(answerDueAt({ closesAt, receivedAt: shanghai('2026-09-30T17:30:00'), calendar: defaultWorkCalendar, workingDays: 1 })).toEqual(
      shanghai('2026-10-09T00:00:00'),
    )
  })

  it('should start the clock at a receipt after the close, not counting the day it came in', () => {
    const closesAt = shanghai('2026-11-28T00:00:00')
    // Received on Tuesday 1 December at 10:00: Wednesday 2 December is the first day counted.
    const due = answerDueAt({ closesAt, receivedAt: shanghai('2026-12-01T10:00:00'), calendar: plain, workingDays: 2 })
    expect(answerDueDay(due)).toBe('2026-12-03')
    // Received at the stroke of midnight: that day counts.
    expect(answerDueDay(answerDueAt({ closesAt, receivedAt: shanghai('2026-12-01T00:00:00'), calendar: plain, workingDays: 2 }))).toBe('2026-12-02')
  })

  it('should refuse a period outside 1 to 60 working days', () => {
    const args = { closesAt: shanghai('2026-11-28T00:00:00'), receivedAt: shanghai('2026-11-27T16:00:00'), calendar: plain }
    expect(() => answerDueAt({ ...args, workingDays: 0 })).toThrow(RangeError)
    expect(() => answerDueAt({ ...args, workingDays: 61 })).toThrow(RangeError)
  })
})

describe('answerState', () => {
  const due = shanghai('2026-10-14T00:00:00') // due by the end of 13 October
  it('should be overdue from 00:00 on the day after the due day, and not a moment before', () => {
    expect(answerState(due, shanghai('2026-10-13T23:59:59'), false)).toBe('dueSoon')
    expect(answerState(due, shanghai('2026-10-14T00:00:00'), false)).toBe('overdue')
    expect(daysOverdue(due, shanghai('2026-10-14T08:00:00'))).toBe(1)
    expect(daysOverdue(due, shanghai('2026-10-13T08:00:00'))).toBe(0)
  })

  it('should be due soon within three calendar days, today included, and pending before', () => {
    expect(answerState(due, shanghai('2026-10-11T09:00:00'), false)).toBe('dueSoon')
    expect(answerState(due, shanghai('2026-10-10T23:00:00'), false)).toBe('pending')
  })

  it('should stop the clock once answered', () => {
    expect(answerState(due, shanghai('2026-12-01T09:00:00'), true)).toBe('answered')
  })

  it('should say the due day in Chinese, and how late', () => {
    expect(describeAnswerDue(due, shanghai('2026-10-12T09:00:00'))).toBe('答复期限至2026年10月13日')
    expect(describeAnswerDue(due, shanghai('2026-10-16T09:00:00'))).toBe('答复期限至2026年10月13日，已超期 3 天')
  })
})

describe('answerDueAt on random notices, receipts and calendars', () => {
  const RUNS = 500
  const randomCalendar = (random: () => number): WorkCalendar => {
    const base = '2026-01-01'
    const holidays = Array.from({ length: Math.floor(random() * 40) }, () => addDays(base, Math.floor(random() * 400)))
    const makeupWorkdays = Array.from({ length: Math.floor(random() * 6) }, () => addDays(base, Math.floor(random() * 400)))
    return random() < 0.3 ? defaultWorkCalendar : { holidays, makeupWorkdays }
  }

  it('should fall due at the end of a working day, after the close and the receipt, later for a longer period', () => {
    const random = seededRandom(20261206)
    for (let run = 0; run < RUNS; run += 1) {
      const calendar = randomCalendar(random)
      const opensAt = new Date(shanghai('2026-01-05T00:00:00').getTime() + Math.floor(random() * 300 * 24) * 3600_000)
      const closesAt = noticeClosesAt(opensAt, calendar, 1 + Math.floor(random() * 10))
      // Mostly during the period, sometimes after the close, at any minute.
      const receivedAt = new Date(closesAt.getTime() + Math.floor((random() * 12 - 9) * 24 * 60) * 60_000)
      const workingDays = 1 + Math.floor(random() * 20)
      const due = answerDueAt({ closesAt, receivedAt, calendar, workingDays })
      const context = JSON.stringify({ run, closesAt, receivedAt, workingDays })
      expect(isWorkingDay(answerDueDay(due), calendar), context).toBe(true)
      expect(shanghaiDay(due), context).toBe(addDays(answerDueDay(due), 1))
      expect(due.getTime(), context).toBeGreaterThan(closesAt.getTime())
      expect(due.getTime(), context).toBeGreaterThan(receivedAt.getTime())
      const longer = answerDueAt({ closesAt, receivedAt, calendar, workingDays: workingDays + 1 + Math.floor(random() * 5) })
      expect(longer.getTime(), context).toBeGreaterThan(due.getTime())
      const later = answerDueAt({ closesAt, receivedAt: new Date(receivedAt.getTime() + Math.floor(random() * 5 * 24 * 60) * 60_000), calendar, workingDays })
      expect(later.getTime(), context).toBeGreaterThanOrEqual(due.getTime())
      // Exactly `workingDays` working days are counted after the start.
      const start = receivedAt > closesAt ? receivedAt : closesAt
      let counted = 0
      for (let day = answerDueDay(due); day >= shanghaiDay(start); day = addDays(day, -1)) {
        if (day === shanghaiDay(start) && shanghaiDay(new Date(start.getTime() - 1)) === day) break
        if (isWorkingDay(day, calendar)) counted += 1
      }
      expect(counted, context).toBe(workingDays)
    }
  })
})
