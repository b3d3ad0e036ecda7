import type { Access } from 'payload'

import { hasRole } from '@fengcai/shared'
import type { Role } from '@fengcai/shared'

/** Allowed for users holding any of the roles (admins always). */
export const rolesAllowed =
  (...allowed: Role[]): Access =>
  ({ req: { user } }) =>
    hasRole(user, 'admin', ...allowed)

/**
 * Readers with the roles see drafts too; everyone else (anonymous included) sees only the
 * published documents. A query rather than `false`, so the public gets part of the collection.
 */
export const publishedOrRoles =
  (...allowed: Role[]): Access =>
  ({ req: { user } }) => {
    if (hasRole(user, 'admin', ...allowed)) return true
    return { _status: { equals: 'published' } }
  }
