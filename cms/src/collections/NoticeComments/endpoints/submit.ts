// POST /api/notice-comments/submit — a comment or objection from the public notice page.
import { randomInt } from 'node:crypto'

import { APIError, ValidationError, commitTransaction, headersWithCors, initTransaction, killTransaction } from 'payload'
import type { Endpoint, PayloadRequest } from 'payload'

import {
  collectionSlugs,
  commentSubmissionSchema,
  fieldErrors,
  isSubmissionErrorCode,
  noticeStatus,
  pageOf,
  receiptCode,
  sections,
  submissionErrors,
} from '@fengcai/shared'
import type { CommentSubmission, SubmissionErrorCode } from '@fengcai/shared'

import { spendAltcha, verifyAltcha } from '@/lib/altcha'
import { MAX_SUBMISSION_BYTES } from '@/lib/bodyLimits'
import { ipHash } from '@/lib/client'
import { nullIfNotFound, publicError } from '@/lib/errors'
import { hitRateLimitWindow } from '@/lib/rateLimit'
import { readTextCapped } from '@/lib/readBody'
import { siteAddress, sitePageFrom } from '@/lib/urls'

const IP_LIMIT = { max: 10, windowMs: 10 * 60 * 1000 }
const PHONE_LIMIT = { max: 5, windowMs: 24 * 60 * 60 * 1000 }

/** What a refused submission tells the reader: a code, and per-field messages where a field is at fault. */
type FailureData = { code?: SubmissionErrorCode; errors?: Record<string, string>; retryAfter?: number }

/** Refuses with the code's fixed message (the one the site shows for it, too). */
const fail = (status: number, code: SubmissionErrorCode, errors?: Record<string, string>, retryAfter?: number): never => {
  throw publicError(submissionErrors[code], status, { code, errors, retryAfter } satisfies FailureData)
}

/** A refusal raised elsewhere (the body reader's 413, say) has no code of ours: one by its status. */
const codeForStatus = (status: number): SubmissionErrorCode =>
  status === 413 ? 'too-large' : status === 415 ? 'unsupported' : status === 429 ? 'rate-limited' : 'invalid'

/** Whether the request is a plain form post (no JavaScript), answered with a redirect. */
const isFormPost = (req: PayloadRequest): boolean =>
  (req.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded'

/** Reads the body as JSON or a plain form post, refusing anything else or anything too large. */
const readBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  const form = type === 'application/x-www-form-urlencoded'
  if (type !== 'application/json' && !form) fail(415, 'unsupported')
  const text = await readTextCapped(req, MAX_SUBMISSION_BYTES)
  if (form) {
    const params = new URLSearchParams(text)
    const data: Record<string, unknown> = Object.fromEntries(params)
    data.consent = params.get('consent') === 'on' || params.get('consent') === 'true'
    return data
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    // Not JSON at all: the same answer as JSON of the wrong shape.
    data = null
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) fail(400, 'invalid')
  return data as Record<string, unknown>
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

/**
 * Counts this request against `key` and refuses it once the window's allowance is used. The
 * address's limit is the first thing a submission meets, before any parsing or lookup, so a flood
 * (replayed proofs of work included) costs one statement a request once the allowance is used.
 */
const limit = async (req: PayloadRequest, key: string, rule: { max: number; windowMs: number }) => {
  const { count, resetAt } = await hitRateLimitWindow(req.payload, key, rule.windowMs)
  if (count > rule.max) fail(429, 'rate-limited', undefined, Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000)))
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

/**
 * Stores the submission and spends its proof of work in one transaction, in that order. The insert
 * claims the idempotency key in its unique index first: the same submission arriving twice at once
 * (a double tap, a retry, two instances behind a balancer) waits there, as PostgreSQL makes any
 * insert wait on an uncommitted one of the same key, until its twin commits, and then finds the
 * twin's receipt. A replayed proof with a fresh key finds the proof spent, and its insert is rolled back.
 */
const store = async (req: PayloadRequest, submission: CommentSubmission, nomineeName: string | undefined, proof: string) => {
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const receipt = receiptCode(new Date(), (max) => randomInt(max))
    // Ours to commit: an outer transaction would hold the key's claim until it ended.
    if (!(await initTransaction(req))) throw new Error('the submission was to be stored in a transaction of its own')
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
        req,
      })
      if ((await spendAltcha(req.payload, proof, req)) === 'replayed') fail(400, 'altcha-replayed', { altcha: submissionErrors['altcha-replayed'] })
      await commitTransaction(req)
      // Payload 3.90's drizzle adapter reports success even when COMMIT fails (the database went
      // away at that moment; payloadcms/payload#17726, open). A receipt promises the row is kept,
      // so it is read back outside the transaction first; drop this once that fix is released.
      const stored = await findExisting(req, submission.idempotencyKey)
      if (stored?.id !== created.id) throw new Error(`notice comment ${created.receipt} was not committed`)
      return { doc: stored, created: true }
    } catch (error) {
      await killTransaction(req)
      if (!isUniqueViolation(error)) throw error
      // A clash on the idempotency key: the twin has committed by now, so its row is there to read.
      // Otherwise it was the receipt code, drawn again.
      const existing = await findExisting(req, submission.idempotencyKey)
      if (existing) return { doc: existing, created: false }
    }
  }
  throw new Error('could not find a free receipt code after 6 attempts')
}

