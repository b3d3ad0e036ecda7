import type { CollectionConfig } from 'payload'

import { collectionSlugs, hasRole } from '@fengcai/shared'

import { isAdmin } from '@/access/isAdmin'
import { shanghaiDateTime } from '@/fields/dateDisplay'

import { auditActionLabels, auditActions } from './actions'
import { refuseAuditDelete, refuseAuditUpdate } from './hooks/refuseAuditChange'

/**
 * 操作日志: who changed what the public sees (a publish, an unpublish, a delete), when, from which
 * address, and why. Append-only: only server code writes it (`recordAudit`, with overrideAccess),
 * nobody creates, edits or deletes a row through any API, and administrators read it. A deleted
 * document's only trace is here, so a row never points into the document for its title.
 */
export const AuditLog: CollectionConfig = {
  slug: collectionSlugs.auditLog,
  labels: { singular: { zh: '操作记录', en: 'Audit entry' }, plural: { zh: '操作日志', en: 'Audit log' } },
  admin: {
    group: { zh: '系统', en: 'System' },
    useAsTitle: 'title',
    defaultColumns: ['at', 'action', 'collection', 'title', 'user', 'note'],
    description: { zh: '发布、撤稿和删除的记录，只能查看，不能修改或删除。', en: 'Publishes, unpublishes and deletes; read-only.' },
    hidden: ({ user }) => !hasRole(user as Parameters<typeof hasRole>[0], 'admin'),
  },
  defaultSort: '-at',
  disableDuplicate: true,
  access: {
    read: isAdmin,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  hooks: {
    beforeChange: [refuseAuditUpdate],
    beforeDelete: [refuseAuditDelete],
  },
  fields: [
    {
      name: 'action',
      type: 'select',
      label: { zh: '操作', en: 'Action' },
      required: true,
      index: true,
      options: auditActions.map((action) => ({ value: action, label: auditActionLabels[action] })),
    },
    { name: 'collection', type: 'text', label: { zh: '内容类型', en: 'Collection' }, required: true, index: true },
    { name: 'docId', type: 'text', label: { zh: '文档编号', en: 'Document id' }, required: true, index: true },
    { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' } },
    { name: 'user', type: 'text', label: { zh: '操作人', en: 'By' } },
    { name: 'at', type: 'date', label: { zh: '时间', en: 'At' }, required: true, index: true, admin: { date: shanghaiDateTime } },
    {
      name: 'clientAddress',
      type: 'text',
      label: { zh: '来源地址（散列）', en: 'Client address (hashed)' },
      admin: {
        description: {
          zh: '与评论、限流使用同一散列：可比对，不可还原。定时任务和服务器操作为空。',
          en: 'Salted hash, as elsewhere; empty for jobs and server code.',
        },
      },
    },
    { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Note' } },
  ],
}
