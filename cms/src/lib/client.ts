import { createHash } from 'node:crypto'

import { isbot } from 'isbot'
import type { PayloadRequest } from 'payload'

import { PEER_HEADER, resolveClientAddress, trustedProxies } from '@/lib/clientAddress'
import type { ProxyTrust } from '@/lib/clientAddress'

let compiled: { setting: string | undefined; trust: ProxyTrust } | null = null

/** TRUST_PROXY compiled once per value, not on every request (tests change it between runs). */
const proxyTrust = (): ProxyTrust => {
  const setting = process.env.TRUST_PROXY
  if (compiled && compiled.setting === setting) return compiled.trust
  compiled = { setting, trust: trustedProxies(setting) }
  return compiled.trust
}

/**
 * The client's address: the TCP peer, or with TRUST_PROXY the address the trusted proxies
 * report in X-Forwarded-For. Used for rate limits and hashed before anything is stored.
 */
export const clientIp = (req: PayloadRequest): string =>
  resolveClientAddress({
    peer: req.headers.get(PEER_HEADER),
    forwardedFor: req.headers.get('x-forwarded-for'),
    trust: proxyTrust(),
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
