// POST /api/<collection>/:id/review — 送审, 通过, 退回 (with a note) or 发布: the buttons at the top of the document.
import { headersWithCors } from 'payload'
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { reviewStepRefusal, reviewStepSchema } from '@fengcai/shared'
import type { ReviewState, ReviewStep } from '@fengcai/shared'

import { MAX_REVIEW_STEP_BYTES } from '@/lib/bodyLimits'
import { nullIfNotFound, publicError } from '@/lib/errors'
import { readTextCapped } from '@/lib/readBody'

const done: Record<ReviewStep, string> = {
  submit: '已送审，等待审核员审核。',
  approve: '已通过审核。',
  return: '已退回，作者会在“我的草稿”中看到审核意见。',
  publish: '已发布，网站上的页面将在几秒内更新。',
}

/** What each step saves: the review state (a draft save), or the publish of the newest draft. */
const change = (step: ReviewStep, note: string | null): { data: Record<string, unknown>; draft: boolean } => {
  switch (step) {
    case 'submit':
      return { data: { _status: 'draft', reviewState: 'submitted' }, draft: true }
    case 'approve':
      return { data: { _status: 'draft', reviewState: 'approved', reviewNote: note }, draft: true }
    case 'return':
      return { data: { _status: 'draft', reviewState: 'returned', reviewNote: note }, draft: true }
    case 'publish':
      return { data: { _status: 'published', reviewNote: note }, draft: false }
  }
}

/**
 * One review step on one document, as the signed-in user. The step is refused here with its reason
 * (the role, then the document's state: approve and return need 待审核) before anything is saved;
 * the save itself goes through the Local API with the user's access, so the review hooks
 * (hooks/enforceReview.ts) decide as on every other path, record the step and notify the author.
 * Answers 200 with the new state, or 4xx with a Chinese reason.
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
    const parsed = reviewStepSchema.safeParse(body)
    if (!parsed.success) throw publicError(parsed.error.issues[0]?.message ?? '请求内容不正确。', 400)
    const { action, note } = parsed.data
    const doc = (await req.payload
      .findByID({ collection, id: Number(id), draft: true, depth: 0, overrideAccess: false, user: req.user, req })
      .catch(nullIfNotFound)) as { reviewState?: ReviewState | null } | null
    if (!doc) throw publicError('找不到这篇稿件，或您无权查看。', 404)
    const refusal = reviewStepRefusal(req.user, action, doc.reviewState ?? 'draft', note)
    if (refusal) throw publicError(refusal.message, refusal.status)
    const { data, draft } = change(action, note || null)
    const saved = (await req.payload.update({
      collection,
      id: Number(id),
      data: data as never,
      draft,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })) as unknown as {
      reviewState?: ReviewState
      _status?: string
    }
    return Response.json(
      { id: Number(id), action, reviewState: saved.reviewState, _status: saved._status, message: done[action] },
      { status: 200, headers: headersWithCors({ headers: new Headers({ 'cache-control': 'no-store' }), req }) },
    )
  },
})
