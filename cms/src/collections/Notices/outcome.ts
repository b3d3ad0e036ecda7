import type { Condition, Field, FieldAccess, GroupField } from 'payload'

import { nomineeDecisionLabels, nomineeDecisions } from '@fengcai/shared'

import { canModerate } from '@/collections/NoticeComments/access'
import { BEIJING_TIME, shanghaiDay } from '@/fields/dateDisplay'

/**
 * Who writes a 公示结果: notice staff and admins. Field access rather than the collection's, so
 * the rule holds whoever else may come to edit notices (a reviewer signing the review chain, say).
 */
const noticeStaffOnly: FieldAccess = ({ req: { user } }) => canModerate(user)

/** The result's fields appear in the admin once the period has ended (./hooks/guardOutcome refuses them before). */
const afterClose: Condition = (data) => Boolean(data?.closesAt) && Date.now() >= new Date(data.closesAt).getTime()

const access = { create: noticeStaffOnly, update: noticeStaffOnly }

/** Each nominee's result, in its row of 公示对象. */
export const nomineeOutcomeFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'decision',
        type: 'select',
        label: { zh: '公示结果', en: 'Result' },
        options: nomineeDecisions.map((value) => ({ value, label: nomineeDecisionLabels[value] })),
        access,
        admin: { condition: afterClose, width: '30%' },
      },
      {
        name: 'decisionNote',
        type: 'text',
        label: { zh: '结果说明（公开）', en: 'Public note' },
        maxLength: 200,
        access,
        admin: { condition: afterClose, description: { zh: '在结果公告中公开显示，请勿填写个人信息。', en: 'Shown on the public result page.' } },
      },
    ],
  },
]

/** 公示结果: whether the site announces it, since when, and a public note for the whole notice. */
export const outcomeField = (): GroupField => ({
  name: 'outcome',
  type: 'group',
  label: { zh: '公示结果', en: 'Result' },
  access,
  admin: {
    condition: afterClose,
    description: {
      zh: '在“公示对象”中为每个对象选择结果，勾选“在网站上公布结果”并发布本公示，网站即刊出结果公告，并与本公示互相链接。',
      en: 'Pick each nominee’s result, tick “announce” and publish the notice: the site shows a result page linked with the notice.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'announced', type: 'checkbox', label: { zh: '在网站上公布结果', en: 'Announce on the site' } },
        {
          name: 'announcedAt',
          type: 'date',
          label: { zh: '结果公告日期', en: 'Announced on' },
          admin: { date: shanghaiDay, description: { zh: `发布时留空则为当天。${BEIJING_TIME.zh}`, en: `Empty: the day it is published. ${BEIJING_TIME.en}` } },
        },
      ],
    },
    { name: 'note', type: 'textarea', label: { zh: '结果说明（公开）', en: 'Public note' }, maxLength: 500 },
  ],
})
