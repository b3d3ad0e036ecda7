import { describe, expect, it } from 'vitest'

import { MAX_LOOKUP_BYTES, MAX_REVIEW_NOTE_BYTES, MAX_SUBMISSION_BYTES, MAX_UPLOAD_BYTES, judgeBody, maxBodyBytes } from '@/lib/bodyLimits'

describe('request body limits', () => {
  it('should give the public endpoints small caps and uploads a large one', () => {
    expect(maxBodyBytes('/api/notice-comments/submit')).toBe(MAX_SUBMISSION_BYTES)
    expect(maxBodyBytes('/api/site-corrections/submit')).toBe(MAX_SUBMISSION_BYTES)
    expect(maxBodyBytes('/api/stories/12/view')).toBeLessThanOrEqual(1024)
    expect(maxBodyBytes('/api/notice-comments/lookup')).toBe(MAX_LOOKUP_BYTES)
    // A note of 2,000 characters, each escaped as JSON at its longest (\u0000), fits; a note and its bulk paths take no more.
    expect(JSON.stringify({ targetCollection: 'honor-rolls', targetId: 999_999_999_999, body: '\u0000'.repeat(2000) }).length).toBeLessThan(
      MAX_REVIEW_NOTE_BYTES,
    )
    for (const path of ['/api/review-notes', '/api/review-notes/12']) expect(maxBodyBytes(path)).toBe(MAX_REVIEW_NOTE_BYTES)
    expect(maxBodyBytes('/api/users/login')).toBeLessThanOrEqual(8 * 1024)
    expect(maxBodyBytes('/api/graphql')).toBeLessThanOrEqual(32 * 1024)
    expect(maxBodyBytes('/api/media')).toBeGreaterThan(MAX_UPLOAD_BYTES)
    expect(maxBodyBytes('/api/stories/12')).toBeLessThan(MAX_UPLOAD_BYTES)
  })

  it('should refuse a declared length over the cap and a body of unknown length', () => {
    expect(judgeBody({ pathname: '/api/notice-comments/submit', contentLength: String(MAX_SUBMISSION_BYTES + 1), transferEncoding: undefined })).toMatchObject({
      ok: false,
      status: 413,
    })
    expect(judgeBody({ pathname: '/api/notice-comments/submit', contentLength: String(MAX_SUBMISSION_BYTES), transferEncoding: undefined })).toEqual({
      ok: true,
    })
    expect(judgeBody({ pathname: '/api/notice-comments/submit', contentLength: undefined, transferEncoding: 'chunked' })).toMatchObject({
      ok: false,
      status: 411,
    })
    expect(judgeBody({ pathname: '/api/users/login', contentLength: '1e9', transferEncoding: undefined })).toMatchObject({ ok: false, status: 411 })
    expect(judgeBody({ pathname: '/admin', contentLength: undefined, transferEncoding: undefined })).toEqual({ ok: true })
  })
})
