import { describe, expect, it } from 'vitest'

import {
  GENERIC_SUBMISSION_ERROR,
  commentSubmissionSchema,
  fieldErrors,
  isReceiptCode,
  normalizePhone,
  receiptCode,
  submissionErrorCodes,
  submissionErrorMessage,
  submissionErrors,
  submissionOutcome,
} from '@fengcai/shared'

const valid = {
  kind: 'objection',
  noticeId: '12',
  nomineeId: '65f1c2a9b8e4d3f2a1b0c9d8',
  name: '王小明',
  phone: '138 1234 5678',
  email: 'wang@example.com',
  content: '我对该公示对象的服务时长记录有疑问，请予以核实。',
  evidence: '社区服务台账截图',
  consent: true,
  website: '',
  idempotencyKey: 'abcdef0123456789abcd',
  altcha: 'eyJhbGdvcml0aG0iOiJTSEEtMjU2In0=',
}

const errorsOf = (input: Record<string, unknown>) => {
  const result = commentSubmissionSchema.safeParse(input)
  return result.success ? {} : fieldErrors(result.error)
}

describe('normalizePhone', () => {
  it('should accept mainland mobiles and landlines with area codes', () => {
    expect(normalizePhone('13812345678')).toBe('13812345678')
    expect(normalizePhone('+86 138-1234-5678')).toBe('13812345678')
    expect(normalizePhone('021-55550123')).toBe('021-55550123')
    expect(normalizePhone('0571 8888 7777')).toBe('0571-88887777')
    expect(normalizePhone('021-5555 0123-806')).toBe('021-55550123-806')
  })

  it('should refuse numbers that are neither', () => {
    for (const bad of ['12812345678', '1381234567', '55550123', '021-123', 'abc', '138123456789']) {
      expect(normalizePhone(bad), bad).toBeNull()
    }
  })
})

describe('commentSubmissionSchema', () => {
  it('should accept a valid objection and normalise it', () => {
    const parsed = commentSubmissionSchema.parse(valid)
    expect(parsed.phone).toBe('13812345678')
    expect(parsed.noticeId).toBe('12')
  })

  it('should report every problem of one try at once, the phone rule of an objection included', () => {
    // An objection with no name, no phone and short content: all three on the first try.
    expect(errorsOf({ ...valid, name: '', phone: '', content: '太短', consent: false })).toEqual({
      name: '请填写姓名。',
      phone: '提出异议须留下联系电话，以便核实。',
      content: '内容至少 10 个字。',
      consent: '请阅读并同意个人信息的使用说明。',
    })
    expect(errorsOf({ ...valid, kind: 'comment', name: '', evidence: '证据' })).toEqual({
      name: '请填写姓名。',
      evidence: '证据说明只用于异议。',
    })
  })

  it('should accept a notice-wide comment without phone or email', () => {
    const parsed = commentSubmissionSchema.parse({ ...valid, kind: 'comment', nomineeId: '', phone: '', email: '', evidence: undefined })
    expect(parsed.nomineeId).toBeUndefined()
    expect(parsed.phone).toBeUndefined()
  })

  it('should ask objections for a phone number', () => {
    expect(errorsOf({ ...valid, phone: '' }).phone).toBe('提出异议须留下联系电话，以便核实。')
  })

  it('should give one Chinese message per bad field', () => {
    const errors = errorsOf({ ...valid, name: '', content: '太短', consent: false, phone: '123' })
    expect(errors).toMatchObject({
      name: '请填写姓名。',
      content: '内容至少 10 个字。',
      consent: '请阅读并同意个人信息的使用说明。',
      phone: '请填写正确的手机号码或带区号的固定电话。',
    })
  })

  it('should refuse control and zero-width characters, and markup in names', () => {
    expect(errorsOf({ ...valid, content: '内容里藏了\u200b零宽字符，请核实。' }).content).toContain('零宽')
    expect(errorsOf({ ...valid, content: '内容里有控制字符\u0007，请核实。' }).content).toContain('控制字符')
    expect(errorsOf({ ...valid, name: '<script>alert(1)</script>' }).name).toContain('尖括号')
  })

  it('should count characters, not bytes, for the length limits', () => {
    expect(errorsOf({ ...valid, content: '字'.repeat(2000) })).toEqual({})
    expect(errorsOf({ ...valid, content: '字'.repeat(2001) }).content).toBe('内容不能超过 2000 个字。')
  })

  it('should refuse a filled honeypot and a missing proof of work', () => {
    expect(errorsOf({ ...valid, website: 'http://spam.example' }).website).toBeTruthy()
    expect(errorsOf({ ...valid, altcha: '' }).altcha).toBeTruthy()
  })
})

