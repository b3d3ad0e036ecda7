import { commentStatusLabels, commentStatuses, commentStatusesOf, statusFitsKind } from '@fengcai/shared'
import type { CommentStatus } from '@fengcai/shared'

/** The admin's select options, in workflow order: comments first, then objections. */
export const commentStatusOptions = commentStatuses.map((value) => ({ value, label: commentStatusLabels[value] }))

const quoted = (statuses: readonly CommentStatus[]): string => {
  const words = statuses.map((status) => `“${commentStatusLabels[status].zh}”`)
  return `${words.slice(0, -1).join('')}或${words[words.length - 1]}`
}

/** A comment cannot be "resolved", an objection cannot be "approved"; resolving needs a note. */
export const validateStatus = (
  value: string | null | undefined,
  { siblingData }: { siblingData: Partial<{ kind: string; resolution: string | null }> },
): string | true => {
  if (!value) return '请选择状态。'
  if (!statusFitsKind(value, siblingData.kind))
    return siblingData.kind === 'objection' ? `异议只能设为${quoted(commentStatusesOf.objection)}。` : `留言只能设为${quoted(commentStatusesOf.comment)}。`
  if (value === 'resolved' && !siblingData.resolution?.trim()) return '办结异议时请填写办结意见。'
  return true
}
