import { describe, expect, it } from 'vitest'

import { MAX_SUBMISSION_BYTES, MAX_UPLOAD_BYTES, judgeBody, maxBodyBytes } from '@/lib/bodyLimits'

describe('request body limits', () => {
  it('should give the public endpoints small caps and uploads a large one', () => {
    expect(maxBodyBytes('/api/notice-comments/submit')).toBe(MAX_SUBMISSION_BYTES)
    expect(maxBodyBytes('/api/stories/12/view')).toBeLessThanOrEqual(1024)
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
