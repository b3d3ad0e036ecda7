import type { CollectionConfig } from 'payload'

import { collectionSlugs, hasRole } from '@fengcai/shared'

import { isAdmin } from '@/access/isAdmin'

import { failed, finished, pending } from './endpoints'

/**
 * The publishing queue: one row per change the public site must show (a publish, an edit of
 * published content, an unpublish, a delete, a taxonomy or media change, a moderated comment),
 * written in the same transaction as the change itself, so a change that is saved is never
 * lost and one that is rolled back never reaches the site. The site worker reads the rows,
 * re-renders what they affect and deletes them; a row it could not publish stays, with the
 * error and the number of attempts, for an administrator to see here.
 */
export const SiteChanges: CollectionConfig = {
  slug: collectionSlugs.siteChanges,
  labels: { singular: { zh: '待发布变更', en: 'Site change' }, plural: { zh: '网站发布队列', en: 'Site changes' } },
  admin: {
    group: { zh: '系统', en: 'System' },
    useAsTitle: 'reason',
    defaultColumns: ['reason', 'attempts', 'lastError', 'createdAt'],
    description: {
      zh: '内容变更在此排队，由网站发布进程在几秒内发布到公众网站后自动移除。长时间停留或带有错误信息的条目说明发布失败，发布进程会自动重试。',
      en: 'Changes wait here until the site worker has published them. Entries that stay, or show an error, failed to publish and are retried.',
    },
    hidden: ({ user }) => !hasRole(user as Parameters<typeof hasRole>[0], 'admin'),
  },
  access: {
    read: isAdmin,
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  endpoints: [pending, finished, failed],
  fields: [
    { name: 'collection', type: 'text', label: { zh: '内容类型', en: 'Collection' }, required: true, index: true },
    { name: 'docId', type: 'text', label: { zh: '文档编号', en: 'Document id' }, required: true },
    { name: 'reason', type: 'text', label: { zh: '变更', en: 'Change' } },
    { name: 'attempts', type: 'number', label: { zh: '发布尝试次数', en: 'Attempts' }, defaultValue: 0 },
    { name: 'lastError', type: 'textarea', label: { zh: '最近一次错误', en: 'Last error' } },
  ],
}
