/**
 * One step through a review chain (送审 → 初审 → 复审 → 终审 → 发布): who may take it, and the
 * document's chain state after it. Pure: the CMS passes the chain, the stored state, the user and
 * the time, and saves what comes back (or answers the refusal).
 */
import { z } from 'zod'

import { canReview, returnNoteMissing, reviewerOnlyRefusal, reviewStateLabels, reviewStepLabels, reviewStepSchema, stateChangeRefusal } from './review'
import type { ReviewState, ReviewStep } from './review'
import { reviewStageLabel } from './reviewChain'
import type { ReviewChain } from './reviewChain'
import { hasRole } from './roles'

/** One stage signed (approved) by one person in the current submission. */
export type ReviewSignature = {
  stage: number
  userId: number | string
  by: string
  at: string
  note?: string | null
  overrideReason?: string | null
}

/**
 * What a document carries for its chain: the review state, the stage awaiting a signature while
 * `submitted` (1-based; null otherwise), and the signatures of the current submission in order
 * (kept once approved, so a republish still shows who approved; begun anew by each 送审).
 */
export type ReviewChainState = { reviewState: ReviewState; reviewStage: number | null; signatures: readonly ReviewSignature[] }

/** The signed-in user: `name` as the history shows it, `reviewStages` the stages they may sign. */
export type ChainUser = { id: number | string; name: string; roles?: readonly string[] | null; reviewStages?: readonly number[] | null }

/** The 审核记录 entry a step adds; `stageName` is kept as it was, so a later rename leaves history alone. */
export type ChainLogEntry = {
  action: 'submitted' | 'approved' | 'returned'
  by: string
  at: string
  stage: number | null
  stageName: string | null
  note: string | null
  overrideReason: string | null
}

export type ReviewChainStepInput = {
  chain: ReviewChain
  doc: Partial<ReviewChainState> | null | undefined
  user: ChainUser
  /** `publish` is an approval at the last stage; in a one-stage chain, also a reviewer's direct publish, as before chains. */
  action: ReviewStep
  note?: string | null
  overrideReason?: string | null
  /** Proofreading findings of severity `error` in what would be published. */
  blockingFindings?: number
  at: string
}

export type ReviewChainRefusal = { status: 400 | 403 | 409; message: string }
export type ReviewChainNext = ReviewChainState & { publish: boolean; logEntry: ChainLogEntry | null }
export type ReviewChainResult = { refusal: ReviewChainRefusal } | { next: ReviewChainNext }

/** `POST /api/<collection>/:id/review` with a chain: the review step, and why a publish goes ahead despite proofreading errors. */
export const reviewChainStepSchema = reviewStepSchema.extend({
  overrideReason: z.string({ error: '理由须为文字。' }).trim().max(500, '理由不能超过 500 字。').nullish(),
})
export type ReviewChainStepRequest = z.output<typeof reviewChainStepSchema>

const refuse = (status: ReviewChainRefusal['status'], message: string): ReviewChainResult => ({ refusal: { status, message } })

const quoted = (chain: ReviewChain, stages: readonly number[]): string => stages.map((stage) => `“${reviewStageLabel(chain, stage)}”`).join('')

const stageNumbers = (chain: ReviewChain): number[] => chain.stages.map((_, index) => index + 1)

/**
 * The stages of this chain a user may sign: every stage for administrators; for reviewers, their
 * `reviewStages`, except that a one-stage chain is any reviewer's, as the single review step was.
 */
export const signableStages = (chain: ReviewChain, user: Pick<ChainUser, 'roles' | 'reviewStages'>): number[] => {
  const all = stageNumbers(chain)
  if (hasRole(user, 'admin')) return all
  if (!canReview(user)) return []
  if (all.length === 1) return all
  return all.filter((stage) => user.reviewStages?.includes(stage))
}

const stageRefusal = (chain: ReviewChain, user: ChainUser, stage: number, verb: string): string => {
  const name = reviewStageLabel(chain, stage)
  const own = signableStages(chain, user)
  const why = own.length > 0 ? `您负责的是${quoted(chain, own)}` : '您还没有被指定这一流程的审核级别，请管理员在“用户”中设置'
  return `您不能${verb}“${name}”：${why}。请由负责“${name}”的审核员处理。`
}

const findingsRefusal = (count: number): string => `这篇稿件有 ${count} 处校对错误：请先改正，或在“仍要发布的理由”中写明为何照发，理由会记入审核记录。`

/** True when the signatures are stages 1..n of the chain, in order. */
const fullySigned = (chain: ReviewChain, signatures: readonly ReviewSignature[]): boolean =>
  signatures.length === chain.stages.length && signatures.every((signature, index) => signature.stage === index + 1)

