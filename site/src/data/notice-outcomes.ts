/** 公示结果: the result staff publish on a notice once its period has ended, as its 结果公告 page shows it. */
import { z } from 'zod'

import { noticeResultPageOf, nomineeDecisionLabels, nomineeDecisions } from '@fengcai/shared'
import type { NomineeDecision } from '@fengcai/shared'
import type { Notice as NoticeDoc } from '@fengcai/shared/payload-types'

import { dateLabel, text } from './common'
import type { DateLabel, Link } from './common'
import type { FieldsOf } from './raw'

type NomineeDoc = NonNullable<NoticeDoc['nominees']>[number]

/** A nominee row's result fields, read with the rest of the row (./notices). */
export const nomineeOutcomeShape = {
  decision: z.enum(nomineeDecisions).nullish() satisfies z.ZodType<NomineeDoc['decision']>,
  decisionNote: text,
} satisfies FieldsOf<NomineeDoc>

export const outcomeSchema = z
  .object({
    announced: z.boolean().nullish(),
    announcedAt: z.string().nullish(),
    note: text,
  } satisfies FieldsOf<NonNullable<NoticeDoc['outcome']>>)
  .nullish()

export type NomineeOutcome = {
  nomineeId: string
  name: string
  unit: string
  category: string
  decision: NomineeDecision
  label: string
  note: string
}

export type NoticeOutcome = {
  title: string
  href: string
  date: DateLabel
  note: string
  /** Every nominee with a result, in the notice's order. */
  nominees: NomineeOutcome[]
  /** The honour roll the notice led to, when there is one. */
  honorRoll: Link | null
}

type OutcomeSource = {
  title: string
  slug: string
  closesAt: string
  outcome?: z.infer<typeof outcomeSchema>
  nominees: { id: string; name: string; unit: string; category: string; decision?: NomineeDecision | null; decisionNote: string }[]
}

/** The notice's 结果公告, or null while staff have not announced one. */
export const toOutcome = (notice: OutcomeSource, honorRoll: Link | null): NoticeOutcome | null => {
  if (!notice.outcome?.announced) return null
  return {
    title: `${notice.title}结果`,
    href: noticeResultPageOf(notice.slug),
    date: dateLabel(notice.outcome.announcedAt ?? notice.closesAt) as DateLabel,
    note: notice.outcome.note,
    nominees: notice.nominees.flatMap((nominee) =>
      nominee.decision
        ? [
            {
              nomineeId: nominee.id,
              name: nominee.name,
              unit: nominee.unit,
              category: nominee.category,
              decision: nominee.decision,
              label: nomineeDecisionLabels[nominee.decision].zh,
              note: nominee.decisionNote,
            },
          ]
        : [],
    ),
    honorRoll,
  }
}

/** The feed's one-line summary: each result and the nominees that got it (`通过：甲、乙；暂缓：丙`). */
export const outcomeSummary = (outcome: NoticeOutcome): string =>
  nomineeDecisions
    .map((decision) => [nomineeDecisionLabels[decision].zh, outcome.nominees.filter((nominee) => nominee.decision === decision)] as const)
    .filter(([, nominees]) => nominees.length > 0)
    .map(([label, nominees]) => `${label}：${nominees.map((nominee) => nominee.name).join('、')}`)
    .join('；')
