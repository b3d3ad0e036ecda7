import type { Access } from 'payload'

import { hasRole } from '@fengcai/shared'

/** Admins see every user; anyone else only their own account. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
