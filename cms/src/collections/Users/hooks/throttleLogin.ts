import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import { parseCookies } from 'payload'
import type { CollectionAfterLoginHook, CollectionAfterOperationHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { checkAltcha } from '@/lib/altcha'
import type { AltchaCheck } from '@/lib/altcha'
import { clientIp, saltedHash } from '@/lib/client'
import { publicError } from '@/lib/errors'
import { clearRateLimit, countRateLimit, passThrottle, peekRateLimit, uncountRateLimit } from '@/lib/rateLimit'
import type { Throttle } from '@/lib/rateLimit'

import { LOGIN_CHALLENGE_PATH, LOGIN_PROOF_COOKIE, LOGIN_PROOF_HEADER } from '../loginProof'

/**
 * Logins slow down instead of locking (anyone can type wrong passwords for the admin's email, and
 * a lock would shut the admin out), and what one address does never slows the owner at another:
 * - one address on one account: after 5 attempts in a row the next waits 1 s, 2 s, 4 s … up to
 *   15 minutes (the owner's own typos, or one guesser);
 * - one address over all accounts: 20 attempts before its own delays start;
 * - one account from all addresses: after 10 failures each login to it needs a fresh ALTCHA proof
 *   of work — a cost on every guess from a crowd of addresses, never a wall: the right password
 *   with a valid proof gets in at once from an address that has not been guessing.
 * A successful login or a password reset (the owner's way past an attacker) forgets the
 * account's failures and those of the owner's address on it. Known and unknown emails are
 * throttled and answered alike, so neither the delay nor the answer tells whether an account exists.
 */
export const LOGIN_THROTTLES = {
  accountAddress: { freeAttempts: 5, maxDelaySeconds: 15 * 60, idleResetSeconds: 24 * 60 * 60 },
  address: { freeAttempts: 20, maxDelaySeconds: 15 * 60, idleResetSeconds: 60 * 60 },
} satisfies Record<string, Throttle>

/** Failed logins on one account (from any address) after which each login to it needs a proof of work. */
export const LOGIN_PROOF_AFTER_FAILURES = 10
/** An account's failures are forgotten after a day without any. */
const ACCOUNT_FAILURES_IDLE_SECONDS = 24 * 60 * 60

/** `req.context` flag of a current-password check (see currentPassword.ts): the same delays, no proof of work. */
export const PASSWORD_CHECK = 'fengcaiPasswordCheck'

const normalised = (email: string): string => email.trim().toLowerCase()
const accountKey = (req: PayloadRequest, email: string): string => `login-account:${saltedHash(req, 'login', normalised(email))}`
const accountAddressKey = (req: PayloadRequest, email: string): string => `login-pair:${saltedHash(req, 'login-pair', normalised(email), clientIp(req))}`
const addressKey = (req: PayloadRequest): string => `login-ip:${saltedHash(req, 'login-ip', clientIp(req))}`

const pbkdf2Async = promisify(pbkdf2)
const DUMMY_SALT = randomBytes(32).toString('hex')

const refuse = (req: PayloadRequest, retryAfterSeconds: number, passwordCheck: boolean): never => {
  req.responseHeaders = new Headers({ 'retry-after': String(retryAfterSeconds) })
  if (passwordCheck) throw publicError(`当前密码尝试过于频繁，请 ${retryAfterSeconds} 秒后再试。`, 429)
  throw publicError(`登录尝试过于频繁，请 ${retryAfterSeconds} 秒后再试。忘记密码可通过“忘记密码”重设。`, 429)
}

const proofRefusals: Record<Exclude<AltchaCheck, 'ok'>, { status: number; message: string }> = {
  missing: { status: 429, message: '该账号近期多次登录失败，登录前需完成人机校验：请稍候几秒再点“登录”（登录页会自动完成校验）。' },
  invalid: { status: 403, message: '人机校验未通过，请刷新登录页后重试。' },
  expired: { status: 403, message: '人机校验已过期，请刷新登录页后重试。' },
  replayed: { status: 403, message: '这次人机校验已经用过，请稍候几秒再点“登录”。' },
}

/** Refused for want of a valid, unused proof; the answer tells a script where to get one and how to send it. */
const refuseWithoutProof = (req: PayloadRequest, check: Exclude<AltchaCheck, 'ok'>): never => {
  req.responseHeaders = new Headers({ [LOGIN_PROOF_HEADER]: 'required' })
  const { status, message } = proofRefusals[check]
  throw publicError(message, status, { proof: check, challenge: `${req.payload.config.routes.api}/users${LOGIN_CHALLENGE_PATH}`, header: LOGIN_PROOF_HEADER })
}

const proofOf = (req: PayloadRequest): string | undefined =>
  req.headers.get(LOGIN_PROOF_HEADER)?.trim() || parseCookies(req.headers).get(LOGIN_PROOF_COOKIE)?.trim() || undefined

export const throttleLogin: CollectionBeforeOperationHook = async ({ args, context, operation, req }) => {
  if (operation !== 'login') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email !== 'string' || email.length > 254) return args
  const passwordCheck = context?.[PASSWORD_CHECK] === true
  // Read before anything is counted: a login refused for want of a proof tried no password.
  const proofNeeded = !passwordCheck && (await peekRateLimit(req.payload, accountKey(req, email))) >= LOGIN_PROOF_AFTER_FAILURES
  const proof = proofNeeded ? proofOf(req) : undefined
  if (proofNeeded && !proof) refuseWithoutProof(req, 'missing')
  const address = await passThrottle(req.payload, addressKey(req), LOGIN_THROTTLES.address)
  if (!address.allowed) refuse(req, address.retryAfterSeconds, passwordCheck)
  const pair = await passThrottle(req.payload, accountAddressKey(req, email), LOGIN_THROTTLES.accountAddress)
  if (!pair.allowed) refuse(req, pair.retryAfterSeconds, passwordCheck)
  // Checked (and used up) only once the delays let the attempt through, so a proof sent too early is not lost.
  if (proofNeeded) {
    const check = await checkAltcha(req.payload, proof)
    if (check !== 'ok') refuseWithoutProof(req, check)
  }
  await countRateLimit(req.payload, accountKey(req, email), ACCOUNT_FAILURES_IDLE_SECONDS)
  // Payload answers an unknown email at once but checks a known one's password for a noticeable
  // moment; doing the same work for an unknown email keeps the timing from telling them apart.
  const known = await req.payload.count({ collection: 'users', where: { email: { equals: normalised(email) } }, overrideAccess: true })
  if (known.totalDocs === 0) await pbkdf2Async(String((args as { data?: { password?: unknown } }).data?.password ?? ''), DUMMY_SALT, 600_000, 32, 'sha256')
  return args
}

/** The owner proved the password: the account's failures and this address's on it are forgotten, and this attempt does not count against the address. */
export const forgetFailedLoginsOf = async (req: PayloadRequest, email: string): Promise<void> => {
  await clearRateLimit(req.payload, accountKey(req, email))
  await clearRateLimit(req.payload, accountAddressKey(req, email))
  await uncountRateLimit(req.payload, addressKey(req))
}

export const forgetFailedLogins: CollectionAfterLoginHook = async ({ req, user }) => {
  await forgetFailedLoginsOf(req, String(user.email))
  return user
}

/** A password reset proves the owner: the account starts afresh even while someone keeps guessing. */
export const forgetFailedLoginsAfterReset: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  const email = (result as { user?: { email?: unknown } } | undefined)?.user?.email
  if (typeof email === 'string') {
    await clearRateLimit(req.payload, accountKey(req, email))
    await clearRateLimit(req.payload, accountAddressKey(req, email))
  }
  return result
}
