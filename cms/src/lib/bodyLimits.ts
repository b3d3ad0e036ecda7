/**
 * How large a request body may be, by path. The CMS's HTTP server (scripts/serve.ts) refuses a
 * larger declared body before reading a byte of it, and refuses bodies of unknown length; the
 * public endpoints read what they are given with the same caps.
 */
const KB = 1024
const MB = 1024 * KB

/** The largest file staff may upload (Payload's own upload limit uses it too). */
export const MAX_UPLOAD_BYTES = 20 * MB

/** What an upload past MAX_UPLOAD_BYTES is answered (413), by Payload's reader of the request. */
export const UPLOAD_TOO_LARGE = `上传的文件过大，不能超过 ${MAX_UPLOAD_BYTES / MB} MB。`

/** A comment or objection from the notice page, or a 网站纠错 report, all fields together. */
export const MAX_SUBMISSION_BYTES = 16 * KB

/** A review step (`POST /api/<collection>/:id/review`): the step and a note of at most 1,000 characters. */
export const MAX_REVIEW_STEP_BYTES = 8 * KB

/** A progress lookup: a receipt code and four digits or an e-mail address. */
export const MAX_LOOKUP_BYTES = 1 * KB

/** A 批注: at most 2,000 characters (six bytes each at worst, as JSON escapes) and where it goes. */
export const MAX_REVIEW_NOTE_BYTES = 16 * KB

/**
 * Staff saving a comment or objection (`PATCH /api/notice-comments/:id`, or many at once): the
 * admin sends the whole document back, what the reader sent (4,000 characters at most) included,
 * with the notes, replies and status history staff keep; far below the default for documents.
 */
export const MAX_MODERATION_BYTES = 64 * KB

const rules: { pattern: RegExp; maxBytes: number }[] = [
  { pattern: /^\/api\/notice-comments(\/\d+)?\/?$/, maxBytes: MAX_MODERATION_BYTES },
  { pattern: /^\/api\/[a-z-]+\/[^/]+\/review\/?$/, maxBytes: MAX_REVIEW_STEP_BYTES },
  { pattern: /^\/api\/(notice-comments|site-corrections)\/submit\/?$/, maxBytes: MAX_SUBMISSION_BYTES },
  { pattern: /^\/api\/notice-comments\/lookup\/?$/, maxBytes: MAX_LOOKUP_BYTES },
  { pattern: /^\/api\/review-notes(\/|$)/, maxBytes: MAX_REVIEW_NOTE_BYTES },
  { pattern: /^\/api\/stories\/[^/]+\/view\/?$/, maxBytes: 1 * KB },
  { pattern: /^\/api\/users\/(login|logout|forgot-password|reset-password|unlock|refresh-token|first-register)\/?$/, maxBytes: 8 * KB },
  { pattern: /^\/api\/graphql\/?$/, maxBytes: 32 * KB },
  // An article to import: a file or pasted text (see lib/importer).
  { pattern: /^\/api\/stories\/import\/?$/, maxBytes: 11 * MB },
  // A multipart upload: the file and its few fields.
  { pattern: /^\/api\/(media|attachments)(\/|$)/, maxBytes: MAX_UPLOAD_BYTES + 1 * MB },
]

/** Everything else: staff saving documents in the admin (rich text included). */
const DEFAULT_MAX_BYTES = 8 * MB

export const maxBodyBytes = (pathname: string): number => rules.find((rule) => rule.pattern.test(pathname))?.maxBytes ?? DEFAULT_MAX_BYTES

export type BodyVerdict = { ok: true } | { ok: false; status: 411 | 413; message: string }

/**
 * Judges a request by its headers alone. A body must declare its length (browsers always do for
 * forms and fetch), so that an oversized one is refused before it is read.
 */
export const judgeBody = ({
  pathname,
  contentLength,
  transferEncoding,
}: {
  pathname: string
  contentLength: string | undefined
  transferEncoding: string | undefined
}): BodyVerdict => {
  if (contentLength === undefined) {
    if (transferEncoding) return { ok: false, status: 411, message: '请求须注明内容长度（Content-Length）。' }
    return { ok: true }
  }
  if (!/^\d{1,15}$/.test(contentLength)) return { ok: false, status: 411, message: '请求的内容长度（Content-Length）格式不正确。' }
  if (Number(contentLength) > maxBodyBytes(pathname)) return { ok: false, status: 413, message: '提交的内容过大。' }
  return { ok: true }
}
