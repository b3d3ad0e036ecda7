import { describe, expect, it } from 'vitest'

import { resolveClientAddress, trustedProxies, trustedProxyHops } from '@/lib/clientAddress'

describe('client address', () => {
  it('should take the TCP peer and ignore X-Forwarded-For when no proxy is trusted (the default)', () => {
    expect(resolveClientAddress({ peer: '198.51.100.4', forwardedFor: '6.6.6.6', trust: trustedProxies('0') })).toBe('198.51.100.4')
    expect(resolveClientAddress({ peer: '::ffff:198.51.100.4', forwardedFor: null, trust: trustedProxies('0') })).toBe('198.51.100.4')
  })

  it('should take the entry the trusted proxies appended, not what the client wrote further left', () => {
    // One proxy (peer 10.0.0.2) appended the client's address 203.0.113.7.
    expect(resolveClientAddress({ peer: '10.0.0.2', forwardedFor: '6.6.6.6, 203.0.113.7', trust: trustedProxies('1') })).toBe('203.0.113.7')
    // Two proxies: the client, then the first proxy's address.
    expect(resolveClientAddress({ peer: '10.0.0.3', forwardedFor: '6.6.6.6, 203.0.113.7, 10.0.0.2', trust: trustedProxies('2') })).toBe('203.0.113.7')
  })

  it('should fall back to the farthest entry when the chain is shorter than configured', () => {
    expect(resolveClientAddress({ peer: '10.0.0.2', forwardedFor: '', trust: trustedProxies('3') })).toBe('10.0.0.2')
    expect(resolveClientAddress({ peer: '10.0.0.2', forwardedFor: '203.0.113.7', trust: trustedProxies('3') })).toBe('203.0.113.7')
  })

  it('should trust nothing when the request did not come through the CMS server', () => {
    expect(resolveClientAddress({ peer: undefined, forwardedFor: '203.0.113.7', trust: trustedProxies('1') })).toBe('unknown')
  })

  it('should read TRUST_PROXY as 0 unless it is a small whole number', () => {
    expect(trustedProxyHops(undefined)).toBe(0)
    expect(trustedProxyHops('2')).toBe(2)
    expect(trustedProxyHops('-1')).toBe(0)
    expect(trustedProxyHops('yes')).toBe(0)
    expect(trustedProxyHops('1.5')).toBe(0)
  })

  it('should not let a client choose its address by sending its own X-Forwarded-For', () => {
    // One proxy: whatever the client wrote stays left of the address the proxy appended.
    for (const forged of ['127.0.0.1', '10.0.0.2', '6.6.6.6, 7.7.7.7', '203.0.113.99,', ' , 198.51.100.1'])
      expect(resolveClientAddress({ peer: '10.0.0.2', forwardedFor: `${forged}, 203.0.113.7`, trust: trustedProxies('1') })).toBe('203.0.113.7')
    // Proxies named by address: the walk from the right stops at the first address that is not one
    // of them, even when the client wrote trusted-looking addresses further left.
    const named = trustedProxies('loopback, 10.0.0.0/8')
    expect(resolveClientAddress({ peer: '10.0.0.2', forwardedFor: '10.0.0.9, 6.6.6.6, 10.0.0.5, 203.0.113.7', trust: named })).toBe('203.0.113.7')
    expect(resolveClientAddress({ peer: '::ffff:10.0.0.2', forwardedFor: '6.6.6.6, 203.0.113.7, 10.0.0.3', trust: named })).toBe('203.0.113.7')
    // A client reaching the CMS directly is not a trusted proxy: its header is ignored.
    expect(resolveClientAddress({ peer: '203.0.113.7', forwardedFor: '10.0.0.9', trust: named })).toBe('203.0.113.7')
  })

  it('should read TRUST_PROXY as a list of proxy addresses, and trust nothing when the list is not one', () => {
    const single = trustedProxies('10.0.0.1')
    expect(resolveClientAddress({ peer: '10.0.0.1', forwardedFor: '203.0.113.7', trust: single })).toBe('203.0.113.7')
    expect(resolveClientAddress({ peer: '10.0.0.4', forwardedFor: '203.0.113.7', trust: single })).toBe('10.0.0.4')
    expect(resolveClientAddress({ peer: '10.0.0.1', forwardedFor: '203.0.113.7', trust: trustedProxies('yes') })).toBe('10.0.0.1')
    expect(resolveClientAddress({ peer: '10.0.0.1', forwardedFor: '203.0.113.7', trust: trustedProxies('1.5') })).toBe('10.0.0.1')
  })
})
