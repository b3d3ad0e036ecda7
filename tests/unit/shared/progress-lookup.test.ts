import { describe, expect, it } from 'vitest'

import { comparableEmail, phoneLastFour, progressLookupSchema } from '@fengcai/shared'

describe('progress lookup input', () => {
  it('should accept a receipt code with four digits or with an e-mail address, tidied', () => {
    expect(progressLookupSchema.parse({ receipt: ' gs-20261122-4f7k ', phoneLast4: '5678' })).toEqual({ receipt: 'GS-20261122-4F7K', phoneLast4: '5678' })
    expect(progressLookupSchema.parse({ receipt: 'GS-20261122-4F7K', email: ' A@Example.com ' })).toEqual({
      receipt: 'GS-20261122-4F7K',
      email: 'A@Example.com',
    })
  })

  it('should refuse a malformed code, digits or address, both or neither contact, and extra fields, in Chinese', () => {
    const refused = [
      { receipt: 'GS-20261122-4F71', phoneLast4: '5678' },
      { receipt: 'GS-20261122-4F7K', phoneLast4: '567' },
      { receipt: 'GS-20261122-4F7K', phoneLast4: '５６７８' },
      { receipt: 'GS-20261122-4F7K', email: 'not-an-address' },
      { receipt: 'GS-20261122-4F7K' },
      { receipt: 'GS-20261122-4F7K', phoneLast4: '5678', email: 'a@example.com' },
      { receipt: 'GS-20261122-4F7K', phoneLast4: '5678', content: '想看别人的异议' },
      { phoneLast4: '5678' },
    ]
    for (const input of refused) {
      const result = progressLookupSchema.safeParse(input)
      expect(result.success, JSON.stringify(input)).toBe(false)
      expect(result.error?.issues[0]?.message).toMatch(/\p{Script=Han}/u)
    }
  })

  it('should take the last four digits of the number itself, not of an extension', () => {
    expect(phoneLastFour('13912345678')).toBe('5678')
    expect(phoneLastFour('021-64381234')).toBe('1234')
    expect(phoneLastFour('021-64381234-802')).toBe('1234')
    expect(phoneLastFour(null)).toBeNull()
    expect(comparableEmail(' Reader@Example.COM ')).toBe('reader@example.com')
  })
})
