import { describe, expect, it } from 'vitest'

import { PRIVATE_ADDRESS, isPublicAddress, publicLookup } from '@/lib/proofread/publicAddress'

describe('isPublicAddress: the link check fetches public addresses only', () => {
  it('should refuse loopback, private, link-local, shared, multicast, reserved and mapped addresses', () => {
    const refused = [
      '127.0.0.1',
      '127.1.2.3',
      '10.0.0.1',
      '172.16.5.4',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::',
      '::1',
      'fe80::1',
      'fc00::1',
      'fd12:3456::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'not an address',
      '',
    ]
    for (const address of refused) expect(isPublicAddress(address), address).toBe(false)
  })

  it('should allow public addresses, IPv4 and IPv6', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '223.5.5.5', '172.32.0.1', '2606:4700:4700::1111', '2400:3200::1'])
      expect(isPublicAddress(address), address).toBe(true)
  })

  it('should refuse a host name that resolves to this machine, as Node would connect to it', async () => {
    const answer = await new Promise<{ code?: string }>((resolve) => publicLookup('localhost', { all: true }, (error) => resolve({ code: error?.code })))
    expect(answer.code).toBe(PRIVATE_ADDRESS)
  })
})
