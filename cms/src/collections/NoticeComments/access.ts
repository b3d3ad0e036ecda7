import type { Access } from 'payload'

import { hasRole } from '@fengcai/shared'
import type { UserWithRoles } from '@fengcai/shared'

/** Who reads and handles comments and objections: notice staff, and admins as everywhere. */
export const canModerate = (user: UserWithRoles): boolean => hasRole(user, 'admin', 'notice-staff')

export const moderatorsOnly: Access = ({ req: { user } }) => canModerate(user)
