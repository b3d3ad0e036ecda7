/**
 * The newsroom's review step (送审 → 审核 → 发布) for stories, galleries and honour rolls: the
 * states a draft goes through and the steps recorded in its history, with their labels.
 */
import { hasRole } from './roles'
import type { UserWithRoles } from './roles'

export const reviewStates = ['draft', 'submitted', 'returned', 'approved'] as const
export type ReviewState = (typeof reviewStates)[number]

export const reviewStateLabels: Record<ReviewState, { zh: string; en: string }> = {
  draft: { zh: '编辑中', en: 'In progress' },
  submitted: { zh: '待审核', en: 'Submitted' },
  returned: { zh: '已退回', en: 'Returned' },
  approved: { zh: '已通过', en: 'Approved' },
}

export const reviewActions = ['submitted', 'returned', 'approved', 'published', 'reopened'] as const
export type ReviewAction = (typeof reviewActions)[number]

export const reviewActionLabels: Record<ReviewAction, { zh: string; en: string }> = {
  submitted: { zh: '送审', en: 'Submitted' },
  returned: { zh: '退回修改', en: 'Returned' },
  approved: { zh: '审核通过', en: 'Approved' },
  published: { zh: '发布', en: 'Published' },
  reopened: { zh: '通过后修改，需重新送审', en: 'Edited after approval' },
}

/** Who may approve, return and publish: reviewers and administrators. */
export const canReview = (user: UserWithRoles): boolean => hasRole(user, 'admin', 'reviewer')
