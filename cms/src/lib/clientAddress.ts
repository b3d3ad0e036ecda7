import type { IncomingMessage } from 'node:http'

import proxyaddr from 'proxy-addr'

/**
 * The header the CMS's own HTTP server (scripts/serve.ts) sets to the TCP peer's address on
 * every request, overwriting whatever a client sent under that name. Next itself only fills in
 * X-Forwarded-For when the client sent none, so without this the socket address is lost.
 */
export const PEER_HEADER = 'x-fengcai-peer'

/** Whether the address at `hop` (0 = the TCP peer, 1 = the last X-Forwarded-For entry, …) is a proxy we trust. */
export type ProxyTrust = (address: string, hop: number) => boolean

/**
 * How many reverse proxies in front of the CMS append to X-Forwarded-For (TRUST_PROXY as a
 * number). The default 0 trusts no header at all: the client is the TCP peer. A number that is
 * not whole or lies outside 0 to 10 is a configuration mistake and also falls back to 0.
 */
export const trustedProxyHops = (value: string | undefined): number => {
  const hops = Number(value ?? 0)
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0
}

/**
 * TRUST_PROXY read as proxy-addr's trust: a number of hops (see above), or a comma-separated
 * list of the proxies' addresses, subnets and proxy-addr's names (`loopback`, `linklocal`,
 * `uniquelocal`), e.g. `loopback, 10.0.0.0/8`. A list that proxy-addr cannot read trusts nothing,
 * said once on the console, as a bad number always has.
 */
export const trustedProxies = (value: string | undefined): ProxyTrust => {
  const text = value?.trim() ?? ''
  if (text === '' || !Number.isNaN(Number(text))) {
    const hops = trustedProxyHops(text || undefined)
    return (_address, hop) => hop < hops
  }
  try {
    return proxyaddr.compile(text.split(',').map((entry) => entry.trim()))
  } catch (error) {
    console.warn(
      `[client-address] TRUST_PROXY=${JSON.stringify(value)} 无法识别（${error instanceof Error ? error.message : String(error)}），不信任任何代理。`,
    )
    return () => false
  }
}

/**
 * The client's address: proxy-addr walks X-Forwarded-For + peer from the right while the address
 * is a trusted proxy and stops at the first that is not (each trusted proxy appends the address it
 * was reached from). Entries further left were written by the client and may be forged; when
 * every entry is trusted, the leftmost (farthest) is the best we know. Without a peer (the request
 * did not come through scripts/serve.ts) nothing can be trusted.
 */
export const resolveClientAddress = ({
  peer,
  forwardedFor,
  trust,
}: {
  peer: string | null | undefined
  forwardedFor: string | null | undefined
  trust: ProxyTrust
}): string => {
  if (!peer?.trim()) return 'unknown'
  // proxy-addr wants a Node request but reads only these two (forwarded 0.2.0, index.js: the
  // x-forwarded-for header and socket.remoteAddress); Payload hands us Web Headers instead.
  const request = { headers: { 'x-forwarded-for': forwardedFor ?? undefined }, socket: { remoteAddress: peer.trim() } }
  return normaliseAddress(proxyaddr(request as unknown as IncomingMessage, trust))
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are one client. */
const normaliseAddress = (address: string): string => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1').toLowerCase()
