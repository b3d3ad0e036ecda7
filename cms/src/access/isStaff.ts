import type { Access, FieldAccess } from 'payload'

import { hasRole, roles } from '@fengcai/shared'

/** Any signed-in user holding one of the staff roles. */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, ...roles)

/** A field only staff may read: the public API leaves it out of every answer. */
export const isStaffField: FieldAccess = ({ req: { user } }) => hasRole(user, ...roles)
