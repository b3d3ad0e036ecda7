import { describe, expect, it } from 'vitest'

import { sameSecret } from '../../../site/src/worker/shared-secret'

import { givenSecrets } from '../../helpers/givenSecrets'

const SECRET = 'f3a9c1d27e4b5a6089b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5'

describe('the site worker’s secret check', () => {
  it('should accept the secret itself', () => {
    expect(sameSecret(SECRET, SECRET)).toBe(true)
  })

  it('should refuse every other given value, of any length or bytes, without throwing', () => {
    for (const { label, value } of givenSecrets(SECRET)) {
      expect(() => sameSecret(value, SECRET), label).not.toThrow()
      expect(sameSecret(value, SECRET), label).toBe(false)
    }
  })

  it('should refuse everything when the worker has no secret', () => {
    expect(sameSecret('', '')).toBe(false)
    expect(sameSecret('anything', '')).toBe(false)
  })
})
