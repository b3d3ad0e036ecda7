import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { publicError } from '@/lib/errors'

const refusal = () => publicError('操作日志只能追加，不能修改或删除。', 403)

/**
 * The log is append-only even for server code with overrideAccess (which skips access rules, not
 * hooks): a row is created once and never changed or deleted through Payload.
 */
export const refuseAuditUpdate: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') throw refusal()
  return data
}

export const refuseAuditDelete: CollectionBeforeDeleteHook = () => {
  throw refusal()
}
