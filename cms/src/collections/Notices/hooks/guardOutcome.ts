import type { CollectionBeforeChangeHook } from 'payload'

import type { Notice } from '@fengcai/shared/payload-types'

import { publicError } from '@/lib/errors'

type Nominee = NonNullable<Notice['nominees']>[number]

const carriesOutcome = (outcome: Notice['outcome'], nominees: Nominee[]): boolean =>
  Boolean(outcome?.announced || outcome?.note || nominees.some((nominee) => nominee.decision || nominee.decisionNote))

/**
 * The rules of a 公示结果 (./outcome): a notice carries none until its period has ended; one that
 * is published as announced has a result for every nominee, and its date (the day of publishing
 * unless staff gave one).
 */
export const guardOutcome: CollectionBeforeChangeHook<Notice> = ({ data, originalDoc }) => {
  const outcome = { ...originalDoc?.outcome, ...data.outcome }
  const nominees = data.nominees ?? originalDoc?.nominees ?? []
  if (!carriesOutcome(outcome, nominees)) return data
  const closesAt = data.closesAt ?? originalDoc?.closesAt
  if (!closesAt || Date.now() < new Date(closesAt).getTime()) {
    throw publicError('公示期结束后才能填写和公布公示结果。', 400, { field: 'outcome' })
  }
  if (!outcome.announced || (data._status ?? originalDoc?._status) !== 'published') return data
  const undecided = nominees.filter((nominee) => !nominee.decision).map((nominee) => nominee.name)
  if (undecided.length) throw publicError(`公布结果前，请为每个公示对象选择结果（尚未选择：${undecided.join('、')}）。`, 400, { field: 'nominees' })
  if (!outcome.announcedAt) data.outcome = { ...outcome, announcedAt: new Date().toISOString() }
  return data
}
