import type { Payload } from 'payload'
import React from 'react'

import { collectionSlugs } from '@fengcai/shared'

import { staffName } from '@/lib/staff'

/**
 * The author in the sidebar, read-only, by name: editors may not read other users, so Payload's
 * relationship field would show them only a number.
 */
export const AuthorField = async ({ data, payload }: { data?: { author?: number | { id: number } | null }; payload: Payload }) => {
  const id = typeof data?.author === 'object' && data.author ? data.author.id : data?.author
  const user = id
    ? await payload.findByID({ collection: collectionSlugs.users, id, depth: 0, overrideAccess: true, select: { name: true, email: true } }).catch(() => null)
    : null
  return (
    <div className="field-type author-field" style={{ marginBottom: 'var(--spacing-field, 1.5rem)' }}>
      <span className="field-label">作者</span>
      <div>{user ? staffName(user) : '（未记录）'}</div>
    </div>
  )
}
