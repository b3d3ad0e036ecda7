import { describe, expect, it } from 'vitest'

import { sameSecret } from '@/lib/secrets'

import { givenSecrets } from '../../../helpers/givenSecrets'

// 64 characters, as SITE_REBUILD_SECRET is generated (hex of 32 bytes).
const SECRET = 'f3a9c1d27e4b5a6089b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5'

describe('sameSecret', () => {
  it('should accept the secret itself', () => {
    expect(sameSecret(SECRET, SECRET)).toBe(true)
    expect(sameSecret('秘钥\u0000\u00e9', '秘钥\u0000\u00e9')).toBe(true)
  })

  it('should refuse every other given value, of any length or bytes, without throwing', () => {
    const given = givenSecrets(SECRET)
    expect(given.length).toBeGreaterThan(800)
    for (const { label, value } of given) {
      expect(() => sameSecret(value, SECRET), label).not.toThrow()
      expect(sameSecret(value, SECRET), label).toBe(false)
    }
  })

  it('should refuse everything when no secret is configured', () => {
    for (const expected of [undefined, '']) {
      expect(sameSecret('', expected)).toBe(false)
      expect(sameSecret('anything', expected)).toBe(false)
    }
  })
})
