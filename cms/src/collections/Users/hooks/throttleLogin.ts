import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionAfterLoginHook, CollectionAfterOperationHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { clientIp, saltedHash } from '@/lib/client'
import { publicError } from '@/lib/errors'
import { clearRateLimit, passThrottle, uncountRateLimit } from '@/lib/rateLimit'
import type { Throttle } from '@/lib/rateLimit'

/**
 * Logins slow down instead of locking: anyone can type five wrong passwords for the admin's
 * email, and a lock would then shut the admin out. After five attempts in a row on one account
 * the next waits 1 s, 2 s, 4 s … up to 15 minutes; a successful login or a password reset (the
 * owner's way past an attacker) starts the account afresh. One address gets twenty attempts
 * before its own delays start, whichever accounts it tries. Known and unknown emails are
 * throttled and answered alike, so neither the delay nor the answer tells whether an account
 * exists.
 */
export const LOGIN_THROTTLES = {
  account: { freeAttempts: 5, maxDelaySeconds: 15 * 60, idleResetSeconds: 24 * 60 * 60 },
  address: { freeAttempts: 20, maxDelaySeconds: 15 * 60, idleResetSeconds: 60 * 60 },
} satisfies Record<string, Throttle>

const accountKey = (req: PayloadRequest, email: string): string => `login-account:${saltedHash(req, 'login', email.trim().toLowerCase())}`
const addressKey = (req: PayloadRequest): string => `login-ip:${saltedHash(req, 'login-ip', clientIp(req))}`

const pbkdf2Async = promisify(pbkdf2)
const DUMMY_SALT = randomBytes(32).toString('hex')

const refuse = (req: PayloadRequest, retryAfterSeconds: number): never => {
  req.responseHeaders = new Headers({ 'retry-after': String(retryAfterSeconds) })
  throw publicError(`登录尝试过于频繁，请 ${retryAfterSeconds} 秒后再试。忘记密码可通过“忘记密码”重设。`, 429)
}

export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email !== 'string' || email.length > 254) return args
  const address = await passThrottle(req.payload, addressKey(req), LOGIN_THROTTLES.address)
  if (!address.allowed) refuse(req, address.retryAfterSeconds)
  const account = await passThrottle(req.payload, accountKey(req, email), LOGIN_THROTTLES.account)
  if (!account.allowed) refuse(req, account.retryAfterSeconds)
  // Payload answers an unknown email at once but checks a known one's password for a noticeable
  // moment; doing the same work for an unknown email keeps the timing from telling them apart.
  const known = await req.payload.count({ collection: 'users', where: { email: { equals: email.trim().toLowerCase() } }, overrideAccess: true })
  if (known.totalDocs === 0) await pbkdf2Async(String((args as { data?: { password?: unknown } }).data?.password ?? ''), DUMMY_SALT, 600_000, 32, 'sha256')
  return args
}

/** The owner got in: the account's failed attempts are forgotten, and this attempt does not count against the address. */
export const forgetFailedLogins: CollectionAfterLoginHook = async ({ req, user }) => {
  await clearRateLimit(req.payload, accountKey(req, String(user.email)))
  await uncountRateLimit(req.payload, addressKey(req))
  return user
}

/** A password reset proves the owner: the account starts afresh even while someone keeps guessing. */
export const forgetFailedLoginsAfterReset: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  const email = (result as { user?: { email?: unknown } } | undefined)?.user?.email
  if (typeof email === 'string') await clearRateLimit(req.payload, accountKey(req, email))
  return result
}
