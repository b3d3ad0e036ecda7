import { describe, expect, it } from 'vitest'

import { auditFilter } from '@/collections/AuditLog/filter'

describe('auditFilter', () => {
  it('should turn the simple parameters into conditions that all hold', () => {
    expect(auditFilter({ action: 'loginFailed', user: 'admin@', collection: 'users', docId: '7' })).toEqual({
      where: { and: [{ action: { equals: 'loginFailed' } }, { user: { like: 'admin@' } }, { collection: { equals: 'users' } }, { docId: { equals: '7' } }] },
    })
  })

  it('should read from and to as whole Shanghai days', () => {
    expect(auditFilter({ from: '2026-12-01', to: '2026-12-01' })).toEqual({
      where: { and: [{ at: { greater_than_equal: '2026-11-30T16:00:00.000Z' } }, { at: { less_than: '2026-12-01T16:00:00.000Z' } }] },
    })
  })

  it('should keep the admin list’s own filter and search alongside', () => {
    const where = { action: { equals: 'published' } }
    expect(auditFilter({ where, search: '稿件' })).toEqual({
      where: { and: [{ or: [{ title: { like: '稿件' } }, { user: { like: '稿件' } }, { docId: { like: '稿件' } }] }, where] },
    })
  })

  it('should take no parameters as every row, and refuse what it cannot read', () => {
    expect(auditFilter({})).toEqual({ where: { and: [] } })
    expect(auditFilter({ action: 'dropTable' })).toMatchObject({ field: 'action' })
    expect(auditFilter({ from: '2026-13-45' })).toMatchObject({ field: 'from' })
    expect(auditFilter({ to: '1 Dec' })).toMatchObject({ field: 'to' })
    expect(auditFilter({ where: 'action=published' })).toMatchObject({ field: 'where' })
  })
})
