import type { Access } from 'payload'

import { hasRole, roles } from '@fengcai/shared'

/** Staff read drafts too; everyone else reads only what is published. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, ...roles)) return true
  return { _status: { equals: 'published' } }
}
