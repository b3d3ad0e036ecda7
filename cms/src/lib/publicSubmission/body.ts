/** Reading a public form's body: JSON from its script, or a plain form post from a page without JavaScript. */
import type { PayloadRequest } from 'payload'

import { MAX_SUBMISSION_BYTES } from '@/lib/bodyLimits'
import { readTextCapped } from '@/lib/readBody'

import { fail } from './refuse'

const contentType = (req: PayloadRequest): string | undefined => (req.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase()

/** Whether the request is a plain form post (no JavaScript), answered with a redirect. */
export const isFormPost = (req: PayloadRequest): boolean => contentType(req) === 'application/x-www-form-urlencoded'

/** Reads the body as JSON or a plain form post, refusing anything else or anything too large. */
export const readBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  const type = contentType(req)
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

/**
 * The fields of a form post whose answer came before its body was read (the address's limit), for
 * sending the reader back to the right page. A body too large or already gone names nothing.
 */
export const readFormFields = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  const text = await readTextCapped(req, MAX_SUBMISSION_BYTES).catch(() => '')
  return Object.fromEntries(new URLSearchParams(text))
}
