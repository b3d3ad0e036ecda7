/**
 * The newsroom's review step (送审 → 审核 → 发布) for stories, galleries, honour rolls and notices: the
 * states a draft goes through, the steps recorded in its history, and who may change what the
 * public sees (publish, unpublish, delete), with their labels and refusals.
 */
import { z } from 'zod'

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

export type ReviewLogStep = { action?: string | null; by?: string | null; at?: string | null; note?: string | null }
export type ReturnStep = { note: string; by: string; at: string }

/** The newest 退回 in a document's history: the note, the reviewer (by name, without the e-mail) and when. */
export const lastReturn = (log: ReviewLogStep[] | null | undefined): ReturnStep | null => {
  const step = [...(log ?? [])].reverse().find((entry) => entry.action === 'returned')
  return step ? { note: step.note ?? '', by: (step.by ?? '').replace(/（.*$/, ''), at: step.at ?? '' } : null
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

/** Refused to anyone but a reviewer or an administrator, on every path (hooks/enforceReview.ts). */
export const reviewerOnlyRefusal = '只有审核员可以通过或退回稿件。'

/** Returning a story without saying what to change is refused. */
export const returnNoteMissing = '退回时请填写审核意见，告诉编辑需要修改什么。'

/**
 * The steps of `POST /api/<collection>/:id/review` (the buttons at the top of the document view):
 * a writer submits; a reviewer approves, returns with a note, or publishes.
 */
export const reviewSteps = ['submit', 'approve', 'return', 'publish'] as const
export type ReviewStep = (typeof reviewSteps)[number]

export const reviewStepLabels: Record<ReviewStep, string> = { submit: '送审', approve: '通过', return: '退回', publish: '发布' }

export const reviewStepSchema = z.object({
  action: z.enum(reviewSteps, { error: `action 须为 ${reviewSteps.join('、')} 之一。` }),
  note: z.string({ error: '审核意见须为文字。' }).trim().max(1000, '审核意见不能超过 1000 字。').nullish(),
})
export type ReviewStepInput = z.output<typeof reviewStepSchema>

/**
 * Why a step may not be taken now, with the HTTP status to answer; null when it may. Who may is
 * the hooks' rule (they refuse it on every path); this answers the button's request before it
 * saves anything, with the reason in words: the role first, then the document's state.
 */
export const reviewStepRefusal = (
  user: UserWithRoles,
  step: ReviewStep,
  state: ReviewState,
  note?: string | null,
): { status: number; message: string } | null => {
  if ((step === 'approve' || step === 'return') && !canReview(user)) return { status: 403, message: reviewerOnlyRefusal }
  if (step === 'publish') {
    const refusal = stateChangeRefusal(user, 'publish')
    if (refusal) return { status: 403, message: refusal }
  }
  const now = reviewStateLabels[state].zh
  if (step === 'submit' && state === 'submitted') return { status: 409, message: '这篇稿件已经送审，正在等待审核。' }
  if ((step === 'approve' || step === 'return') && state !== 'submitted') {
    return { status: 409, message: `只有待审核的稿件可以${reviewStepLabels[step]}（这篇现在是“${now}”）。` }
  }
  if (step === 'return' && !note?.trim()) return { status: 400, message: returnNoteMissing }
  return null
}