describe('receiptCode', () => {
  it('should give the Shanghai date and four unambiguous characters', () => {
    const code = receiptCode(new Date('2026-11-21T17:00:00Z'), () => 0)
    expect(code).toBe('GS-20261122-2222')
    expect(receiptCode(new Date(), (max) => Math.floor(Math.random() * max))).toMatch(/^GS-\d{8}-[2-9A-HJ-NP-Z]{4}$/)
  })
})

describe('submission errors shown on the site', () => {
  /** What anyone may put in `?error=`: every code, near misses, prototype names, markup, long and odd text. */
  const givenCodes = (): string[] => [
    ...submissionErrorCodes,
    ...submissionErrorCodes.flatMap((code) => [
      code.toUpperCase(),
      ` ${code}`,
      `${code} `,
      `${code}x`,
      code.slice(0, -1),
      `${code}\u0000`,
      encodeURIComponent(`${code}?`),
    ]),
    '',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '<script>alert(1)</script>',
    '您的账号已被冻结，请拨打 400-123-4567 解冻',
    '请向以下账户转账以完成提交',
    'javascript:alert(1)',
    '\u202e',
    'x'.repeat(100_000),
    ...Array.from({ length: 200 }, (_, index) => String.fromCharCode(...Array.from({ length: index % 40 }, (__, at) => (index * 31 + at * 17) % 0xffff))),
  ]
  const fixedMessages = new Set<string>([...Object.values(submissionErrors), GENERIC_SUBMISSION_ERROR])

  it('should give every known code its own fixed Chinese message', () => {
    expect(submissionErrorCodes.length).toBeGreaterThanOrEqual(10)
    for (const code of submissionErrorCodes) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(submissionErrorMessage(code)).toBe(submissionErrors[code])
      expect(submissionErrorMessage(code)).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect(new Set(submissionErrorCodes.map((code) => submissionErrorMessage(code))).size).toBe(submissionErrorCodes.length)
  })

  it('should show only a fixed message for any text in the address, and the generic one for anything unknown', () => {
    for (const given of givenCodes()) {
      const message = submissionErrorMessage(given)
      expect(fixedMessages.has(message), given.slice(0, 40)).toBe(true)
      if (!submissionErrorCodes.includes(given as (typeof submissionErrorCodes)[number])) expect(message, given.slice(0, 40)).toBe(GENERIC_SUBMISSION_ERROR)
      const outcome = submissionOutcome(new URLSearchParams({ error: given }))
      expect(outcome).toEqual({ error: message })
    }
    for (const odd of [undefined, null, 3, {}, ['closed']]) expect(submissionErrorMessage(odd)).toBe(GENERIC_SUBMISSION_ERROR)
  })

  it('should read a well-formed receipt from the address, and nothing else as one', () => {
    const receipt = receiptCode(new Date('2026-11-22T10:00:00Z'), () => 5)
    expect(submissionOutcome(new URLSearchParams({ receipt }))).toEqual({ receipt })
    expect(submissionOutcome(new URLSearchParams(`receipt=${receipt}&error=closed`))).toEqual({ receipt })
    for (const forged of [
      `${receipt}<b>`,
      `${receipt} 请致电 400-000`,
      receipt.toLowerCase(),
      'GS-2026112-AAAA',
      'GS-20261122-AAAAA',
      'GS-20261122-AA0A',
      '<script>',
    ]) {
      expect(isReceiptCode(forged), forged).toBe(false)
      expect(submissionOutcome(new URLSearchParams({ receipt: forged })), forged).toEqual({ error: GENERIC_SUBMISSION_ERROR })
    }
    expect(submissionOutcome(new URLSearchParams('a=1'))).toBeNull()
  })
})
