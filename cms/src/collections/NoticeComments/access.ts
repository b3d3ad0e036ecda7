import type { Access, FieldAccess } from 'payload'

import { hasRole } from '@fengcai/shared'
import type { UserWithRoles } from '@fengcai/shared'

/** Who reads and handles comments and objections: notice staff, and admins as everywhere. */
export const canModerate = (user: UserWithRoles): boolean => hasRole(user, 'admin', 'notice-staff')

export const moderatorsOnly: Access = ({ req: { user } }) => canModerate(user)

/**
 * Field access for what the person sent, and what the server recorded with it (receipt, notice,
 * address hash…): kept as sent, by every role and path (REST, GraphQL, the Local API with a user).
 * Only the submit endpoint and the retention job write them, and neither goes through access.
 * An objection re-typed as a comment and approved would be published; an edited text is no longer
 * what the person said.
 */
export const keptAsSent: FieldAccess = () => false

/** Field access for what only the server's hooks write (status history, answer deadline): no role, on any path. */
export const writtenByHooks: FieldAccess = () => false

/** The admin condition of the fields an objection has and a comment has not. */
export const isObjection = (data: Partial<{ kind: string }>): boolean => data?.kind === 'objection'
