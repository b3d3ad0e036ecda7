import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { publicError } from '@/lib/errors'

import { isCurrentPassword } from '../currentPassword'

/** Whether the update (one document by id, or several by a query) includes the user's own account. */
const includesOwnAccount = async (args: { id?: unknown; where?: Where }, req: PayloadRequest, ownId: number | string): Promise<boolean> => {
  if (args.id !== undefined && args.id !== null) return String(args.id) === String(ownId)
  if (!args.where) return false
  const found = await req.payload.count({ collection: 'users', where: { and: [args.where, { id: { equals: ownId } }] }, overrideAccess: true })
  return found.totalDocs > 0
}

/**
 * A change of one's own password or email needs the current password (`currentPassword` in the
 * same request), so a stolen session or an unlocked desk cannot take the account over: a new
 * password directly, or a new email and then "forgot password". Holds on every path that updates
 * (REST single and bulk, GraphQL, the admin's account page). An admin setting another user's
 * password or email (admins manage accounts) needs none; the reset link's flow does not update
 * through here; server code passes `overrideAccess`.
 */
export const requireCurrentPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' || args.overrideAccess || !req.user) return args
  const data = ((args as { data?: Record<string, unknown> }).data ?? {}) as { password?: unknown; email?: unknown; currentPassword?: unknown }
  const ownEmail = String(req.user.email ?? '')
  const changesPassword = typeof data.password === 'string' && data.password !== ''
  const changesEmail = typeof data.email === 'string' && data.email.trim().toLowerCase() !== ownEmail.trim().toLowerCase()
  if (!changesPassword && !changesEmail) return args
  if (!(await includesOwnAccount(args as { id?: unknown; where?: Where }, req, req.user.id))) return args
  const current = data.currentPassword
  if (typeof current !== 'string' || current === '') {
    throw publicError('修改自己的密码或邮箱时，请同时填写当前密码。', 400, { field: 'currentPassword' })
  }
  if (!(await isCurrentPassword(req, ownEmail, current))) {
    throw publicError('当前密码不正确，未作修改。', 403, { field: 'currentPassword' })
  }
  return args
}
