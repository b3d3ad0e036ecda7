import { describe, expect, it } from 'vitest'

import { resolveClientAddress, trustedProxyHops } from '@/lib/clientAddress'

describe('client address', () => {
  it('should take the TCP peer and ignore X-Forwarded-For when no proxy is trusted (the default)', () => {
    expect(resolveClientAddress({ peer: '198.51.100.4', forwardedFor: '6.6.6.6', hops: 0 })).toBe('198.51.100.4')
    expect(resolveClientAddress({ peer: '::ffff:198.51.100.4', forwardedFor: null, hops: 0 })).toBe('198.51.100.4')
  })

  it('should take the entry the trusted proxies appended, not what the client wrote further left', () => {
    // One proxy (peer 10.0.0.2) appended the client's address 203.0.113.7.
    expect(resolveClientAddress({ peer: '10.0.0.2', forwardedFor: '6.6.6.6, 203.0.113.7', hops: 1 })).toBe('203.0.113.7')
    // Two proxies: the client, then the first proxy's address.
    expect(resolveClientAddress({ peer: '10.0.0.3', forwardedFor: '6.6.6.6, 203.0.113.7, 10.0.0.2', hops: 2 })).toBe('203.0.113.7')
  })

  it('should fall back to the farthest entry when the chain is shorter than configured', () => {
    expect(resolveClientAddress({ peer: '10.0.0.2', forwardedFor: '', hops: 3 })).toBe('10.0.0.2')
    expect(resolveClientAddress({ peer: '10.0.0.2', forwardedFor: '203.0.113.7', hops: 3 })).toBe('203.0.113.7')
  })

  it('should trust nothing when the request did not come through the CMS server', () => {
    expect(resolveClientAddress({ peer: undefined, forwardedFor: '203.0.113.7', hops: 1 })).toBe('unknown')
  })

  it('should read TRUST_PROXY as 0 unless it is a small whole number', () => {
    expect(trustedProxyHops(undefined)).toBe(0)
    expect(trustedProxyHops('2')).toBe(2)
    expect(trustedProxyHops('-1')).toBe(0)
    expect(trustedProxyHops('yes')).toBe(0)
    expect(trustedProxyHops('1.5')).toBe(0)
  })
})