/**
 * One review step. Checks in the order a person would want to hear them: the role, the document's
 * state, the stage, the person (one signature per person per submission), then the note and the
 * proofreading. An approval signs the stage awaiting a signature; the last stage's publishes. A
 * one-stage chain keeps the single review step exactly: approve marks 已通过 without publishing,
 * and a reviewer's publish, from any state, counts as the approval.
 */
export const reviewChainStep = (input: ReviewChainStepInput): ReviewChainResult => {
  const { chain, user, action, at } = input
  const state: ReviewState = input.doc?.reviewState ?? 'draft'
  const signatures = input.doc?.signatures ?? []
  const last = chain.stages.length
  const note = input.note?.trim() || null
  const overrideReason = input.overrideReason?.trim() || null
  const blocking = input.blockingFindings ?? 0
  // The stage awaiting a signature; a chain shortened since the submission ends at its last stage.
  const awaiting = Math.min(Math.max(input.doc?.reviewStage ?? signatures.length + 1, 1), last)
  const entry = (logAction: ChainLogEntry['action'], stage: number | null, reason: string | null = null): ChainLogEntry => ({
    action: logAction,
    by: user.name,
    at,
    stage,
    stageName: stage === null ? null : reviewStageLabel(chain, stage),
    note,
    overrideReason: reason,
  })

  const sign = (stage: number, publish: boolean, base: readonly ReviewSignature[]): ReviewChainResult => {
    if (!signableStages(chain, user).includes(stage)) return refuse(403, stageRefusal(chain, user, stage, '签发'))
    const earlier = base.find((signature) => signature.userId === user.id)
    if (earlier) {
      const then = reviewStageLabel(chain, earlier.stage)
      return refuse(403, `您已签发本次送审的“${then}”，同一人不能签发同一次送审的两级审核。请由其他审核员签发“${reviewStageLabel(chain, stage)}”。`)
    }
    if (publish && blocking > 0 && !overrideReason) return refuse(400, findingsRefusal(blocking))
    const reason = publish && blocking > 0 ? overrideReason : null
    const signature: ReviewSignature = { stage, userId: user.id, by: user.name, at, note, overrideReason: reason }
    const done = stage === last
    return {
      next: {
        reviewState: done ? 'approved' : 'submitted',
        reviewStage: done ? null : stage + 1,
        signatures: [...base, signature],
        publish,
        logEntry: entry('approved', stage, reason),
      },
    }
  }

  if (action === 'submit') {
    if (state === 'submitted') return refuse(409, '这篇稿件已经送审，正在等待审核。')
    return { next: { reviewState: 'submitted', reviewStage: 1, signatures: [], publish: false, logEntry: entry('submitted', null) } }
  }

  if (action === 'publish') {
    const refusal = stateChangeRefusal(user, 'publish')
    if (refusal) return refuse(403, refusal)
    if (state === 'approved' && fullySigned(chain, signatures)) {
      // Published again after an unpublish: the approval of this submission still stands.
      if (blocking > 0 && !overrideReason) return refuse(400, findingsRefusal(blocking))
      return { next: { reviewState: 'approved', reviewStage: null, signatures, publish: true, logEntry: null } }
    }
    // Outside a submission (a draft, a return, an approval reopened by an edit) earlier signatures are stale.
    if (last === 1) return sign(1, true, state === 'submitted' ? signatures : [])
    const all = quoted(chain, stageNumbers(chain))
    // Approved before the chain had its present stages (or before chains): its approval does not cover them.
    if (state === 'approved') return refuse(409, `这篇稿件没有经过现在的${all}各级审核，请重新送审。`)
    if (state !== 'submitted') {
      const now = reviewStateLabels[state].zh
      return refuse(409, `发布前须送审，经${all}依次通过（这篇现在是“${now}”）。`)
    }
    if (awaiting < last) {
      return refuse(409, `这篇稿件正在等待“${reviewStageLabel(chain, awaiting)}”，“${reviewStageLabel(chain, last)}”通过后才能发布。`)
    }
    return sign(last, true, signatures)
  }

  // 通过 and 退回 act on the stage awaiting a signature.
  if (!canReview(user)) return refuse(403, reviewerOnlyRefusal)
  if (state !== 'submitted') {
    return refuse(409, `只有待审核的稿件可以${reviewStepLabels[action]}（这篇现在是“${reviewStateLabels[state].zh}”）。`)
  }
  if (action === 'approve') return sign(awaiting, awaiting === last && last > 1, signatures)

  // A return is not a signature: whoever may sign the awaiting stage may send it back, even one who signed an earlier stage.
  if (!signableStages(chain, user).includes(awaiting)) return refuse(403, stageRefusal(chain, user, awaiting, '退回'))
  if (!note) return refuse(400, returnNoteMissing)
  return { next: { reviewState: 'returned', reviewStage: null, signatures: [], publish: false, logEntry: entry('returned', awaiting) } }
}
