import type { GlobalConfig, TextFieldSingleValidation } from 'payload'

import { ARRAY_LIMITS, defaultWorkCalendar, globalSlugs } from '@fengcai/shared'

import { anyone } from '@/access/anyone'
import { rolesAllowed } from '@/access/roles'
import { refreshAllAnswerDueDates } from '@/hooks/refreshAnswerDueDates'

const isoDay: TextFieldSingleValidation = (value) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
    ? true
    : '请按 YYYY-MM-DD 填写日期，例如 2026-10-01。'

const dayList = (name: string, zh: string, en: string, row: { zh: string; en: string }, defaults: readonly string[]) => ({
  name,
  type: 'array' as const,
  maxRows: ARRAY_LIMITS.calendarDays,
  label: { zh, en },
  // Without these Payload names each row from the field's name: "Holiday 01", "Makeup Workday 01".
  labels: { singular: row, plural: { zh, en } },
  defaultValue: defaults.map((day) => ({ day })),
  fields: [{ name: 'day', type: 'text' as const, label: { zh: '日期', en: 'Day' }, required: true, validate: isoDay }],
})

/** 工作日历: public holidays and make-up workdays that notice periods are counted with. */
export const WorkCalendar: GlobalConfig = {
  slug: globalSlugs.workCalendar,
  label: { zh: '工作日历', en: 'Work calendar' },
  admin: {
    group: { zh: '系统', en: 'System' },
    description: {
      zh: '公示期按工作日计算：周一至周五，去掉法定节假日，加上调休上班日。每年国务院公布放假安排后请更新。',
      en: 'Notice periods count Monday to Friday, less holidays, plus make-up workdays.',
    },
  },
  access: {
    read: anyone,
    update: rolesAllowed('notice-staff'),
  },
  // Every open objection's deadline is counted in this calendar.
  hooks: { afterChange: [refreshAllAnswerDueDates(['holidays', 'makeupWorkdays'])] },
  fields: [
    dayList('holidays', '法定节假日', 'Public holidays', { zh: '节假日', en: 'Holiday' }, defaultWorkCalendar.holidays),
    dayList('makeupWorkdays', '调休上班日', 'Make-up workdays', { zh: '调休上班日', en: 'Make-up workday' }, defaultWorkCalendar.makeupWorkdays),
  ],
}
