import { describe, expect, it } from 'vitest'

import { demoAccounts, hasRole, isRole, roles } from '@fengcai/shared'

describe('hasRole', () => {
  it('should be true when the user holds one of the wanted roles', () => {
    expect(hasRole({ roles: ['editor'] }, 'admin', 'editor')).toBe(true)
  })

  it('should be false for another role, no roles, or no user', () => {
    expect(hasRole({ roles: ['notice-staff'] }, 'admin')).toBe(false)
    expect(hasRole({ roles: [] }, 'admin')).toBe(false)
    expect(hasRole({ roles: null }, 'admin')).toBe(false)
    expect(hasRole(null, 'admin')).toBe(false)
    expect(hasRole(undefined, ...roles)).toBe(false)
  })
})

describe('isRole', () => {
  it('should accept only the four known roles', () => {
    expect(roles.every(isRole)).toBe(true)
    expect(isRole('superuser')).toBe(false)
    expect(isRole(undefined)).toBe(false)
  })
})

describe('demoAccounts', () => {
  it('should name one account per role under the keys the credentials file uses', () => {
    expect(demoAccounts.map((account) => account.key)).toEqual(['admin', 'editor', 'reviewer', 'reviewer2', 'reviewer3', 'noticeStaff'])
    expect(new Set(demoAccounts.map((account) => account.role))).toEqual(new Set(roles))
  })
})
