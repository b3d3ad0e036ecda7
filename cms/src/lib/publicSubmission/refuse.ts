/** How a public form's endpoint refuses: a fixed code, per-field messages, and the limits it counts. */
import type { PayloadRequest } from 'payload'

import { submissionErrors } from '@fengcai/shared'
import type { SubmissionErrorCode } from '@fengcai/shared'

import { publicError } from '@/lib/errors'
import { hitRateLimitWindow } from '@/lib/rateLimit'

/** What a refused submission tells the reader: a code, and per-field messages where a field is at fault. */
export type FailureData = { code?: SubmissionErrorCode; errors?: Record<string, string>; retryAfter?: number }

/** Refuses with the code's fixed message (the one the site shows for it, too). */
export const fail = (status: number, code: SubmissionErrorCode, errors?: Record<string, string>, retryAfter?: number): never => {
  throw publicError(submissionErrors[code], status, { code, errors, retryAfter } satisfies FailureData)
}

/** A refusal raised elsewhere (the body reader's 413, say) has no code of ours: one by its status. */
export const codeForStatus = (status: number): SubmissionErrorCode =>
  status === 413 ? 'too-large' : status === 415 ? 'unsupported' : status === 429 ? 'rate-limited' : 'invalid'

export type RateRule = { max: number; windowMs: number }

/** A public form's allowance per client address: the first thing a submission meets. */
export const ADDRESS_LIMIT: RateRule = { max: 10, windowMs: 10 * 60 * 1000 }
/** Its allowance per phone number or contact a day. */
export const CONTACT_LIMIT: RateRule = { max: 5, windowMs: 24 * 60 * 60 * 1000 }

/**
 * Counts this request against `key` and refuses it once the window's allowance is used. The
 * address's limit is the first thing a submission meets, before any parsing or lookup, so a flood
 * (replayed proofs of work included) costs one statement a request once the allowance is used.
 */
export const limit = async (req: PayloadRequest, key: string, rule: RateRule): Promise<void> => {
  const { count, resetAt } = await hitRateLimitWindow(req.payload, key, rule.windowMs)
  if (count > rule.max) fail(429, 'rate-limited', undefined, Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000)))
}
