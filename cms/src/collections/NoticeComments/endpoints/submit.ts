// POST /api/notice-comments/submit — a comment or objection from the public notice page.
import { randomInt } from 'node:crypto'

import { APIError, ValidationError, headersWithCors } from 'payload'
import type { Endpoint, PayloadRequest } from 'payload'

import { collectionSlugs, commentSubmissionSchema, fieldErrors, noticeStatus, receiptCode } from '@fengcai/shared'
import type { CommentSubmission } from '@fengcai/shared'

import { checkAltcha } from '@/lib/altcha'
import { MAX_SUBMISSION_BYTES } from '@/lib/bodyLimits'
import { ipHash } from '@/lib/client'
import { nullIfNotFound, publicError } from '@/lib/errors'
import { hitRateLimitWindow } from '@/lib/rateLimit'
import { readTextCapped } from '@/lib/readBody'
const IP_LIMIT = { max: 10, windowMs: 10 * 60 * 1000 }
const PHONE_LIMIT = { max: 5, windowMs: 24 * 60 * 60 * 1000 }

/** What a refused submission tells the reader: a message, and per-field messages where a field is at fault. */
type FailureData = { errors?: Record<string, string>; retryAfter?: number }

const fail = (status: number, message: string, errors?: Record<string, string>, retryAfter?: number): never => {
  throw publicError(message, status, { errors, retryAfter } satisfies FailureData)
}

const altchaMessages = {
  missing: '请等待页面完成人机校验后再提交。',
  invalid: '人机校验未通过，请刷新页面后重试。',
  expired: '人机校验已过期，请刷新页面后重试。',
  replayed: '该人机校验已被使用，请刷新页面后重试。',
} as const

/** Reads the body as JSON or a plain form post, refusing anything else or anything too large. */
const readBody = async (req: PayloadRequest): Promise<{ data: Record<string, unknown>; form: boolean }> => {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  const form = type === 'application/x-www-form-urlencoded'
  if (type !== 'application/json' && !form) fail(415, '请以 JSON 或表单方式提交。')
  const text = await readTextCapped(req, MAX_SUBMISSION_BYTES)
  if (form) {
    const params = new URLSearchParams(text)
    const data: Record<string, unknown> = Object.fromEntries(params)
    data.consent = params.get('consent') === 'on' || params.get('consent') === 'true'
    return { data, form }
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    // Not JSON at all: the same answer as JSON of the wrong shape.
    data = null
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) fail(400, '提交的数据格式不正确。')
  return { data: data as Record<string, unknown>, form }
}

const findExisting = async (req: PayloadRequest, idempotencyKey: string) => {
  const found = await req.payload.find({
    collection: collectionSlugs.noticeComments,
    where: { idempotencyKey: { equals: idempotencyKey } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs[0] ?? null
}

/** Looks for a submission with this idempotency key for up to two seconds (its twin's insert committing). */
const awaitTwin = async (req: PayloadRequest, idempotencyKey: string) => {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    const found = await findExisting(req, idempotencyKey)
    if (found) return found
  }
  return null
}

const limit = async (req: PayloadRequest, key: string, rule: { max: number; windowMs: number }) => {
  const { count, resetAt } = await hitRateLimitWindow(req.payload, key, rule.windowMs)
  if (count > rule.max) {
    fail(429, '提交过于频繁，请稍后再试。', undefined, Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000)))
  }
}

/**
 * A clash on a unique column: the receipt code (drawn again) or the idempotency key (the same
 * submission twice). PostgreSQL says 23505; Payload turns that into a ValidationError on the field.
 */
