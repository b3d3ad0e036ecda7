import { createHash } from 'node:crypto'

import type { PayloadRequest } from 'payload'

/**
 * How many reverse proxies in front of the CMS append to X-Forwarded-For (TRUST_PROXY, default 1:
 * one load balancer, or Next itself when nothing is in front). The client is the entry that many
 * places from the right; entries further left were written by the client and may be forged.
 */
const trustedHops = (): number => {
  const hops = Number(process.env.TRUST_PROXY ?? 1)
  return Number.isInteger(hops) && hops >= 1 ? hops : 1
}

/** The client's address as the trusted proxies report it; never stored as is. */
export const clientIp = (req: PayloadRequest): string => {
  const chain = (req.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const hops = trustedHops()
  const fromProxy = chain.length >= hops ? chain[chain.length - hops] : chain[0]
  return fromProxy || req.headers.get('x-real-ip') || 'unknown'
}

/** A one-way hash of the parts, salted with the CMS secret: comparable, not reversible. */
const saltedHash = (req: PayloadRequest, ...parts: string[]): string =>
  createHash('sha256').update([req.payload.secret, ...parts].join('|')).digest('hex').slice(0, 32)

/** IP and user agent hashed: enough to spot repeats. */
export const clientFingerprint = (req: PayloadRequest): string => saltedHash(req, clientIp(req), req.headers.get('user-agent') ?? '')

const BOT_PATTERN = /bot|crawl|spider|slurp|bingpreview|facebookexternalhit|curl|wget|python-requests|httpclient|headless|lighthouse/i

export const looksLikeBot = (req: PayloadRequest): boolean => {
  const agent = req.headers.get('user-agent') ?? ''
  return agent === '' || BOT_PATTERN.test(agent)
}

/** The client's address hashed: stored instead of the address. */
export const ipHash = (req: PayloadRequest): string => saltedHash(req, 'ip', clientIp(req))
