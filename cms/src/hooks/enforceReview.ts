import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { canReview, requestActions, reviewerOnlyRefusal, stateChangeRefusal } from '@fengcai/shared'
import type { ChainLogEntry, ChangeRequest, ReviewAction, ReviewSignature, ReviewState, ReviewStep } from '@fengcai/shared'

import { deleteNotesOf } from '@/collections/ReviewNotes/hooks'
import { publicError } from '@/lib/errors'
import { isLive } from '@/lib/isLive'
import { staffName } from '@/lib/staff'

import { enforceReviewOnDelete, recordDelete } from './enforceReviewOnDelete'
import type { CollectionHooks } from './mergeHooks'
import { notifyReviewStep } from './notifyReview'
import { chainStepFor, reviewChainOf, takeRequestedStep } from './reviewChainContext'
import { isDraftSave, isScheduledRun, recordStateChange, rememberAudit, rememberDraftSave } from './stateChangeContext'

type LogEntry = { action: ReviewAction; by: string; at: string; note?: string | null } & Partial<Pick<ChainLogEntry, 'stage' | 'stageName' | 'overrideReason'>>
type Reviewed = {
  id?: number | string
  _status?: string
  reviewState?: ReviewState | null
  reviewNote?: string | null
  reviewLog?: LogEntry[] | null
  reviewStage?: number | null
  signatures?: ReviewSignature[] | null
  updatedByName?: string | null
  changeRequest?: ChangeRequest | null
  changeRequestReason?: string | null
  author?: number | { id: number } | null
}
type ChainPlace = { reviewStage: number | null; signatures: ReviewSignature[] }

/**
 * The document a save would leave: the stored one (the newest version) with the save's fields over
 * it, groups field by field. A save through the API may send only what it changes (the 审核
 * endpoint sends the state alone), and it is the whole document that is proofread before a publish.
 */
const isGroup = (value: unknown): boolean => value !== null && typeof value === 'object' && !Array.isArray(value)
const afterSave = (before: Reviewed, data: Reviewed): Record<string, unknown> => {
  const merged: Record<string, unknown> = { ...before }
  for (const [key, value] of Object.entries(data)) {
    const was = merged[key]
    merged[key] = isGroup(value) && isGroup(was) ? { ...(was as object), ...(value as object) } : value
  }
  return merged
}

/** The 操作日志's note for a publish despite proofreading errors. */
const overrideNote = (count: number, reason: string): string => `校对有 ${count} 处错误，仍要发布的理由：${reason}`

const authorId = (author: Reviewed['author']): number | null => (author && typeof author === 'object' ? author.id : (author ?? null))

const refuse = (message: string | null) => {
  if (message) throw publicError(message, 403)
}

/** The stored history and signatures without the row ids Payload adds, as the hook writes them back. */
const storedLog = (log: Reviewed['reviewLog']): LogEntry[] =>
  (log ?? []).map(({ action, by, at, note, stage, stageName, overrideReason }) => ({
    action,
    by,
    at,
    note,
    stage: stage ?? null,
    stageName: stageName ?? null,
    overrideReason: overrideReason ?? null,
  }))
const storedSignatures = (signatures: Reviewed['signatures']): ReviewSignature[] =>
  (signatures ?? []).map(({ stage, userId, by, at, note, overrideReason }) => ({
    stage,
    userId,
    by,
    at,
    note: note ?? null,
    overrideReason: overrideReason ?? null,
  }))

/**
 * The chain step a save by a signed-in user takes: the one the 审核 endpoint was asked for, else
 * what the save itself does (a publish, or a change of the review state). Null for a save that
 * takes none (an edit, a request, an unpublish).
 */
const stepOfSave = (publishing: boolean, state: ReviewState, previousState: ReviewState): ReviewStep | null => {
  if (publishing) return 'publish'
  if (state === previousState) return null
  if (state === 'submitted') return 'submit'
  if (state === 'approved') return 'approve'
  if (state === 'returned') return 'return'
  return null
}

type ChainStepArgs = {
  req: PayloadRequest
  slug: string
  before: Reviewed
  doc: Reviewed
  step: ReviewStep
  note: string | null
  overrideReason: string | null
  by: string
  at: string
}

/**
 * Takes one step through the collection's review chain (hooks/reviewChainContext.ts reads the chain
 * from 站点设置) from the stored state, or refuses it with reviewChainStep's status and reason. The
 * one rule for the endpoint and for every save that approves, returns, submits or publishes.
 */
const takeChainStep = async ({ req, slug, before, doc, step, note, overrideReason, by, at }: ChainStepArgs) => {
  const user = req.user as NonNullable<PayloadRequest['user']> & { reviewStages?: number[] | null }
  const chain = await reviewChainOf(req, slug)
  const { result, blockingFindings } = await chainStepFor(req, slug, afterSave(before, doc), {
    chain,
    doc: { reviewState: before.reviewState ?? 'draft', reviewStage: before.reviewStage ?? null, signatures: storedSignatures(before.signatures) },
    user: { id: user.id, name: by, roles: user.roles, reviewStages: user.reviewStages },
    action: step,
    note,
    overrideReason,
    at,
  })
  if ('refusal' in result) {
    const field = step === 'return' && result.refusal.status === 400 ? { field: 'reviewNote' } : {}
    throw publicError(result.refusal.message, result.refusal.status, field)
  }
  // A publish despite errors goes ahead only with a reason (reviewChainStep refuses it otherwise).
  const overridden = blockingFindings > 0 && overrideReason ? { count: blockingFindings, reason: overrideReason.trim() } : null
  return { ...result.next, overridden }
}

