import type { Access } from 'payload'

import { hasRole } from '@fengcai/shared'
import type { UserWithRoles } from '@fengcai/shared'

/**
 * Who reads and handles 网站纠错: editors, who correct the site, and admins. A report may carry
 * the sender's phone or e-mail, so no other role reads it, by any path (as objections are kept
 * to notice staff).
 */
export const canHandleCorrections = (user: UserWithRoles): boolean => hasRole(user, 'admin', 'editor')

export const correctionHandlersOnly: Access = ({ req: { user } }) => canHandleCorrections(user)
