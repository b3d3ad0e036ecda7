import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from '@fengcai/shared'

/** For the access rules that must answer a plain yes or no (jobs, endpoints). */
export const isAdminRequest = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')

export const isAdmin: Access = isAdminRequest

export const isAdminField: FieldAccess = isAdminRequest
