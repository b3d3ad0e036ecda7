import type { FieldHook } from 'payload'

import type { NoticeComment } from '@fengcai/shared/payload-types'

type History = NonNullable<NoticeComment['statusHistory']>

/**
 * Appends the new status and its time to the status history whenever the status changes, on
 * every path (REST, GraphQL, the Local API, bulk edits, version restores). The history is built
 * from the stored document alone, never from what the request sent: clients cannot write it (its
 * field access drops it), and a restored version or an `overrideAccess` call cannot rewrite it.
 */
export const recordStatusChange: FieldHook<NoticeComment, History> = ({ operation, originalDoc, siblingData }) => {
  const before: History = operation === 'create' ? [] : (originalDoc?.statusHistory ?? [])
  const previous = operation === 'create' ? undefined : originalDoc?.status
  const status = siblingData.status ?? previous
  if (!status || status === previous) return before
  return [...before, { status, at: new Date().toISOString() }]
}
