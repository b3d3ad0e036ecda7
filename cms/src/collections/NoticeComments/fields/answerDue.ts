import type { Field } from 'payload'

import { answerState, answerStateLabels, describeAnswerDue } from '@fengcai/shared'

import { isObjection, writtenByHooks } from '../access'
import { setAnswerDueAt } from '../hooks/setAnswerDueAt'

/**
 * 答复期限 of an objection, for staff only (the collection is readable by notice staff alone; the
 * lookup endpoint and the site's snapshot select other fields). `answerDueAt` is the moment it
 * falls due, the end of its last working day (24:00, as a notice's `closesAt`); staff read it in
 * words, with where it stands, in `answerDue`.
 */
export const answerDueFields: Field[] = [
  {
    name: 'answerDueAt',
    type: 'date',
    label: { zh: '答复截止时刻', en: 'Answer due at' },
    index: true,
    access: { create: writtenByHooks, update: writtenByHooks },
    hooks: { beforeChange: [setAnswerDueAt] },
    admin: { hidden: true },
  },
  {
    name: 'answerDue',
    type: 'text',
    label: { zh: '答复期限', en: 'Answer due' },
    virtual: true,
    admin: {
      readOnly: true,
      position: 'sidebar',
      condition: isObjection,
      description: { zh: '按工作日历自公示结束（或收到异议）后计算；办结后停止计时。', en: 'Working days after the notice closes; stops on resolution.' },
    },
    hooks: {
      afterRead: [
        ({ siblingData }) => {
          if (siblingData?.kind !== 'objection' || !siblingData.answerDueAt) return null
          const dueAt = new Date(siblingData.answerDueAt)
          const now = new Date()
          const state = answerState(dueAt, now, siblingData.status === 'resolved')
          return state === 'answered'
            ? `${describeAnswerDue(dueAt, dueAt)}（${answerStateLabels.answered}）`
            : `${describeAnswerDue(dueAt, now)}（${answerStateLabels[state]}）`
        },
      ],
    },
  },
]
