// GET /api/notice-comments/challenge — a fresh ALTCHA proof-of-work challenge for the form.
import { headersWithCors } from 'payload'
import type { Endpoint } from 'payload'

import { newChallenge } from '@/lib/altcha'

export const challenge: Endpoint = {
  path: '/challenge',
  method: 'get',
  handler: async (req) =>
    Response.json(await newChallenge(req.payload), {
      headers: headersWithCors({ headers: new Headers({ 'cache-control': 'no-store' }), req }),
    }),
}
