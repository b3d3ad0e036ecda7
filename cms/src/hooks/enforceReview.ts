import type { CollectionBeforeChangeHook } from 'payload'

import { canReview, requestActions, returnNoteMissing, reviewerOnlyRefusal, stateChangeRefusal } from '@fengcai/shared'
import type { ChangeRequest, ReviewAction, ReviewState } from '@fengcai/shared'

import { publicError } from '@/lib/errors'
import { isLive } from '@/lib/isLive'
import { staffName } from '@/lib/staff'

import { enforceReviewOnDelete, recordDelete } from './enforceReviewOnDelete'
import type { CollectionHooks } from './mergeHooks'
import { notifyAuthorOfReturn, rememberReturn } from './notifyAuthor'
import { isDraftSave, isScheduledRun, recordStateChange, rememberAudit, rememberDraftSave } from './stateChangeContext'

type LogEntry = { action: ReviewAction; by: string; at: string; note?: string | null }
type Reviewed = {
  id?: number | string
  _status?: string
  reviewState?: ReviewState | null
  reviewNote?: string | null
  reviewLog?: LogEntry[] | null
  updatedByName?: string | null
  changeRequest?: ChangeRequest | null
  changeRequestReason?: string | null
  author?: number | { id: number } | null
}

const authorId = (author: Reviewed['author']): number | null => (author && typeof author === 'object' ? author.id : (author ?? null))

const refuse = (message: string | null) => {
  if (message) throw publicError(message, 403)
}

/**
 * 送审 → 审核 → 发布, and every change of what the public sees. Editors (and notice staff, for
 * honour rolls) write drafts and submit them; only reviewers and administrators approve, return
 * (with a note), publish and unpublish (撤稿). A writer asks for an unpublish or a delete instead
 * (申请撤稿 / 申请删除, with a reason), which a reviewer carries out or declines (with a note).
 * The same rule holds on every path that saves: REST single and bulk, GraphQL, version restore, and
 * the scheduled publish / unpublish, which runs as the user who scheduled it and is checked
 * against that user's roles when it runs. Server-side code without a user (seeds, migrations) is
 * trusted. Every step is appended to the history with who and when, every save records who made
 * it, so each saved version names who saved it, the document keeps the user who created it as its
 * author (whose desk it is on), and each publish and unpublish is written to the 操作日志
 * (`audit-log`).
 */
