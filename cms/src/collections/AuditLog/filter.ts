import type { Where } from 'payload'

import { addDays, startOfShanghaiDay } from '@fengcai/shared'

import { auditActions } from './actions'
import type { AuditAction } from './actions'

/** The filters of the CSV export, as query parameters (all optional). */
export type AuditFilterParams = {
  action?: unknown
  user?: unknown
  collection?: unknown
  docId?: unknown
  /** Shanghai days, `2026-12-01`: from the start of `from` to the end of `to`. */
  from?: unknown
  to?: unknown
  /** The admin list's search box: title, user or document id containing the text. */
  search?: unknown
  /** The admin list's own filter, as Payload reads it from the query string. */
  where?: unknown
}

export type AuditFilter = { where: Where } | { error: string; field: string }

const DAY = /^\d{4}-\d{2}-\d{2}$/

const given = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined)

/**
 * The export's query parameters as a `where`: the simple ones (`?action=loginFailed&from=…`) and
 * the admin list's own (`?where[…]=…&search=…`, which the list view's export button passes on)
 * together, all of them holding. A parameter that cannot be read is an error, never ignored: an
 * export wider than asked for is worse than none.
 */
export const auditFilter = (params: AuditFilterParams): AuditFilter => {
  const and: Where[] = []
  const action = given(params.action)
  if (action) {
    if (!auditActions.includes(action as AuditAction)) return { error: '没有这种操作类型。', field: 'action' }
    and.push({ action: { equals: action } })
  }
  const user = given(params.user)
  if (user) and.push({ user: { like: user } })
  const collection = given(params.collection)
  if (collection) and.push({ collection: { equals: collection } })
  const docId = given(params.docId)
  if (docId) and.push({ docId: { equals: docId } })
  for (const [name, edge] of [
    ['from', 0],
    ['to', 1],
  ] as const) {
    const day = given(params[name])
    if (!day) continue
    if (!DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) return { error: '日期请写成 2026-12-01 的格式。', field: name }
    const instant = startOfShanghaiDay(addDays(day, edge)).toISOString()
    and.push({ at: name === 'from' ? { greater_than_equal: instant } : { less_than: instant } })
  }
  const search = given(params.search)
  if (search) and.push({ or: [{ title: { like: search } }, { user: { like: search } }, { docId: { like: search } }] })
  if (params.where !== undefined && params.where !== '') {
    if (typeof params.where !== 'object' || params.where === null || Array.isArray(params.where)) return { error: '筛选条件格式不正确。', field: 'where' }
    and.push(params.where as Where)
  }
  return { where: { and } }
}
