import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@fengcai/shared'

import { publicError } from '@/lib/errors'

const sameRoles = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((role) => b.includes(role))

/**
 * Field access alone would silently drop a non-admin's change to `roles`; answer 403 instead,
 * so an attempt to grant oneself a role is refused out loud. Non-admins can only update their
 * own account (see the collection's access), so their current roles are `req.user.roles`.
 */
export const refuseRoleChange: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'create') return args
  const wanted: unknown = (args as { data?: { roles?: unknown } }).data?.roles
  if (wanted === undefined || hasRole(req.user, 'admin') || args.overrideAccess) return args
  const current = req.user?.roles ?? []
  if (operation === 'create' || !Array.isArray(wanted) || !sameRoles(wanted, current)) {
    throw publicError('只有管理员可以分配或更改用户角色。', 403, { field: 'roles' })
  }
  return args
}
