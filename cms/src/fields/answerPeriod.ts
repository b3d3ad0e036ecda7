import type { NumberField } from 'payload'

import { DEFAULT_ANSWER_WORKING_DAYS, globalSlugs } from '@fengcai/shared'

/**
 * 异议答复期限: within how many working days after a notice closes its objections are answered.
 * In 站点设置 as the default, and on each notice (prefilled from the default); a notice that
 * leaves it empty follows the default (lib/answerDeadlines.ts).
 */
export const answerPeriodField = ({ overrides = {} }: { overrides?: Partial<NumberField> } = {}): NumberField =>
  ({
    name: 'answerWorkingDays',
    type: 'number',
    label: { zh: '异议答复期限（工作日）', en: 'Objection answer period (working days)' },
    min: 1,
    max: 60,
    admin: {
      step: 1,
      description: {
        zh: '公示结束后多少个工作日内答复异议，按工作日历计算。',
        en: 'Working days after the notice closes within which objections are answered.',
      },
    },
    ...overrides,
  }) as NumberField

/** A new notice's answer period, prefilled from 站点设置. */
export const answerPeriodDefault: NumberField['defaultValue'] = async ({ req }) => {
  const settings = await req.payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0, req })
  return (settings as { objectionAnswerDays?: number | null }).objectionAnswerDays || DEFAULT_ANSWER_WORKING_DAYS
}
