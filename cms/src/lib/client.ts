import { createHash } from 'node:crypto'

import type { PayloadRequest } from 'payload'

/** The client's address as the reverse proxy (or Next) reports it; never stored as is. */
export const clientIp = (req: PayloadRequest): string => {
  const forwarded = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || req.headers.get('x-real-ip') || 'unknown'
}

/** A one-way hash of IP and user agent, salted with the CMS secret: enough to spot repeats. */
export const clientFingerprint = (req: PayloadRequest): string =>
  createHash('sha256')
    .update(`${req.payload.secret}|${clientIp(req)}|${req.headers.get('user-agent') ?? ''}`)
    .digest('hex')
    .slice(0, 32)

const BOT_PATTERN = /bot|crawl|spider|slurp|bingpreview|facebookexternalhit|curl|wget|python-requests|httpclient|headless|lighthouse/i

export const looksLikeBot = (req: PayloadRequest): boolean => {
  const agent = req.headers.get('user-agent') ?? ''
  return agent === '' || BOT_PATTERN.test(agent)
}

/** The client's address hashed with the CMS secret: stored instead of the address. */
export const ipHash = (req: PayloadRequest): string =>
  createHash('sha256').update(`${req.payload.secret}|ip|${clientIp(req)}`).digest('hex').slice(0, 32)
