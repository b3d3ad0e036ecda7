/** Comments: pending → approved / rejected. Objections: received → under review → resolved. */
export const commentStatuses = [
  { value: 'pending', label: { zh: '待审核', en: 'Pending' } },
  { value: 'approved', label: { zh: '已通过', en: 'Approved' } },
  { value: 'rejected', label: { zh: '未通过', en: 'Rejected' } },
  { value: 'received', label: { zh: '已受理', en: 'Received' } },
  { value: 'under-review', label: { zh: '核查中', en: 'Under review' } },
  { value: 'resolved', label: { zh: '已办结', en: 'Resolved' } },
]

const statusesOf: Record<string, readonly string[]> = {
  comment: ['pending', 'approved', 'rejected'],
  objection: ['received', 'under-review', 'resolved'],
}

/** Whether a status belongs to the workflow of this kind (unknown kind: any status). */
export const statusFitsKind = (status: string, kind: unknown): boolean => typeof kind !== 'string' || !statusesOf[kind] || statusesOf[kind].includes(status)

/** A comment cannot be "resolved", an objection cannot be "approved"; resolving needs a note. */
export const validateStatus = (
  value: string | null | undefined,
  { siblingData }: { siblingData: Partial<{ kind: string; resolution: string | null }> },
): string | true => {
  if (!value) return '请选择状态。'
  if (!statusFitsKind(value, siblingData.kind))
    return siblingData.kind === 'objection' ? '异议只能设为“已受理”“核查中”或“已办结”。' : '留言只能设为“待审核”“已通过”或“未通过”。'
  if (value === 'resolved' && !siblingData.resolution?.trim()) return '办结异议时请填写办结意见。'
  return true
}
