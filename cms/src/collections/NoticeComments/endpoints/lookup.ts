// POST /api/notice-comments/lookup — 查询办理进度: a receipt code with the phone's last four digits or the e-mail.
import { headersWithCors } from 'payload'
import type { Endpoint, PayloadRequest } from 'payload'

import { collectionSlugs, comparableEmail, fieldErrors, phoneLastFour, progressErrors, progressLookupSchema } from '@fengcai/shared'
import type { ProgressErrorCode, ProgressLookup } from '@fengcai/shared'

import { MAX_LOOKUP_BYTES } from '@/lib/bodyLimits'
import { ipHash } from '@/lib/client'
import { hitRateLimitWindow } from '@/lib/rateLimit'
import { readTextCapped } from '@/lib/readBody'
import { sameSecret } from '@/lib/secrets'

import { lookupSelect, progressAnswer } from './progressAnswer'
import type { LookedUp } from './progressAnswer'

/** Per address: ten lookups in ten minutes. Per receipt code: twenty a day, from any number of addresses. */
const IP_LIMIT = { max: 10, windowMs: 10 * 60 * 1000 }
const RECEIPT_LIMIT = { max: 20, windowMs: 24 * 60 * 60 * 1000 }

/** Compared against when there is nothing to compare (unknown code, no phone or e-mail stored). */
const DUMMY_SECRET = 'no-such-submission'

const answer = (req: PayloadRequest, status: number, body: unknown, retryAfter?: number): Response => {
  const headers = headersWithCors({ headers: new Headers({ 'cache-control': 'no-store' }), req })
  if (retryAfter) headers.set('retry-after', String(retryAfter))
  return Response.json(body, { status, headers })
}

const refusal = (code: ProgressErrorCode, errors: Record<string, string> = {}) => ({ code, message: progressErrors[code], errors })

/** Unknown code and wrong pair alike: one body, built once, so the two cannot drift apart. */
const NOT_FOUND = refusal('not-found')

class Refused extends Error {
  constructor(
    readonly status: number,
    readonly body: ReturnType<typeof refusal>,
    readonly retryAfter?: number,
  ) {
    super(body.message)
  }
}

const limit = async (req: PayloadRequest, key: string, rule: { max: number; windowMs: number }) => {
  const { count, resetAt } = await hitRateLimitWindow(req.payload, key, rule.windowMs)
  if (count > rule.max) throw new Refused(429, refusal('rate-limited'), Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000)))
}

const readLookup = async (req: PayloadRequest): Promise<ProgressLookup> => {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') throw new Refused(415, refusal('unsupported'))
  let data: unknown = null
  try {
    data = JSON.parse(await readTextCapped(req, MAX_LOOKUP_BYTES))
  } catch (error) {
    // A body over the cap is the reader's 413; anything unparsable is simply malformed.
    if ((error as { status?: number }).status === 413) throw new Refused(413, refusal('invalid'))
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Refused(400, refusal('invalid'))
  const parsed = progressLookupSchema.safeParse(data)
  if (!parsed.success) throw new Refused(400, refusal('invalid', fieldErrors(parsed.error)))
  return parsed.data
}

/**
 * Whether the given pair opens this submission. The same work whether or not the code exists or
 * holds the kind of contact asked about: one digest comparison in constant time, against a dummy
 * where there is nothing real to compare with.
 */
const opens = (doc: LookedUp | undefined, lookup: ProgressLookup): boolean => {
  const stored = lookup.phoneLast4 ? phoneLastFour(doc?.phone) : comparableEmail(doc?.email)
  const given = lookup.phoneLast4 ?? comparableEmail(lookup.email) ?? ''
  const same = sameSecret(given, stored ?? DUMMY_SECRET)
  return same && stored !== null
}

export const lookup: Endpoint = {
  path: '/lookup',
  method: 'post',
  handler: async (req) => {
    try {
      await limit(req, `lookup-ip:${ipHash(req)}`, IP_LIMIT)
      const input = await readLookup(req)
      await limit(req, `lookup-receipt:${input.receipt}`, RECEIPT_LIMIT)
      const found = await req.payload.find({
        collection: collectionSlugs.noticeComments,
        where: { receipt: { equals: input.receipt } },
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: lookupSelect,
      })
      const doc = found.docs[0] as LookedUp | undefined
      if (!opens(doc, input) || !doc) return answer(req, 404, NOT_FOUND)
      return answer(req, 200, await progressAnswer(req, doc))
    } catch (error) {
      if (error instanceof Refused) return answer(req, error.status, error.body, error.retryAfter)
      req.payload.logger.error({ err: error, msg: 'progress lookup failed' })
      return answer(req, 500, refusal('server-error'))
    }
  },
}
