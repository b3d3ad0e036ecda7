import { describe, expect, it } from 'vitest'

import { commentSubmissionSchema, fieldErrors, normalizePhone, receiptCode } from '@fengcai/shared'

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
