/**
 * A public form's submit endpoint (公示留言与异议, 网站纠错): the address's limit first, the body
 * read as JSON or a plain form post, checked with the form's own zod schema, the proof of work
 * verified, and the answer given as JSON or, to a page without JavaScript, as a redirect back.
 */
import { APIError, headersWithCors } from 'payload'
import type { PayloadHandler, PayloadRequest } from 'payload'

import { fieldErrors, isSubmissionErrorCode, submissionErrors, submissionErrorsOf } from '@fengcai/shared'

import { verifyAltcha } from '@/lib/altcha'
import { ipHash } from '@/lib/client'
import { siteAddress, sitePageFrom } from '@/lib/urls'

import { isFormPost, readBody, readFormFields } from './body'
import { ADDRESS_LIMIT, codeForStatus, fail, limit } from './refuse'
import type { FailureData } from './refuse'
import { findSubmission } from './store'
import type { Stored, SubmissionTarget } from './store'

export type Outcome = { status: number; body: Record<string, unknown>; retryAfter?: number }

/** One field of the form post, read only if the redirect needs it. */
export type FieldReader = (name: string) => Promise<unknown>

export type PublicForm = {
  /** Names the address's allowance (`<name>-ip:<hash>`): each form counts its own. */
  name: string
  /** Where it stores: its receipts' prefix also picks the form's wording of a refusal (submissionErrorsOf). */
  target: SubmissionTarget
  /** The form's element on its page: a receipt sends the reader back to it. */
  anchor: string
  /** The site path to send a form post back to when its Referer is no page of the site. */
  fallbackPage: (req: PayloadRequest, field: FieldReader) => Promise<string>
  accept: (req: PayloadRequest, data: Record<string, unknown>) => Promise<Outcome>
  /** Fields of a form post given back in the redirect's query, so the page can fill them in again. */
  keep?: string[]
}

/** A form's zod schema from shared, as far as the endpoint uses it (the CMS does not depend on zod). */
type FormSchema<T> = {
  safeParse: (data: unknown) => { success: true; data: T } | { success: false; error: Parameters<typeof fieldErrors>[0] }
}

export const ALREADY_RECEIVED = '此前已收到您的提交。'

/** The answer to a stored submission: 201 with `message`, or 200 and its receipt for the same submission again. */
export const receiptAnswer = ({ doc, created }: { doc: { receipt: string }; created: boolean }, message: string): Outcome =>
  created ? { status: 201, body: { receipt: doc.receipt, message } } : { status: 200, body: { receipt: doc.receipt, message: ALREADY_RECEIVED } }

/**
 * What a form reads before the proof of work is checked, in one statement: the submission already
 * stored under the idempotency key, and whatever else of its own the form needs (`context`).
 */
export type LookUp<T, C> = (submission: T) => Promise<{ existing: Stored | null; context: C }>

/** The lookup of a form that needs nothing but the stored submission. */
export const byIdempotencyKey =
  <T extends { idempotencyKey: string }>(req: PayloadRequest, target: SubmissionTarget): LookUp<T, undefined> =>
  async (submission) => ({ existing: await findSubmission(req, target, submission.idempotencyKey), context: undefined })

/**
 * The checks every submission meets before its own: the form's schema (all messages at once), its
 * idempotency key (the same submission again gets its receipt back), and the proof of work.
 */
export const admit = async <T extends { idempotencyKey: string; altcha: string }, C>(
  req: PayloadRequest,
  schema: FormSchema<T>,
  data: Record<string, unknown>,
  lookUp: LookUp<T, C>,
): Promise<{ done: Outcome } | { submission: T; proof: string; context: C }> => {
  const parsed = schema.safeParse(data)
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error)
    return fail(400, errors.altcha && !data.altcha ? 'altcha-missing' : 'invalid', errors)
  }
  const submission = parsed.data
  const { existing, context } = await lookUp(submission)
  if (existing) return { done: { status: 200, body: { receipt: existing.receipt, message: ALREADY_RECEIVED } } }
  const altcha = await verifyAltcha(req.payload, submission.altcha)
  if ('refused' in altcha) {
    const code = `altcha-${altcha.refused}` as const
    return fail(400, code, { altcha: submissionErrors[code] })
  }
  return { submission, proof: altcha.proof, context }
}

/** Answers JSON, or a plain form post with a redirect back to the site. */
const respond = async (req: PayloadRequest, form: PublicForm, { status, body, retryAfter }: Outcome, field: FieldReader): Promise<Response> => {
  // no-transform: Next's compression leaves the answer as it is. Gzip of a receipt (a zlib stream set
  // up and torn down per answer) cost a submission more than its own checks (`--cpu-prof`).
  const headers = headersWithCors({ headers: new Headers({ 'cache-control': 'no-store, no-transform' }), req })
  if (retryAfter) headers.set('retry-after', String(retryAfter))
  if (!isFormPost(req)) return Response.json(body, { status, headers })
  // A plain form post (no JavaScript) goes back to the site: to the page it came from when the
  // Referer is a page of the site, else to the form's own page. The outcome travels as a receipt
  // or an error code, never as text; the page shows the code's fixed message (its script reads the
  // query; without one, the fragment points at that message in the page).
  const referer = req.headers.get('referer')
  const back = sitePageFrom(referer) ?? siteAddress(await form.fallbackPage(req, field), referer)
  const search = new URLSearchParams(back.search)
  for (const name of form.keep ?? []) {
    const value = await field(name)
    if (typeof value === 'string' && value) search.set(name, value.slice(0, 300))
  }
  if (typeof body.receipt === 'string') {
    search.set('receipt', body.receipt)
    back.hash = form.anchor
  } else {
    const code = isSubmissionErrorCode(body.code) ? body.code : 'server-error'
    search.set('error', code)
    back.hash = `feedback-error-${code}`
  }
  back.search = search.toString()
  headers.set('location', back.href)
  return new Response(null, { status: 303, headers })
}

export const publicSubmitHandler =
  (form: PublicForm): PayloadHandler =>
  async (req) => {
    let data: Record<string, unknown> | undefined
    let unread: Promise<Record<string, unknown>> | undefined
    // A field of the body as read, or, when the answer came first, of the body read now (once).
    const field: FieldReader = async (name) => {
      if (data) return data[name]
      unread ??= readFormFields(req)
      return (await unread)[name]
    }
    try {
      await limit(req, `${form.name}-ip:${ipHash(req)}`, ADDRESS_LIMIT)
      data = await readBody(req)
      return await respond(req, form, await form.accept(req, data), field)
    } catch (error) {
      if (error instanceof APIError && error.isPublic && error.status < 500) {
        const { code = codeForStatus(error.status), errors, retryAfter } = (error.data ?? {}) as FailureData
        const body = { code, message: submissionErrorsOf(form.target.prefix)[code], errors: errors ?? {} }
        return respond(req, form, { status: error.status, body, retryAfter }, field)
      }
      req.payload.logger.error({ err: error, msg: `${form.name} submission failed` })
      return respond(req, form, { status: 500, body: { code: 'server-error', message: submissionErrorsOf(form.target.prefix)['server-error'] } }, field)
    }
  }
