import type { CollectionConfig } from 'payload'

import { collectionSlugs, hasRole } from '@fengcai/shared'

import { isAdmin } from '@/access/isAdmin'
import { shanghaiDateTime } from '@/fields/dateDisplay'

import { auditActionLabels, auditActions } from './actions'
import { exportAuditCsv } from './endpoints/exportCsv'
import { refuseAuditDelete, refuseAuditUpdate } from './hooks/refuseAuditChange'

/**
 * 操作日志: who changed what the public sees (a publish, an unpublish, a delete, a restore), who
 * logged in or tried to, who changed whose roles or review stages or the 站点设置, who published the 首页版块, who exported
 * personal data and who set a rule aside; when, from which address, and why. Append-only: only server code writes it (`recordAudit`, with overrideAccess),
 * nobody creates, edits or deletes a row through any API, and administrators read it. A deleted
 * document's only trace is here, so a row never points into the document for its title.
 */
export const AuditLog: CollectionConfig = {
  slug: collectionSlugs.auditLog,
  labels: { singular: { zh: '操作记录', en: 'Audit entry' }, plural: { zh: '操作日志', en: 'Audit log' } },
  admin: {
    group: { zh: '系统', en: 'System' },
    useAsTitle: 'title',
    defaultColumns: ['at', 'action', 'user', 'collection', 'title', 'clientAddress', 'note'],
    // The search box finds a title, a user (or the email a failed login tried) or a document id.
    listSearchableFields: ['title', 'user', 'docId'],
    description: {
      zh: '发布、撤稿、删除、恢复版本、登录、角色与审核级别变更、站点设置修改、首页版块发布、个人信息导出和强制放行的记录，保存至少 180 天。只能查看和导出，不能修改或删除。可按操作、操作人、时间等筛选。',
      en: 'Publishing, logins, role and settings changes, personal-data exports and overrides; kept 180 days at least; read-only.',
    },
    components: { beforeListTable: ['@/collections/AuditLog/admin/ExportCsvButton#ExportCsvButton'] },
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
  endpoints: [exportAuditCsv],
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
    // None for a failed login to an email that has no account.
    { name: 'docId', type: 'text', label: { zh: '文档编号', en: 'Document id' }, index: true },
    { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' } },
    // The user's name and email at the time (a row outlives the account), or the email a failed login tried.
    { name: 'user', type: 'text', label: { zh: '操作人', en: 'By' }, index: true },
    { name: 'at', type: 'date', label: { zh: '时间', en: 'At' }, required: true, index: true, admin: { date: shanghaiDateTime } },
    {
      name: 'clientAddress',
      type: 'text',
      label: { zh: '来源地址（散列）', en: 'Client address (hashed)' },
      admin: {
        description: {
          zh: '与评论、限流使用同一散列（按 TRUST_PROXY 识别代理后的客户端地址）：可比对，不可还原。定时任务和服务器操作为空。',
          en: 'Salted hash, as elsewhere; empty for jobs and server code.',
        },
      },
    },
    { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Note' } },
  ],
}
