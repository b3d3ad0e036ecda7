// GET /api/users/login-challenge — a fresh ALTCHA proof-of-work challenge for a login.
import type { Endpoint } from 'payload'

import { newChallenge } from '@/lib/altcha'

import { LOGIN_CHALLENGE_PATH } from '../loginProof'

export const loginChallenge: Endpoint = {
  path: LOGIN_CHALLENGE_PATH,
  method: 'get',
  handler: async (req) => Response.json(await newChallenge(req.payload), { headers: { 'cache-control': 'no-store' } }),
}
