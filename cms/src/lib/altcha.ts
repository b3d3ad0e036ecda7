import { createChallenge, randomInt, verifySolution } from 'altcha-lib'
import type { Challenge, Payload as AltchaPayload } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import type { Payload, PayloadRequest } from 'payload'

import { hitRateLimit } from '@/lib/rateLimit'

/** How long a challenge stays solvable. */
export const CHALLENGE_TTL_MS = 10 * 60 * 1000

/** How long a spent proof is remembered: past it the challenge has expired anyway. */
export const SPENT_PROOF_SECONDS = (CHALLENGE_TTL_MS * 2) / 1000

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

/** Why a proof of work was refused before it was spent. */
export type AltchaRefusal = 'missing' | 'invalid' | 'expired'

/**
 * Checks the widget's base64 payload without touching the database: signature, solution, expiry.
 * Gives the key under which the proof is spent (spendAltcha), or why it is refused.
 */
export const verifyAltcha = async (payload: Payload, encoded: string | undefined): Promise<{ proof: string } | { refused: AltchaRefusal }> => {
  if (!encoded) return { refused: 'missing' }
  let decoded: AltchaPayload
  try {
    decoded = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as AltchaPayload
  } catch {
    // Not base64 JSON at all: the same answer as a wrong solution.
    return { refused: 'invalid' }
  }
  if (!decoded?.challenge?.parameters || !decoded.solution) return { refused: 'invalid' }
  const result = await verifySolution({
    challenge: decoded.challenge,
    solution: decoded.solution,
    deriveKey,
    ...secrets(payload),
  }).catch(() => null)
  if (!result) return { refused: 'invalid' }
  if (result.expired) return { refused: 'expired' }
  if (!result.verified) return { refused: 'invalid' }
  return { proof: `altcha:${decoded.challenge.signature ?? decoded.challenge.parameters.nonce}` }
}

/**
 * Spends a verified proof: 'ok' the first time, 'replayed' ever after (kept in PostgreSQL, so the
 * rule holds across CMS instances). Given a `req` with an open transaction, the proof is spent in
 * it: spent exactly when that transaction commits, and a concurrent spend waits for it.
 */
export const spendAltcha = async (payload: Payload, proof: string, req?: PayloadRequest): Promise<'ok' | 'replayed'> =>
  (await hitRateLimit(payload, proof, SPENT_PROOF_SECONDS * 1000, req)) === 1 ? 'ok' : 'replayed'

export type AltchaCheck = 'ok' | AltchaRefusal | 'replayed'

/** Verifies and spends a proof in one go, where nothing else has to commit with the spend (logins). */
export const checkAltcha = async (payload: Payload, encoded: string | undefined): Promise<AltchaCheck> => {
  const verdict = await verifyAltcha(payload, encoded)
  return 'refused' in verdict ? verdict.refused : spendAltcha(payload, verdict.proof)
}
