import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@fengcai/shared'

import { publicError } from '@/lib/errors'

const sameMembers = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((item) => b.includes(item))

/** The fields only administrators set, and what a refusal says. */
const adminOnly = {
  roles: '只有管理员可以分配或更改用户角色。',
  reviewStages: '只有管理员可以设置审核员可签发的审核级别。',
} as const

/**
 * Field access alone would silently drop a non-admin's change to `roles` or `reviewStages`;
 * answer 403 instead, so an attempt to grant oneself a role or a stage is refused out loud.
 * Non-admins can only update their own account (see the collection's access), so their current
 * values are `req.user`'s; sending those back unchanged is no change.
 */
export const refuseRoleChange: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'create') return args
  if (hasRole(req.user, 'admin') || args.overrideAccess) return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  for (const field of Object.keys(adminOnly) as (keyof typeof adminOnly)[]) {
    const wanted = data[field]
    if (wanted === undefined) continue
    const current = ((req.user as Record<string, unknown> | null)?.[field] as unknown[] | null | undefined) ?? []
    if (operation === 'create' || !Array.isArray(wanted) || !sameMembers(wanted, current)) throw publicError(adminOnly[field], 403, { field })
  }
  return args
}
