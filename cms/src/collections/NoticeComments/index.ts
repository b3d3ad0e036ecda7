import type { CollectionConfig } from 'payload'

import { collectionSlugs, statusFitsKind } from '@fengcai/shared'

import { rolesAllowed } from '@/access/roles'
import { shanghaiDateTime } from '@/fields/dateDisplay'
import { asSent, receiptFields, senderFields } from '@/fields/publicSubmission'

import { isObjection, moderatorsOnly } from './access'
import { challenge } from './endpoints/challenge'
import { answerDueFields } from './fields/answerDue'
import { progressFields } from './fields/progress'
import { mailReplyOnResolution } from './hooks/mailReplyOnResolution'
import { queueObjectionMail } from './hooks/queueObjectionMail'
import { exportObjections } from './endpoints/exportObjections'
import { exportObjectionsXlsx } from './endpoints/exportObjectionsXlsx'
import { lookup } from './endpoints/lookup'
import { published } from './endpoints/published'
import { submit } from './endpoints/submit'
import { setPublicName } from './hooks/setPublicName'
import { triggerRebuildOnModeration } from './hooks/triggerRebuildOnModeration'
import { commentStatusOptions, validateStatus } from './statuses'

/**
 * 公示留言与异议: what the public sends about a notice. Personal data, so only notice staff
 * and admins read or change it, by every path; the public only submits through the endpoint.
 * What was sent stays as sent (`asSent`, fields/publicSubmission): staff change only the moderation
 * fields (status, moderator note, public reply, resolution, reply to the submitter); the status
 * history is written by a hook alone.
 */

const isComment = (data: Partial<{ kind: string }>): boolean => data?.kind !== 'objection'

export const NoticeComments: CollectionConfig = {
  slug: collectionSlugs.noticeComments,
  labels: { singular: { zh: '留言与异议', en: 'Comment' }, plural: { zh: '留言与异议', en: 'Comments and objections' } },
  admin: {
    useAsTitle: 'receipt',
    defaultColumns: ['receipt', 'kind', 'status', 'nomineeName', 'name', 'content', 'notice', 'createdAt'],
    group: { zh: '公示', en: 'Notices' },
    listSearchableFields: ['receipt', 'nomineeName', 'content'],
    components: {
      beforeList: ['@/collections/NoticeComments/admin/ModerationSummary#ModerationSummary'],
      beforeListTable: ['@/collections/NoticeComments/admin/BulkModeration#BulkModeration'],
    },
  },
  versions: { maxPerDoc: 50 },
  access: {
    read: moderatorsOnly,
    readVersions: moderatorsOnly,
    create: () => false,
    update: moderatorsOnly,
    delete: rolesAllowed(),
  },
  endpoints: [challenge, submit, lookup, published, exportObjections, exportObjectionsXlsx],
  hooks: {
    beforeChange: [setPublicName],
    afterChange: [triggerRebuildOnModeration, queueObjectionMail, mailReplyOnResolution],
  },
  fields: [
    ...receiptFields(),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: { zh: '类型', en: 'Kind' },
          required: true,
          options: [
            { value: 'comment', label: { zh: '留言', en: 'Comment' } },
            { value: 'objection', label: { zh: '异议', en: 'Objection' } },
          ],
          ...asSent,
          admin: { readOnly: true },
        },
        {
          name: 'status',
          type: 'select',
          label: { zh: '状态', en: 'Status' },
          required: true,
          options: commentStatusOptions,
          index: true,
          filterOptions: ({ data, options }) => options.filter((option) => statusFitsKind(typeof option === 'string' ? option : option.value, data?.kind)),
          validate: validateStatus,
        },
      ],
    },
    {
      name: 'notice',
      type: 'relationship',
      relationTo: collectionSlugs.notices,
      label: { zh: '公示', en: 'Notice' },
      required: true,
      index: true,
      ...asSent,
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'nomineeId', type: 'text', label: { zh: '公示对象编号', en: 'Nominee id' }, index: true, ...asSent, admin: { readOnly: true } },
        {
          name: 'nomineeName',
          type: 'text',
          label: { zh: '公示对象', en: 'Nominee' },
          ...asSent,
          admin: { readOnly: true, components: { Cell: '@/collections/NoticeComments/admin/NomineeCell#NomineeCell' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        // What the person sent stays as sent; staff add notes and replies beside it.
        { name: 'name', type: 'text', label: { zh: '姓名', en: 'Name' }, ...asSent, admin: { readOnly: true } },
        { name: 'phone', type: 'text', label: { zh: '电话', en: 'Phone' }, ...asSent, admin: { readOnly: true } },
        { name: 'email', type: 'text', label: { zh: '电子邮箱', en: 'Email' }, ...asSent, admin: { readOnly: true } },
      ],
    },
    // Read in full, as sent: several lines, not a one-line box.
    { name: 'content', type: 'textarea', label: { zh: '内容', en: 'Content' }, required: true, ...asSent, admin: { readOnly: true, rows: 8 } },
    { name: 'evidence', type: 'textarea', label: { zh: '证据说明', en: 'Evidence' }, ...asSent, admin: { readOnly: true, rows: 6, condition: isObjection } },
    { name: 'moderatorNote', type: 'textarea', label: { zh: '审核备注（内部）', en: 'Moderator note' } },
    // Objections are never published: no public reply or public name for them.
    { name: 'publicReply', type: 'textarea', label: { zh: '公开回复', en: 'Public reply' }, admin: { condition: isComment } },
    { name: 'resolution', type: 'textarea', label: { zh: '办结意见', en: 'Resolution' }, admin: { condition: isObjection } },
    ...progressFields,
    ...answerDueFields,
    {
      name: 'publicName',
      type: 'text',
      label: { zh: '公开显示的姓名', en: 'Public name' },
      ...asSent,
      admin: {
        readOnly: true,
        condition: isComment,
        description: { zh: '留言公开时显示的姓名，只保留第一个字。', en: 'Masked name shown with a published comment.' },
      },
    },
    {
      name: 'personalDataErasedAt',
      type: 'date',
      label: { zh: '个人信息删除时间', en: 'Personal data erased at' },
      ...asSent,
      admin: { readOnly: true, position: 'sidebar', date: shanghaiDateTime },
    },
    ...senderFields(),
  ],
}
