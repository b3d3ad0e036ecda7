import type { CollectionBeforeChangeHook } from 'payload'

import { canReview } from '@fengcai/shared'
import type { ReviewAction, ReviewState } from '@fengcai/shared'

import { publicError } from '@/lib/errors'
import { staffName } from '@/lib/staff'

type LogEntry = { action: ReviewAction; by: string; at: string; note?: string | null }
type Reviewed = { _status?: string; reviewState?: ReviewState | null; reviewNote?: string | null; reviewLog?: LogEntry[] | null; updatedByName?: string | null }

/**
 * 送审 → 审核 → 发布. Editors (and notice staff, for honour rolls) write drafts and submit them;
 * only reviewers and administrators approve, return (with a note) and publish. Server-side code
 * without a user (seeds, migrations) is trusted; server-side code acting for a user (the
 * scheduled publish, which runs as the user who scheduled it) may publish what a reviewer
 * approved and no one has changed since. Every step is appended to the history with who and
 * when, and every save records who made it, so each saved version names its author.
 */
export const enforceReview: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  const doc = data as Reviewed
  const before = (originalDoc ?? {}) as Reviewed
  const user = req.user
  const previousState: ReviewState = before.reviewState ?? 'draft'
  // The history is the server's: whatever a client sends for it is replaced.
  const log: LogEntry[] = [...(before.reviewLog ?? [])].map(({ action, by, at, note }) => ({ action, by, at, note }))
  const publishing = doc._status === 'published' && (operation === 'create' || before._status !== 'published')
  const at = new Date().toISOString()
  let state: ReviewState = doc.reviewState ?? previousState

  if (!user) {
    if (publishing) log.push({ action: 'published', by: '系统', at })
    return { ...data, reviewState: state, reviewLog: log }
  }
  const by = staffName(user)
  if (canReview(user)) {
    if (state === 'returned' && previousState !== 'returned') {
      if (!doc.reviewNote?.trim()) throw publicError('退回时请填写审核意见，告诉编辑需要修改什么。', 400, { field: 'reviewNote' })
      log.push({ action: 'returned', by, at, note: doc.reviewNote.trim() })
    }
    if (state === 'approved' && previousState !== 'approved') log.push({ action: 'approved', by, at, note: doc.reviewNote?.trim() || null })
    if (publishing) {
      if (state !== 'approved') log.push({ action: 'approved', by, at, note: doc.reviewNote?.trim() || null })
      state = 'approved'
      log.push({ action: 'published', by, at })
    }
  } else {
    if (state !== previousState && state !== 'submitted') throw publicError('只有审核员可以通过或退回稿件。', 403, { field: 'reviewState' })
    // Saving with the published status (a publish, or "publish changes" to a live document).
    if (doc._status === 'published') {
      // What a reviewer approved, published on schedule as the user who scheduled it.
      const scheduled = req.payloadAPI === 'local' && previousState === 'approved' && state === 'approved'
      if (!scheduled) throw publicError('编辑不能直接发布：请“送审”，由审核员审核通过后发布。', 403)
      if (publishing) log.push({ action: 'published', by: `${by}（定时发布）`, at })
    } else if (state === 'submitted' && previousState !== 'submitted') {
      log.push({ action: 'submitted', by, at, note: null })
    } else if (previousState === 'approved' && state === 'approved') {
      // Changed after approval: what was approved is no longer what is there.
      state = 'draft'
      log.push({ action: 'reopened', by, at, note: null })
    }
  }
  return { ...data, reviewState: state, reviewLog: log, updatedByName: by }
}

/** A collection's hooks with the review step added to its own beforeChange hooks (never replacing them). */
export const withReview = <T extends { beforeChange?: CollectionBeforeChangeHook[] }>(hooks: T): T & { beforeChange: CollectionBeforeChangeHook[] } => ({
  ...hooks,
  beforeChange: [...(hooks.beforeChange ?? []), enforceReview],
})