/** The notice's page on the site, for a reader sent back without a usable Referer. */
const noticePage = async (req: PayloadRequest, noticeId: unknown): Promise<string> => {
  if (typeof noticeId !== 'string' || !/^\d{1,12}$/.test(noticeId)) return sections.notices
  const notice = await req.payload
    .findByID({ collection: collectionSlugs.notices, id: Number(noticeId), depth: 0, overrideAccess: false, select: { slug: true } })
    .catch(nullIfNotFound)
    .catch((error: unknown) => {
      // Already answering (often a failure): the notices list is still a page of the site.
      req.payload.logger.error({ err: error, msg: 'could not look up the notice page to send a form post back to', noticeId })
      return null
    })
  return notice?.slug ? pageOf('notices', notice.slug) : sections.notices
}

type Outcome = { status: number; body: Record<string, unknown>; retryAfter?: number }

/** Answers JSON, or a plain form post with a redirect; `noticeId` is read only if that redirect needs it. */
const respond = async (req: PayloadRequest, { status, body, retryAfter }: Outcome, noticeId: () => Promise<unknown>): Promise<Response> => {
  const headers = headersWithCors({ headers: new Headers({ 'cache-control': 'no-store' }), req })
  if (retryAfter) headers.set('retry-after', String(retryAfter))
  if (!isFormPost(req)) return Response.json(body, { status, headers })
  // A plain form post (no JavaScript) goes back to the site: to the page it came from when the
  // Referer is a page of the site, else to the notice's page. The outcome travels as a receipt or
  // an error code, never as text; the page shows the code's fixed message (its script reads the
  // query; without one, the fragment points at that message in the page).
  const referer = req.headers.get('referer')
  const back = sitePageFrom(referer) ?? siteAddress(await noticePage(req, await noticeId()), referer)
  if (typeof body.receipt === 'string') {
    back.searchParams.set('receipt', body.receipt)
    back.hash = 'notice-feedback'
  } else {
    const code = isSubmissionErrorCode(body.code) ? body.code : 'server-error'
    back.searchParams.set('error', code)
    back.hash = `feedback-error-${code}`
  }
  headers.set('location', back.href)
  return new Response(null, { status: 303, headers })
}

const accept = async (req: PayloadRequest, data: Record<string, unknown>): Promise<Outcome> => {
  const parsed = commentSubmissionSchema.safeParse(data)
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error)
    return fail(400, errors.altcha && !data.altcha ? 'altcha-missing' : 'invalid', errors)
  }
  const submission = parsed.data

  const existing = await findExisting(req, submission.idempotencyKey)
  if (existing) return { status: 200, body: { receipt: existing.receipt, message: '此前已收到您的提交。' } }

  const altcha = await verifyAltcha(req.payload, submission.altcha)
  if ('refused' in altcha) {
    const code = `altcha-${altcha.refused}` as const
    return fail(400, code, { altcha: submissionErrors[code] })
  }

  const notice = await req.payload
    .findByID({ collection: collectionSlugs.notices, id: Number(submission.noticeId), depth: 0, overrideAccess: false })
    .catch(nullIfNotFound)
  if (!notice) return fail(422, 'notice-not-found', { noticeId: submissionErrors['notice-not-found'] })
  const nominee = submission.nomineeId ? notice.nominees?.find((row) => row.id === submission.nomineeId) : undefined
  if (submission.nomineeId && !nominee) fail(422, 'nominee-not-found', { nomineeId: submissionErrors['nominee-not-found'] })
  const status = noticeStatus(new Date(notice.opensAt), new Date(String(notice.closesAt)))
  if (status === 'upcoming') fail(409, 'upcoming')
  if (status === 'closed') fail(409, 'closed')

  if (submission.phone) await limit(req, `submit-phone:${submission.phone}`, PHONE_LIMIT)

  const { doc, created } = await store(req, submission, nominee?.name, altcha.proof)
  if (!created) return { status: 200, body: { receipt: doc.receipt, message: '此前已收到您的提交。' } }
  return {
    status: 201,
    body: {
      receipt: doc.receipt,
      message: submission.kind === 'objection' ? '异议已受理，请保存回执编号以便查询。' : '留言已收到，审核通过后将在公示页显示。',
    },
  }
}

/**
 * The notice a form post was about, for sending the reader back to its page: read from the body
 * when the answer came before the body was read (the address's limit).
 */
const noticeIdOf = (req: PayloadRequest, data: Record<string, unknown> | undefined) => async (): Promise<unknown> => {
  if (data) return data.noticeId
  // A body too large or already gone has no notice to name: the reader goes to the notices list.
  const text = await readTextCapped(req, MAX_SUBMISSION_BYTES).catch(() => '')
  return new URLSearchParams(text).get('noticeId') ?? undefined
}

export const submit: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    let data: Record<string, unknown> | undefined
    try {
      await limit(req, `submit-ip:${ipHash(req)}`, IP_LIMIT)
      data = await readBody(req)
      return await respond(req, await accept(req, data), noticeIdOf(req, data))
    } catch (error) {
      if (error instanceof APIError && error.isPublic && error.status < 500) {
        const { code = codeForStatus(error.status), errors, retryAfter } = (error.data ?? {}) as FailureData
        const body = { code, message: submissionErrors[code], errors: errors ?? {} }
        return respond(req, { status: error.status, body, retryAfter }, noticeIdOf(req, data))
      }
      req.payload.logger.error({ err: error, msg: 'notice comment submission failed' })
      return respond(req, { status: 500, body: { code: 'server-error', message: submissionErrors['server-error'] } }, noticeIdOf(req, data))
    }
  },
}
