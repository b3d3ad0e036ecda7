/**
 * The header the CMS's own HTTP server (scripts/serve.ts) sets to the TCP peer's address on
 * every request, overwriting whatever a client sent under that name. Next itself only fills in
 * X-Forwarded-For when the client sent none, so without this the socket address is lost.
 */
export const PEER_HEADER = 'x-fengcai-peer'

/**
 * How many reverse proxies in front of the CMS append to X-Forwarded-For (TRUST_PROXY). The
 * default 0 trusts no header at all: the client is the TCP peer. Anything else that is not a
 * whole number from 0 to 10 is a configuration mistake and also falls back to 0.
 */
export const trustedProxyHops = (value: string | undefined): number => {
  const hops = Number(value ?? 0)
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0
}

/**
 * The client's address: the peer when no proxy is trusted, otherwise the entry `hops` places
 * to the left of the peer in X-Forwarded-For + peer (each trusted proxy appends the address it
 * was reached from). Entries further left were written by the client and may be forged; when
 * the chain is shorter than configured, the leftmost (farthest) entry is the best we know.
 * Without a peer (the request did not come through scripts/serve.ts) nothing can be trusted.
 */
export const resolveClientAddress = ({
  peer,
  forwardedFor,
  hops,
}: {
  peer: string | null | undefined
  forwardedFor: string | null | undefined
  hops: number
}): string => {
  if (!peer?.trim()) return 'unknown'
  const chain = [...(forwardedFor ?? '').split(','), peer].map((entry) => entry.trim()).filter(Boolean)
  const index = Math.max(0, chain.length - 1 - hops)
  return normaliseAddress(chain[index] as string)
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are one client. */
const normaliseAddress = (address: string): string => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1').toLowerCase()
