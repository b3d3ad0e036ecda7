import type { Access } from 'payload'

import { hasRole } from '@fengcai/shared'
import type { Role } from '@fengcai/shared'

import { anyone } from './anyone'

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

/** Collections without drafts: everyone reads, the writers (and admins) change. */
export const readByAllWrittenBy = (...writers: Role[]) => ({
  read: anyone,
  create: rolesAllowed(...writers),
  update: rolesAllowed(...writers),
  delete: rolesAllowed(...writers),
})

/**
 * Collections with drafts: the public reads what is published; writers (and admins) read
 * drafts and versions, create, edit and publish; deleters (and admins) delete.
 */
export const draftsWrittenBy = ({ writers, deleters = writers }: { writers: Role[]; deleters?: Role[] }) => ({
  read: publishedOrRoles(...writers),
  readVersions: rolesAllowed(...writers),
  create: rolesAllowed(...writers),
  update: rolesAllowed(...writers),
  delete: rolesAllowed(...deleters),
})
