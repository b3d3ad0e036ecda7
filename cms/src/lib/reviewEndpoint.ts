// POST /api/<collection>/:id/review — 送审, 通过 (the stage awaiting a signature), 退回 (with a note) or 发布: the buttons at the top of the document.
import { headersWithCors } from 'payload'
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { reviewChainStepSchema, reviewStageLabel } from '@fengcai/shared'
import type { ReviewChain, ReviewSignature, ReviewState, ReviewStep } from '@fengcai/shared'

import { chainStepFor, rememberRequestedStep, reviewChainOf } from '@/hooks/reviewChainContext'
import { MAX_REVIEW_STEP_BYTES } from '@/lib/bodyLimits'
import { nullIfNotFound, publicError } from '@/lib/errors'
import { readTextCapped } from '@/lib/readBody'
import { staffName } from '@/lib/staff'

const published = '已发布，网站上的页面将在几秒内更新。'
const done: Record<ReviewStep, string> = {
  submit: '已送审，等待审核员审核。',
  approve: '已通过审核。',
  return: '已退回，作者会在“我的草稿”中看到审核意见。',
  publish: published,
}

/** An approval short of the last stage: which stage was signed and which one comes next. */
const signedMessage = (chain: ReviewChain, awaiting: number): string =>
  `已通过“${reviewStageLabel(chain, awaiting - 1)}”，等待“${reviewStageLabel(chain, awaiting)}”。`

type Stored = { reviewState?: ReviewState | null; reviewStage?: number | null; signatures?: ReviewSignature[] | null }

/**
 * One review step on one document, as the signed-in user, through the collection's review chain
 * (站点设置 → 审核流程): an approval signs the stage awaiting a signature, the last stage's
 * publishes. The step is refused here with reviewChainStep's status and reason before anything is
 * saved; the save goes through the Local API with the user's access and the step noted in
 * `req.context`, so the review hooks (hooks/enforceReview.ts) decide by the same rule as on every
 * other path, record the step and notify the author. Answers 200 with the new state, or 4xx with a
 * Chinese reason.
 */
export const reviewEndpoint = (collection: CollectionSlug): Endpoint => ({
  path: '/:id/review',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) throw publicError('请先登录后台。', 401)
    const id = String(req.routeParams?.id ?? '')
    if (!/^\d{1,12}$/.test(id)) throw publicError('编号格式不正确。', 400, { field: 'id' })
    let body: unknown
    try {
      body = JSON.parse((await readTextCapped(req, MAX_REVIEW_STEP_BYTES)) || '{}')
    } catch (error) {
      if ((error as { status?: number }).status) throw error
      throw publicError('请求内容不是有效的 JSON。', 400)
    }
    const parsed = reviewChainStepSchema.safeParse(body)
    if (!parsed.success) throw publicError(parsed.error.issues[0]?.message ?? '请求内容不正确。', 400)
    const { action } = parsed.data
    const note = parsed.data.note || null
    const overrideReason = parsed.data.overrideReason || null
    const doc = (await req.payload
      .findByID({ collection, id: Number(id), draft: true, depth: 0, overrideAccess: false, user: req.user, req })
      .catch(nullIfNotFound)) as (Stored & Record<string, unknown>) | null
    if (!doc) throw publicError('找不到这篇稿件，或您无权查看。', 404)
    const user = req.user as typeof req.user & { reviewStages?: number[] | null }
    const chain = await reviewChainOf(req, collection)
    const { result } = await chainStepFor(req, collection, doc, {
      chain,
      doc: { reviewState: doc.reviewState ?? 'draft', reviewStage: doc.reviewStage ?? null, signatures: doc.signatures ?? [] },
      user: { id: user.id, name: staffName(user), roles: user.roles, reviewStages: user.reviewStages },
      action,
      note,
      overrideReason,
      at: new Date().toISOString(),
    })
    if ('refusal' in result) throw publicError(result.refusal.message, result.refusal.status)
    const { reviewState, reviewStage, publish } = result.next
    rememberRequestedStep(req, collection, id, { action, note, overrideReason })
    const saved = (await req.payload.update({
      collection,
      id: Number(id),
      data: { _status: publish ? 'published' : 'draft', reviewState, ...(action === 'submit' ? {} : { reviewNote: note }) } as never,
      draft: !publish,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })) as unknown as {
      reviewState?: ReviewState
      reviewStage?: number | null
      _status?: string
    }
    return Response.json(
      {
        id: Number(id),
        action,
        reviewState: saved.reviewState,
        reviewStage: saved.reviewStage ?? null,
        _status: saved._status,
        message: publish ? published : reviewStage && action === 'approve' ? signedMessage(chain, reviewStage) : done[action],
      },
      { status: 200, headers: headersWithCors({ headers: new Headers({ 'cache-control': 'no-store' }), req }) },
    )
  },
})
