import { createHash } from 'node:crypto'

import { isbot } from 'isbot'
import type { PayloadRequest } from 'payload'

import { PEER_HEADER, resolveClientAddress, trustedProxyHops } from '@/lib/clientAddress'

/**
 * The client's address: the TCP peer, or with TRUST_PROXY=N the address N trusted proxies
 * report in X-Forwarded-For. Used for rate limits and hashed before anything is stored.
 */
export const clientIp = (req: PayloadRequest): string =>
  resolveClientAddress({
    peer: req.headers.get(PEER_HEADER),
    forwardedFor: req.headers.get('x-forwarded-for'),
    hops: trustedProxyHops(process.env.TRUST_PROXY),
  })

/** A one-way hash of the parts, salted with the CMS secret: comparable, not reversible. */
export const saltedHash = (req: PayloadRequest, ...parts: string[]): string =>
  createHash('sha256')
    .update([req.payload.secret, ...parts].join('|'))
    .digest('hex')
    .slice(0, 32)

/** Crawlers, link previews, scripts, and clients that do not say what they are. */
export const looksLikeBot = (req: PayloadRequest): boolean => {
  const agent = req.headers.get('user-agent') ?? ''
  return agent.trim() === '' || isbot(agent)
}

/** The client's address hashed: stored instead of the address. */
export const ipHash = (req: PayloadRequest): string => saltedHash(req, 'ip', clientIp(req))
