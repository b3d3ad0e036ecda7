'use client'
import { useFormFields } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { formatNoticeEnd, formatNoticeLastDay, formatNoticePeriod } from '@fengcai/shared'

const dateOf = (value: unknown): Date | null => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** The list's 公示结束 column: the last day, as the site says "至…" (a close at 24:00 is that day's). */
export const NoticeLastDayCell = ({ cellData }: DefaultCellComponentProps) => {
  const closes = dateOf(cellData)
  return <span>{closes ? formatNoticeLastDay(closes) : '—'}</span>
}

/** Under 公示结束: the period in the site's words, so the picker's 次日 00:00 does not read as one day more. */
export const NoticePeriodDescription = () => {
  const opens = dateOf(useFormFields(([fields]) => fields.opensAt?.value))
  const closes = dateOf(useFormFields(([fields]) => fields.closesAt?.value))
  return (
    <div className="field-description" data-notice-period>
      北京时间；留空则按工作日历自动计算。
      {opens && closes ? `网站显示：公示期${formatNoticePeriod(opens, closes)}（${formatNoticeEnd(closes)} 结束）。` : ''}
    </div>
  )
}
