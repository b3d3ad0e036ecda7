import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { hasRole, roles } from '@fengcai/shared'

/** Whether the request comes from a signed-in user holding one of the staff roles. */
export const isStaffRequest = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, ...roles)

/** Any signed-in user holding one of the staff roles. */
export const isStaff: Access = isStaffRequest

/** A field only staff may read: the public API leaves it out of every answer. */
export const isStaffField: FieldAccess = isStaffRequest
