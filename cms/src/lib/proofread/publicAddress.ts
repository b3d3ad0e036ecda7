/**
 * The guard against making the server fetch private addresses (SSRF) for the link check. It is
 * the rule of Payload's own guard for uploads by URL (payload/src/uploads/safeFetch.ts, `isSafeIp`
 * and `ssrfFilterInterceptor`): only addresses ipaddr.js calls `unicast` are fetched — no
 * loopback, private, link-local, carrier-grade NAT, multicast, reserved or IPv4-mapped addresses —
 * and a host name is resolved first and refused if any of its addresses is one of those. Payload
 * does not export that guard (only its `lookup` hook, `_internal_safeFetchGlobal`), so its rule is
 * applied here with the same library. The check sits in the connection's own lookup, so the
 * address checked is the address connected to (no second resolution to rebind).
 */
import { lookup } from 'node:dns'
import type { LookupAddress, LookupOptions } from 'node:dns'

import ipaddr from 'ipaddr.js'

/** The code of the error a refused address gives, to tell it from a failing site. */
export const PRIVATE_ADDRESS = 'EPRIVATEADDRESS'

export const isPublicAddress = (ip: string): boolean => ipaddr.isValid(ip) && ipaddr.parse(ip).range() === 'unicast'

/** A host name as URL gives it, without the brackets of an IPv6 literal. */
export const bareHost = (hostname: string): string => hostname.replace(/^\[(.*)\]$/, '$1')

const refused = (hostname: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${hostname} resolves to a private or internal address; the link check does not fetch it`), { code: PRIVATE_ADDRESS })

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

/** `lookup` for http.request: resolves as Node would and refuses a host with any non-public address. */
export const publicLookup = (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, [])
    if (addresses.length === 0 || addresses.some(({ address }) => !isPublicAddress(address))) return callback(refused(hostname), [])
    if (options.all) return callback(null, addresses)
    const [first] = addresses as [LookupAddress]
    callback(null, first.address, first.family)
  })
}
