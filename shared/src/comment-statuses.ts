import { commentKinds } from './comment-schema'
import type { CommentKind } from './comment-schema'

/** Comments: pending → approved / rejected. Objections: received → under review → resolved. */
export const commentStatusesOf = {
  comment: ['pending', 'approved', 'rejected'],
  objection: ['received', 'under-review', 'resolved'],
} as const satisfies Record<CommentKind, readonly string[]>

export const commentStatuses = [...commentStatusesOf.comment, ...commentStatusesOf.objection] as const
export type CommentStatus = (typeof commentStatuses)[number]

/** A comment is public once approved; an objection is open until resolved. */
export const openObjectionStatuses = ['received', 'under-review'] as const satisfies readonly CommentStatus[]

/** Labels shown in the admin and in the objections export; Chinese first, English for the English UI. */
export const commentStatusLabels: Record<CommentStatus, { zh: string; en: string }> = {
  pending: { zh: '待审核', en: 'Pending' },
  approved: { zh: '已通过', en: 'Approved' },
  rejected: { zh: '未通过', en: 'Rejected' },
  received: { zh: '已受理', en: 'Received' },
  'under-review': { zh: '核查中', en: 'Under review' },
  resolved: { zh: '已办结', en: 'Resolved' },
}

const isCommentKind = (kind: unknown): kind is CommentKind => typeof kind === 'string' && (commentKinds as readonly string[]).includes(kind)

/** Whether a status belongs to the workflow of this kind (unknown kind: any status). */
export const statusFitsKind = (status: string, kind: unknown): boolean =>
  !isCommentKind(kind) || (commentStatusesOf[kind] as readonly string[]).includes(status)
