import type { AfterErrorHook, CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

import { PASSWORD_CHECK } from '@/collections/Users/hooks/throttleLogin'

import { recordAudit } from '../record'

/**
 * Logins in the 操作日志. Payload calls no hook when a login fails (payload 3.90,
 * auth/operations/login.ts throws AuthenticationError after `beforeOperation`, with no
 * `afterLogin` or `afterOperation`), but both of its HTTP routes hand the thrown error to the
 * config's `afterError` hooks: REST through utilities/routeError.ts, GraphQL through
 * @payloadcms/next routes/graphql/handler.ts. So each attempt is noted on the request when it
 * starts, a success takes its note back and writes its row, and what is still noted when the
 * request ends in an error is a failed login. A login refused by the throttle before any password
 * was checked is not an attempt (it is never noted); neither is a current-password check.
 */

const PENDING = 'audit:loginAttempts'

/** An emailed identity as typed (trimmed, lower case), never the password. */
const attemptedEmail = (value: unknown): string => (typeof value === 'string' ? value.trim().toLowerCase().slice(0, 254) : '')

const pending = (req: PayloadRequest): string[] => {
  const list = req.context[PENDING]
  if (Array.isArray(list)) return list as string[]
  const fresh: string[] = []
  req.context[PENDING] = fresh
  return fresh
}

/** Runs after the throttle, so only attempts that reach the password check are noted. */
export const noteLoginAttempt: CollectionBeforeOperationHook = ({ args, context, operation, req }) => {
  if (operation !== 'login' || context?.[PASSWORD_CHECK] === true) return args
  pending(req).push(attemptedEmail((args as { data?: { email?: unknown } }).data?.email))
  return args
}

/** In the login's transaction: a login that fails after this hook leaves no row of success. */
export const recordLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const list = pending(req)
  const index = list.indexOf(attemptedEmail(user.email))
  list.splice(index === -1 ? 0 : index, 1)
  await recordAudit(req, { action: 'loginSucceeded', collection: collectionSlugs.users, docId: user.id, title: user.email })
  return user
}

/** The account an email belongs to, if any: an admin reading the log may see that, a guesser may not. */
const accountOf = async (req: PayloadRequest, email: string): Promise<number | string | undefined> => {
  if (!email) return undefined
  const { docs } = await req.payload.find({
    collection: collectionSlugs.users,
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs[0]?.id
}

const reasonOf = (error: unknown): string => {
  const original = (error as { originalError?: unknown })?.originalError ?? error
  return original instanceof Error ? original.message : String(original)
}

/** Config `afterError`: writes every attempt of the request that did not succeed. Never changes the answer. */
export const recordFailedLogins: AfterErrorHook = async ({ error, req }) => {
  const list = req.context?.[PENDING]
  if (!Array.isArray(list) || list.length === 0) return undefined
  const attempts = list.splice(0) as string[]
  for (const email of attempts) {
    try {
      await recordAudit(req, {
        action: 'loginFailed',
        collection: collectionSlugs.users,
        docId: await accountOf(req, email),
        title: email || null,
        by: email || '（未填写邮箱）',
        note: reasonOf(error),
      })
    } catch (recordError) {
      req.payload.logger.error({ err: recordError, msg: 'could not write a failed login to the audit log', email })
    }
  }
  return undefined
}