const isUniqueViolation = (error: unknown): boolean => {
  if (error instanceof ValidationError) {
    return error.data.errors.some((entry) => entry.path === 'receipt' || entry.path === 'idempotencyKey')
  }
  for (let current = error, hops = 0; current && hops < 5; hops += 1) {
    if ((current as { code?: unknown }).code === '23505') return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

const store = async (req: PayloadRequest, submission: CommentSubmission, nomineeName: string | undefined) => {
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const receipt = receiptCode(new Date(), (max) => randomInt(max))
    try {
      const created = await req.payload.create({
        collection: collectionSlugs.noticeComments,
        data: {
          receipt,
          idempotencyKey: submission.idempotencyKey,
          kind: submission.kind,
          status: submission.kind === 'objection' ? 'received' : 'pending',
          notice: Number(submission.noticeId),
          nomineeId: submission.nomineeId,
          nomineeName,
          name: submission.name,
          phone: submission.phone,
          email: submission.email,
          content: submission.content,
          evidence: submission.evidence,
          ipHash: ipHash(req),
          userAgent: (req.headers.get('user-agent') ?? '').slice(0, 300),
        },
        overrideAccess: true,
        context: { skipRebuild: true },
      })
      // Payload 3.90's drizzle adapter reports success even when COMMIT fails (the database went
      // away at that moment; payloadcms/payload#17726, open). A receipt promises the row is kept,
      // so it is read back outside the transaction first; drop this once that fix is released.
      const stored = await findExisting(req, submission.idempotencyKey)
      if (stored?.id !== created.id) throw new Error(`notice comment ${created.receipt} was not committed`)
      return stored
    } catch (error) {
      // A clash on the idempotency key is the same submission arriving twice at once.
      const existing = await findExisting(req, submission.idempotencyKey)
      if (existing) return existing
      if (!isUniqueViolation(error)) throw error
    }
  }
  throw new Error('could not find a free receipt code after 6 attempts')
}

const respond = (req: PayloadRequest, form: boolean, status: number, body: Record<string, unknown>, retryAfter?: number): Response => {
  const headers = headersWithCors({ headers: new Headers({ 'cache-control': 'no-store' }), req })
  if (retryAfter) headers.set('retry-after', String(retryAfter))
  if (form) {
    // A plain form post (no JavaScript) goes back to the page it came from, with the outcome.
    const back = new URL(req.headers.get('referer') || process.env.SITE_URL || 'http://localhost:4321')
    if (typeof body.receipt === 'string') back.searchParams.set('receipt', body.receipt)
    else back.searchParams.set('error', String(body.message))
    back.hash = 'notice-feedback'
    headers.set('location', back.href)
    return new Response(null, { status: 303, headers })
  }
  return Response.json(body, { status, headers })
}

export const submit: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    let form = false
    try {
      const body = await readBody(req)
      form = body.form
      const parsed = commentSubmissionSchema.safeParse(body.data)
      if (!parsed.success) return fail(400, '提交的内容有误，请按提示修改。', fieldErrors(parsed.error))
      const submission = parsed.data

      const existing = await findExisting(req, submission.idempotencyKey)
      if (existing) return respond(req, form, 200, { receipt: existing.receipt, message: '此前已收到您的提交。' })

      const altcha = await checkAltcha(req.payload, submission.altcha)
      if (altcha === 'replayed') {
        // The same submission sent twice at once (a double tap, a retry, two instances behind a
        // balancer): its twin used the proof of work a moment ago and is storing it now.
        const twin = await awaitTwin(req, submission.idempotencyKey)
        if (twin) return respond(req, form, 200, { receipt: twin.receipt, message: '此前已收到您的提交。' })
      }
      if (altcha !== 'ok') fail(400, altchaMessages[altcha], { altcha: altchaMessages[altcha] })

      const notice = await req.payload
        .findByID({ collection: collectionSlugs.notices, id: Number(submission.noticeId), depth: 0, overrideAccess: false })
        .catch(nullIfNotFound)
      if (!notice) return fail(422, '没有找到这条公示。', { noticeId: '没有找到这条公示。' })
      const nominee = submission.nomineeId ? notice.nominees?.find((row) => row.id === submission.nomineeId) : undefined
      if (submission.nomineeId && !nominee) fail(422, '这条公示中没有该公示对象。', { nomineeId: '这条公示中没有该公示对象。' })
      const status = noticeStatus(new Date(notice.opensAt), new Date(String(notice.closesAt)))
      if (status === 'upcoming') fail(409, '公示尚未开始，暂不接受留言和异议。')
      if (status === 'closed') fail(409, '公示期已结束，不再接受留言和异议。')

      await limit(req, `submit-ip:${ipHash(req)}`, IP_LIMIT)
      if (submission.phone) await limit(req, `submit-phone:${submission.phone}`, PHONE_LIMIT)

      const doc = await store(req, submission, nominee?.name)
      return respond(req, form, 201, {
        receipt: doc.receipt,
        message: submission.kind === 'objection' ? '异议已受理，请保存回执编号以便查询。' : '留言已收到，审核通过后将在公示页显示。',
      })
    } catch (error) {
      if (error instanceof APIError && error.isPublic && error.status < 500) {
        const { errors, retryAfter } = (error.data ?? {}) as FailureData
        return respond(req, form, error.status, { message: error.message, errors: errors ?? {} }, retryAfter)
      }
      req.payload.logger.error({ err: error, msg: 'notice comment submission failed' })
      return respond(req, form, 500, { message: '系统暂时无法保存您的提交，请稍后重试，或拨打公示页上的电话反映。' })
    }
  },
}
