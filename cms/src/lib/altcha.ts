import { createChallenge, randomInt, verifySolution } from 'altcha-lib'
import type { Challenge, Payload as AltchaPayload } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import type { Payload } from 'payload'

import { hitRateLimit } from '@/lib/rateLimit'

/** How long a challenge stays solvable. */
export const CHALLENGE_TTL_MS = 10 * 60 * 1000

/** The solver's work: the counter it must find lies in [1, max]. Lower it only in tests. */
const maxCounter = (): number => Number(process.env.ALTCHA_MAX_COUNTER) || 50_000

const secrets = (payload: Payload) => ({
  hmacSignatureSecret: `altcha-signature:${payload.secret}`,
  hmacKeySignatureSecret: `altcha-key:${payload.secret}`,
})

/** A signed, expiring proof-of-work challenge for the ALTCHA widget. */
export const newChallenge = async (payload: Payload): Promise<Challenge> =>
  createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: randomInt(1, maxCounter()),
    deriveKey,
    expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS),
    ...secrets(payload),
  })

export type AltchaCheck = 'ok' | 'missing' | 'invalid' | 'expired' | 'replayed'

/**
 * Checks the widget's base64 payload: signature, solution, expiry, and that this solution was
 * not accepted before (kept in PostgreSQL, so the rule holds across CMS instances).
 */
export const checkAltcha = async (payload: Payload, encoded: string | undefined): Promise<AltchaCheck> => {
  if (!encoded) return 'missing'
  let decoded: AltchaPayload
  try {
    decoded = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as AltchaPayload
  } catch {
    // Not base64 JSON at all: the same answer as a wrong solution.
    return 'invalid'
  }
  if (!decoded?.challenge?.parameters || !decoded.solution) return 'invalid'
  const result = await verifySolution({
    challenge: decoded.challenge,
    solution: decoded.solution,
    deriveKey,
    ...secrets(payload),
  }).catch(() => null)
  if (!result) return 'invalid'
  if (result.expired) return 'expired'
  if (!result.verified) return 'invalid'
  const uses = await hitRateLimit(payload, `altcha:${decoded.challenge.signature ?? decoded.challenge.parameters.nonce}`, CHALLENGE_TTL_MS * 2)
  return uses === 1 ? 'ok' : 'replayed'
}
