import type { CollectionBeforeLoginHook, PayloadRequest } from 'payload'

import { forgetFailedLoginsOf, PASSWORD_CHECK } from './hooks/throttleLogin'

/** Thrown by `endPasswordCheck` once Payload has accepted the password. */
const PASSWORD_MATCHED = Symbol('passwordMatched')
type Matched = Error & { [PASSWORD_MATCHED]: true }

/**
 * Ends a current-password check (below) once Payload's login operation has accepted the password
 * and before it signs a token. Throwing from `beforeLogin` makes the login operation revoke the
 * session it had just added and roll its transaction back (payload 3.90,
 * auth/operations/login.ts: the `catch` around the hooks calls `revokeSession` and
 * `killTransaction`), so a check leaves no session behind.
 */
export const endPasswordCheck: CollectionBeforeLoginHook = ({ context, user }) => {
  if (context?.[PASSWORD_CHECK] !== true) return user
  throw Object.assign(new Error('current password matched'), { [PASSWORD_MATCHED]: true }) as Matched
}

/**
 * Whether `password` is the account's password, by Payload's own hash check (its login
 * operation, which the project's throttle guards), without logging in. A wrong guess counts as a
 * failed login from the request's address; a right one forgets the account's failures, as a login
 * does. Refused with 429 while that address is made to wait.
 */
export const isCurrentPassword = async (req: PayloadRequest, email: string, password: string): Promise<boolean> => {
  try {
    await req.payload.login({
      collection: 'users',
      data: { email, password },
      context: { [PASSWORD_CHECK]: true },
      // A request of its own (its own transaction), from the same client address.
      req: { headers: req.headers, i18n: req.i18n } as Partial<PayloadRequest>,
    })
  } catch (error) {
    if ((error as Partial<Matched>)?.[PASSWORD_MATCHED]) {
      await forgetFailedLoginsOf(req, email)
      return true
    }
    // Payload's AuthenticationError: wrong password.
    if ((error as { status?: number })?.status === 401) return false
    throw error
  }
  throw new Error('The login operation went past the current-password check: is endPasswordCheck in the users collection’s beforeLogin hooks?')
}
