import type { Field } from 'payload'

import { REPLY_MAX, charCount } from '@fengcai/shared'

import { shanghaiDateTime } from '@/fields/dateDisplay'

import { isObjection, writtenByHooks } from '../access'
import { recordStatusChange } from '../hooks/recordStatusChange'

/**
 * What the submitter sees on the progress page (/notices/progress/): the status history, and for
 * an objection the 答复 written for them (mailed when they gave an address). The collection is
 * readable by notice staff only; the lookup endpoint is the one public window onto these fields.
 */
export const progressFields: Field[] = [
  {
    name: 'reply',
    type: 'textarea',
    label: { zh: '答复（告知提交人）', en: 'Reply to the submitter' },
    validate: (value: string | null | undefined) => (!value || charCount(value.trim()) <= REPLY_MAX ? true : `答复不能超过 ${REPLY_MAX} 个字。`),
    admin: {
      condition: isObjection,
      rows: 6,
      description: {
        zh: '办结时写给异议人的答复：提交人凭回执编号在网站上查询时可见，留有电子邮箱的会收到邮件。请勿写入他人的个人信息。',
        en: 'Shown to the submitter on the progress page and mailed on resolution when they gave an email.',
      },
    },
  },
  {
    name: 'statusHistory',
    type: 'array',
    label: { zh: '状态变更记录', en: 'Status history' },
    labels: { singular: { zh: '变更', en: 'Change' }, plural: { zh: '变更', en: 'Changes' } },
    access: { create: writtenByHooks, update: writtenByHooks },
    hooks: { beforeChange: [recordStatusChange] },
    admin: { readOnly: true, initCollapsed: true },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'status', type: 'text', label: { zh: '状态', en: 'Status' }, required: true },
          { name: 'at', type: 'date', label: { zh: '时间', en: 'At' }, required: true, admin: { date: shanghaiDateTime } },
        ],
      },
    ],
  },
]
