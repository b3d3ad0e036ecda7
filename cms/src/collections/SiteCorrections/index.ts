import type { CollectionConfig } from 'payload'

import { collectionSlugs, correctionStatusLabels, correctionStatuses } from '@fengcai/shared'

import { rolesAllowed } from '@/access/roles'
import { challenge } from '@/collections/NoticeComments/endpoints/challenge'
import { asSent, receiptFields, senderFields } from '@/fields/publicSubmission'

import { correctionHandlersOnly } from './access'
import { submit } from './endpoints/submit'
import { setClosedAt } from './hooks/setClosedAt'

/**
 * 网站纠错: what readers report wrong on a page of the site ("我为网站找错"), from the form every
 * page's footer links to. Editors and admins read and handle them (status and a reply); the public
 * only submits, through the endpoint, with the comment form's proof of work and limits.
 */
export const SiteCorrections: CollectionConfig = {
  slug: collectionSlugs.siteCorrections,
  labels: { singular: { zh: '网站纠错', en: 'Site correction' }, plural: { zh: '网站纠错', en: 'Site corrections' } },
  admin: {
    useAsTitle: 'receipt',
    defaultColumns: ['receipt', 'status', 'page', 'content', 'createdAt'],
    group: { zh: '系统', en: 'System' },
    listSearchableFields: ['receipt', 'page', 'content'],
    description: { zh: '读者从网站各页面页脚“网站纠错”提交的问题。处理后请更新状态并填写处理答复。', en: 'Problems readers report from any page.' },
  },
  access: {
    read: correctionHandlersOnly,
    create: () => false,
    update: correctionHandlersOnly,
    delete: rolesAllowed(),
  },
  endpoints: [challenge, submit],
  hooks: { beforeChange: [setClosedAt] },
  fields: [
    ...receiptFields(),
    {
      name: 'status',
      type: 'select',
      label: { zh: '状态', en: 'Status' },
      required: true,
      defaultValue: 'pending',
      index: true,
      options: correctionStatuses.map((value) => ({ value, label: correctionStatusLabels[value] })),
    },
    { name: 'page', type: 'text', label: { zh: '出错页面', en: 'Page' }, required: true, ...asSent, admin: { readOnly: true } },
    { name: 'content', type: 'textarea', label: { zh: '问题描述', en: 'What is wrong' }, required: true, ...asSent, admin: { readOnly: true, rows: 6 } },
    { name: 'contact', type: 'text', label: { zh: '联系方式', en: 'Contact' }, ...asSent, admin: { readOnly: true } },
    {
      name: 'reply',
      type: 'textarea',
      label: { zh: '处理答复', en: 'Reply' },
      maxLength: 1000,
      admin: { rows: 4, description: { zh: '如何处理了这条纠错；读者留有联系方式的，可据此答复。', en: 'How it was handled.' } },
    },
    {
      name: 'closedAt',
      type: 'date',
      label: { zh: '处理完成时间', en: 'Closed at' },
      index: true,
      access: { update: () => false },
      admin: {
        readOnly: true,
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          zh: '标记为“已处理”的时间；此后保存期满，联系方式等个人信息自动删除。',
          en: 'When marked done; personal data is erased after the retention period.',
        },
      },
    },
    ...senderFields(),
  ],
}
