import type { Access } from 'payload'

import { hasRole, roles } from '@fengcai/shared'

/** Any signed-in user holding one of the staff roles. */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, ...roles)
