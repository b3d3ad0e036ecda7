/**
 * The newsroom's review step (送审 → 审核 → 发布) for stories, galleries and honour rolls: the
 * states a draft goes through, the steps recorded in its history, and who may change what the
 * public sees (publish, unpublish, delete), with their labels and refusals.
 */
import { hasRole, roleLabels } from './roles'
import type { UserWithRoles } from './roles'

export const reviewStates = ['draft', 'submitted', 'returned', 'approved'] as const
export type ReviewState = (typeof reviewStates)[number]

export const reviewStateLabels: Record<ReviewState, { zh: string; en: string }> = {
  draft: { zh: '编辑中', en: 'In progress' },
  submitted: { zh: '待审核', en: 'Submitted' },
  returned: { zh: '已退回', en: 'Returned' },
  approved: { zh: '已通过', en: 'Approved' },
}

export const reviewActions = [
  'submitted',
  'returned',
  'approved',
  'published',
  'reopened',
  'unpublished',
  'unpublishRequested',
  'deleteRequested',
  'requestDeclined',
  'requestWithdrawn',
] as const
export type ReviewAction = (typeof reviewActions)[number]

export const reviewActionLabels: Record<ReviewAction, { zh: string; en: string }> = {
  submitted: { zh: '送审', en: 'Submitted' },
  returned: { zh: '退回修改', en: 'Returned' },
  approved: { zh: '审核通过', en: 'Approved' },
  published: { zh: '发布', en: 'Published' },
  reopened: { zh: '通过后修改，需重新送审', en: 'Edited after approval' },
  unpublished: { zh: '撤稿', en: 'Unpublished' },
  unpublishRequested: { zh: '申请撤稿', en: 'Unpublish requested' },
  deleteRequested: { zh: '申请删除', en: 'Delete requested' },
  requestDeclined: { zh: '驳回申请', en: 'Request declined' },
  requestWithdrawn: { zh: '撤回申请', en: 'Request withdrawn' },
}

/** What a writer may ask a reviewer to do to published content instead of doing it. */
export const changeRequests = ['unpublish', 'delete'] as const
export type ChangeRequest = (typeof changeRequests)[number]

export const changeRequestLabels: Record<ChangeRequest, { zh: string; en: string }> = {
  unpublish: { zh: '申请撤稿', en: 'Unpublish' },
  delete: { zh: '申请删除', en: 'Delete' },
}

/** The history step that records a request. */
export const requestActions: Record<ChangeRequest, ReviewAction> = { unpublish: 'unpublishRequested', delete: 'deleteRequested' }

/** The changes of what the public sees; only reviewers and administrators carry them out. */
export const stateChanges = ['publish', 'unpublish', 'delete'] as const
export type StateChange = (typeof stateChanges)[number]

/** Who may approve, return, publish, unpublish and delete published content: reviewers and administrators. */
export const canReview = (user: UserWithRoles): boolean => hasRole(user, 'admin', 'reviewer')

/** What the writer is called in a refusal: 编辑, 公示工作人员, or 您 for anyone else. */
const writerName = (user: UserWithRoles): string => {
  if (hasRole(user, 'editor')) return roleLabels.editor.zh
  if (hasRole(user, 'notice-staff')) return roleLabels['notice-staff'].zh
  return '您'
}

/**
 * Why a user who may not carry out a change is refused, and what to do instead; null when the
 * user may (reviewers and administrators).
 */
export const stateChangeRefusal = (user: UserWithRoles, change: StateChange): string | null => {
  if (canReview(user)) return null
  const who = writerName(user)
  switch (change) {
    case 'publish':
      return `${who}不能直接发布：请“送审”，由审核员审核通过后发布。`
    case 'unpublish':
      return `${who}不能直接撤稿：请提交撤稿申请，由审核员处理。`
    case 'delete':
      return `${who}不能删除发布过的稿件：请提交删除申请，由审核员处理。`
  }
}