/**
 * 送审 → 初审 → 复审 → 终审 → 发布 (the review chain configured per collection in 站点设置 → 审核流程;
 * one stage is the single review step), and every change of what the public sees. Editors (and
 * notice staff, for honour rolls and notices) write drafts and submit them; reviewers sign the stages they
 * carry (`users.reviewStages`; administrators any), one stage per person per submission, and the
 * last stage's approval publishes; any stage may return it (with a note). Only reviewers and
 * administrators publish and unpublish (撤稿): a publish that does not complete the chain is refused.
 * A writer asks for an unpublish or a delete instead (申请撤稿 / 申请删除, with a reason), which a
 * reviewer carries out or declines (with a note). The same rule holds on every path that saves:
 * REST single and bulk, GraphQL, version restore, the 审核 endpoint, and the scheduled publish /
 * unpublish, which runs as the user who scheduled it and is checked against that user's roles when
 * it runs. Server-side code without a user (seeds, migrations) is trusted. Every step is appended
 * to the history with who and when (and the stage), every save records who made it, so each saved
 * version names who saved it, the document keeps the user who created it as its author (whose desk
 * it is on), and each publish and unpublish is written to the 操作日志 (`audit-log`).
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
  // The history and the chain's place are the server's: whatever a client sends for them is replaced.
  const log = storedLog(before.reviewLog)
  let place: ChainPlace = { reviewStage: before.reviewStage ?? null, signatures: storedSignatures(before.signatures) }
  const at = new Date().toISOString()
  const id = operation === 'update' ? before.id : undefined
  const requested = id === undefined ? undefined : takeRequestedStep(req, collection.slug, id)
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
  const step = user ? (requested?.action ?? stepOfSave(publishing, state, previousState)) : null
  let overridden: { count: number; reason: string } | null = null
  if (step) {
    const stepNote = requested ? requested.note : note
    const next = await takeChainStep({
      req,
      slug: collection.slug,
      before,
      doc,
      step,
      note: stepNote,
      overrideReason: requested?.overrideReason ?? null,
      by,
      at,
    })
    // An approval at the last stage publishes only through a save that writes the live row (the
    // endpoint's); a draft save approves, and a later publish of the fully signed document goes ahead.
    if (publishing && !next.publish) throw publicError('这一步不会发布稿件，请不要同时改为“已发布”。', 400, { field: '_status' })
    state = next.reviewState
    overridden = next.overridden
    place = { reviewStage: next.reviewStage, signatures: next.signatures.map((signature) => ({ ...signature })) }
    if (next.logEntry) log.push({ ...next.logEntry })
  }
  if (publishing) {
    log.push({ action: 'published', by: actor, at, ...(overridden ? { overrideReason: overridden.reason } : {}) })
    rememberAudit(req, collection.slug, id, {
      action: 'published',
      by: actor,
      note: overridden ? overrideNote(overridden.count, overridden.reason) : null,
      ...(overridden ? { overrideReason: overridden.reason } : {}),
    })
  }
  if (unpublishing) {
    // Carrying out a writer's request: its reason stands for the note when the reviewer wrote none.
    const asked = previousRequest === 'unpublish' ? `按申请撤稿：${before.changeRequestReason ?? ''}` : null
    const why = freshNote ?? (scheduled ? '定时撤稿' : asked)
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

  if (writes && !step && previousState === 'approved' && state === 'approved' && request === previousRequest) {
    // Changed after approval: what was approved is no longer what is there. (Asking for an
    // unpublish or a delete, or withdrawing the request, changes nothing a reviewer approved.)
    state = 'draft'
    log.push({ action: 'reopened', by, at, note: null })
  }
  // Only a submission awaits a stage; the signatures stay until the next 送审 begins anew.
  if (state !== 'submitted') place = { ...place, reviewStage: null }
  const stamped = user ? { updatedByName: by } : {}
  // The author is who created the document, whoever changes it later; server code without a user
  // (seeds, the importer, migrations) may name one.
  const author = operation === 'create' ? (user ? user.id : authorId(doc.author)) : (authorId(before.author) ?? (user ? null : authorId(doc.author)))
  return { ...doc, author, reviewState: state, reviewLog: log, ...place, changeRequest: request, changeRequestReason: reason, ...stamped }
}

/**
 * The review step's hooks, for `mergeHooks` after a collection's own: the rule for saves and
 * deletes, the `draft` argument they depend on, the 操作日志 of what changed, the mails that tell
 * who must act next, and a deleted document's 批注.
 */
export const reviewHooks = {
  beforeOperation: [rememberDraftSave],
  beforeChange: [enforceReview],
  afterChange: [recordStateChange, notifyReviewStep],
  beforeDelete: [enforceReviewOnDelete],
  afterDelete: [recordDelete, deleteNotesOf],
} satisfies CollectionHooks