export const enforceReview: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req, operation }) => {
  const doc = { ...data } as Reviewed
  const before = (originalDoc ?? {}) as Reviewed
  // A restored version brings its content back, not its review state or requests of the time.
  if (req.context.isRestoringVersion) {
    doc.reviewState = before.reviewState ?? 'draft'
    doc.reviewNote = before.reviewNote ?? null
    doc.changeRequest = before.changeRequest ?? null
    doc.changeRequestReason = before.changeRequestReason ?? null
  }
  const user = req.user
  const previousState: ReviewState = before.reviewState ?? 'draft'
  // The history is the server's: whatever a client sends for it is replaced.
  const log: LogEntry[] = [...(before.reviewLog ?? [])].map(({ action, by, at, note }) => ({ action, by, at, note }))
  const at = new Date().toISOString()
  const id = operation === 'update' ? before.id : undefined
  // What the public sees now, and whether this save rewrites it.
  const live = id !== undefined && (await isLive(req, collection.slug, id))
  const writesLive = !isDraftSave(req, collection.slug, doc._status)
  const publishing = doc._status === 'published' && (operation === 'create' || before._status !== 'published')
  const unpublishing = live && writesLive && doc._status !== 'published'
  const note = doc.reviewNote?.trim() || null
  // A note typed for this step, not the one left from an earlier step.
  const freshNote = note && note !== (before.reviewNote?.trim() || null) ? note : null
  const previousRequest = before.changeRequest ?? null
  let request = doc.changeRequest ?? null
  let reason = request === previousRequest ? (before.changeRequestReason ?? null) : doc.changeRequestReason?.trim() || null
  let state: ReviewState = doc.reviewState ?? previousState

  const by = user ? staffName(user) : '系统'
  // Who approves, returns and takes published content down, and who writes and asks.
  const reviews = Boolean(user) && canReview(user)
  const writes = Boolean(user) && !reviews
  const scheduled = Boolean(user) && (publishing || unpublishing) && (await isScheduledRun(req, collection.slug, id))
  const actor = scheduled ? `${by}（${publishing ? '定时发布' : '定时撤稿'}）` : by

  if (doc._status === 'published') refuse(user ? stateChangeRefusal(user, 'publish') : null)
  if (unpublishing) refuse(user ? stateChangeRefusal(user, 'unpublish') : null)

  if (writes && state !== previousState && state !== 'submitted') {
    throw publicError(reviewerOnlyRefusal, 403, { field: 'reviewState' })
  }
  if (reviews) {
    if (state === 'returned' && previousState !== 'returned') {
      if (!note) throw publicError(returnNoteMissing, 400, { field: 'reviewNote' })
      log.push({ action: 'returned', by, at, note })
      rememberReturn(req, collection.slug, id, { note, by, at })
    }
    if (state === 'approved' && previousState !== 'approved') log.push({ action: 'approved', by, at, note })
  }
  if (publishing) {
    // A reviewer's publish counts as approval.
    if (reviews && state !== 'approved') log.push({ action: 'approved', by, at, note })
    if (reviews) state = 'approved'
    log.push({ action: 'published', by: actor, at })
    rememberAudit(req, collection.slug, id, { action: 'published', by: actor, note: null })
  }
  if (unpublishing) {
    // Carrying out a writer's request: its reason stands for the note when the reviewer wrote none.
    const requested = previousRequest === 'unpublish' ? `按申请撤稿：${before.changeRequestReason ?? ''}` : null
    const why = freshNote ?? (scheduled ? '定时撤稿' : requested)
    log.push({ action: 'unpublished', by: actor, at, note: why })
    rememberAudit(req, collection.slug, id, { action: 'unpublished', by: actor, note: why })
    if (previousRequest === 'unpublish') request = null
  }

  // Requests: a writer asks, a reviewer declines (or carries it out, above), the asker withdraws.
  const fulfilled = unpublishing && previousRequest === 'unpublish'
  if (request !== previousRequest && !fulfilled) {
    if (request) {
      if (!reason) throw publicError('申请撤稿或删除时请填写理由。', 400, { field: 'changeRequestReason' })
      if (request === 'unpublish' && !live) throw publicError('这篇稿件没有发布，不需要撤稿。', 400, { field: 'changeRequest' })
      log.push({ action: requestActions[request], by, at, note: reason })
    } else if (reviews) {
      if (!freshNote) throw publicError('驳回申请时请在“审核意见”中写明理由。', 400, { field: 'reviewNote' })
      log.push({ action: 'requestDeclined', by, at, note: freshNote })
    } else {
      log.push({ action: 'requestWithdrawn', by, at, note: null })
    }
  }
  if (!request) reason = null

  if (writes) {
    if (state === 'submitted' && previousState !== 'submitted') {
      log.push({ action: 'submitted', by, at, note: null })
    } else if (previousState === 'approved' && state === 'approved' && request === previousRequest) {
      // Changed after approval: what was approved is no longer what is there. (Asking for an
      // unpublish or a delete, or withdrawing the request, changes nothing a reviewer approved.)
      state = 'draft'
      log.push({ action: 'reopened', by, at, note: null })
    }
  }
  const stamped = user ? { updatedByName: by } : {}
  // The author is who created the document, whoever changes it later; server code without a user
  // (seeds, the importer, migrations) may name one.
  const author = operation === 'create' ? (user ? user.id : authorId(doc.author)) : (authorId(before.author) ?? (user ? null : authorId(doc.author)))
  return { ...doc, author, reviewState: state, reviewLog: log, changeRequest: request, changeRequestReason: reason, ...stamped }
}

/**
 * The review step's hooks, for `mergeHooks` after a collection's own: the rule for saves and
 * deletes, the `draft` argument they depend on, and the 操作日志 of what changed.
 */
export const reviewHooks = {
  beforeOperation: [rememberDraftSave],
  beforeChange: [enforceReview],
  afterChange: [recordStateChange, notifyAuthorOfReturn],
  beforeDelete: [enforceReviewOnDelete],
  afterDelete: [recordDelete],
} satisfies CollectionHooks
