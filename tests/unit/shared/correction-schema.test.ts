import { describe, expect, it } from 'vitest'

import {
  GENERIC_CORRECTION_ERROR,
  GENERIC_SUBMISSION_ERROR,
  correctionPageFor,
  isReceiptCode,
  normalizeContact,
  receiptCode,
  siteCorrectionSchema,
  submissionErrorCodes,
  submissionErrors,
  submissionErrorsOf,
  submissionOutcome,
} from '@fengcai/shared'

const valid = { page: '/stories/x/', content: '这里的日期写错了。', contact: '', idempotencyKey: 'k'.repeat(16), altcha: 'proof' }

describe('网站纠错: the form’s schema', () => {
  it('should take a phone number or an e-mail address as the contact, normalised, and nothing else', () => {
    expect(normalizeContact('+86 139 1234 5678')).toBe('13912345678')
    expect(normalizeContact('021-12345678')).toBe('021-12345678')
    expect(normalizeContact(' Reader@Example.org ')).toBe('reader@example.org')
    for (const bad of ['12345', 'a@b', 'reader@@example.org', '139abcd5678', `${'a'.repeat(120)}@example.org`]) expect(normalizeContact(bad), bad).toBeNull()
  })

  it('should accept only a path of this site as the page', () => {
    for (const page of ['/', '/stories/x/', '/search/?q=志愿', '/notices/a-b/#notice-feedback'])
      expect(siteCorrectionSchema.safeParse({ ...valid, page }).success, page).toBe(true)
    for (const page of ['', 'stories/x/', 'https://evil.example/', '//evil.example/', '/a/../b/', '/a b/', '/<script>/', `/${'a'.repeat(300)}`])
      expect(siteCorrectionSchema.safeParse({ ...valid, page }).success, page).toBe(false)
  })

  it('should link each page to the form with its own path', () => {
    expect(correctionPageFor('/notices/a-b/')).toBe('/jiucuo/?page=%2Fnotices%2Fa-b%2F')
  })

  it('should tell a 纠错 receipt from a 公示 one', () => {
    const code = receiptCode(new Date('2026-11-22T02:00:00Z'), () => 0, 'JC')
    expect(code).toBe('JC-20261122-2222')
    expect(isReceiptCode(code, 'JC')).toBe(true)
    expect(isReceiptCode(code)).toBe(false)
    expect(submissionOutcome(new URLSearchParams({ receipt: code }), 'JC')).toEqual({ receipt: code })
    expect(submissionOutcome(new URLSearchParams({ receipt: code }))).toEqual({ error: expect.any(String) })
  })

  it('should speak of the 纠错 form, never of a notice page, where the comments’ words would', () => {
    const corrections = submissionErrorsOf('JC')
    for (const code of submissionErrorCodes.filter((code) => !['notice-not-found', 'nominee-not-found', 'upcoming', 'closed'].includes(code)))
      expect(corrections[code], code).not.toMatch(/公示/)
    expect(submissionOutcome(new URLSearchParams({ error: 'server-error' }), 'JC')).toEqual({ error: corrections['server-error'] })
    expect(submissionOutcome(new URLSearchParams({ error: 'no-such-code' }), 'JC')).toEqual({ error: GENERIC_CORRECTION_ERROR })
    expect(GENERIC_CORRECTION_ERROR).not.toMatch(/公示/)
    // The comments keep theirs.
    expect(submissionErrorsOf('GS')).toBe(submissionErrors)
    expect(submissionOutcome(new URLSearchParams({ error: 'server-error' }))).toEqual({ error: submissionErrors['server-error'] })
    expect(submissionOutcome(new URLSearchParams({ error: 'no-such-code' }))).toEqual({ error: GENERIC_SUBMISSION_ERROR })
  })
})
