/** What the 操作日志 records: the changes of what the public sees. */
export const auditActions = ['published', 'unpublished', 'deleted'] as const
export type AuditAction = (typeof auditActions)[number]

export const auditActionLabels: Record<AuditAction, { zh: string; en: string }> = {
  published: { zh: '发布', en: 'Published' },
  unpublished: { zh: '撤稿', en: 'Unpublished' },
  deleted: { zh: '删除', en: 'Deleted' },
}
