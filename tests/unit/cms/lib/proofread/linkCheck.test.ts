import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createLinkChecker } from '@/lib/proofread/linkCheck'
import type { LinkChecker, LinkStatus } from '@/lib/proofread/linkCheck'

/** A server on this machine: `/status/N` answers N after `delay` ms, `/moved` redirects to `/status/404`; counts requests in flight. */
let origin = ''
let inFlight = 0
let mostInFlight = 0
let requests = 0
const server = http.createServer((request, response) => {
  requests += 1
  inFlight += 1
  mostInFlight = Math.max(mostInFlight, inFlight)
  response.on('close', () => (inFlight -= 1))
  if (request.url === '/moved') return response.writeHead(301, { location: '/status/404' }).end()
  const status = Number(/^\/status\/(\d+)/.exec(request.url ?? '')?.[1] ?? 200)
  setTimeout(() => response.writeHead(status).end(), 50)
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

const settled = async (checker: LinkChecker, url: string): Promise<LinkStatus> => {
  const deadline = Date.now() + 5_000
  while (checker.pending() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))
  return checker.status(url)
}

describe('createLinkChecker', () => {
  it('should check at most `concurrency` addresses at a time and report each once checked', async () => {
    mostInFlight = 0
    const checker = createLinkChecker({ timeoutMs: 2_000, concurrency: 3, ttlMs: 60_000, maxEntries: 100, trustedOrigins: () => [origin] })
    const urls = Array.from({ length: 12 }, (_, index) => `${origin}/status/${index % 2 ? 200 : 410}?n=${index}`)
    for (const url of urls) expect(checker.status(url)).toEqual({ state: 'pending' })
    expect(checker.pending()).toBe(12)
    await settled(checker, urls[0] as string)
    expect(mostInFlight).toBe(3)
    urls.forEach((url, index) =>
      expect(checker.status(url)).toEqual(index % 2 ? { state: 'ok' } : { state: 'broken', note: '外部网站返回 410（页面不存在或无权访问）' }),
    )
  })

  it('should follow a redirect to where it leads', async () => {
    const checker = createLinkChecker({ timeoutMs: 2_000, concurrency: 2, ttlMs: 60_000, maxEntries: 100, trustedOrigins: () => [origin] })
    checker.status(`${origin}/moved`)
    expect(await settled(checker, `${origin}/moved`)).toMatchObject({ state: 'broken', note: expect.stringContaining('404') })
  })

  it('should keep a result for its TTL, then give it while checking again, and forget the oldest beyond its size', async () => {
    let clock = 0
    const checker = createLinkChecker({ timeoutMs: 2_000, concurrency: 2, ttlMs: 1_000, maxEntries: 2, trustedOrigins: () => [origin] }, () => clock)
    const url = `${origin}/status/500`
    checker.status(url)
    expect(await settled(checker, url)).toMatchObject({ state: 'broken' })
    const before = requests
    clock = 999
    expect(checker.status(url)).toMatchObject({ state: 'broken' })
    expect(checker.pending()).toBe(0)
    clock = 1_000
    expect(checker.status(url)).toMatchObject({ state: 'broken' })
    expect(checker.pending()).toBe(1)
    await settled(checker, url)
    expect(requests).toBe(before + 1)
    for (const other of ['a', 'b']) checker.status(`${origin}/status/200?${other}`)
    await settled(checker, url)
    // Two newer addresses pushed the first out: asked again, it is checked again.
    expect(checker.status(url)).toEqual({ state: 'pending' })
    await settled(checker, url)
  })

  it('should refuse an untrusted private address without a request', () => {
    const checker = createLinkChecker({ timeoutMs: 2_000, concurrency: 2, ttlMs: 1_000, maxEntries: 10, trustedOrigins: () => [] })
    const before = requests
    expect(checker.status(`${origin}/status/200`)).toMatchObject({ state: 'broken', note: expect.stringContaining('内网') })
    expect(checker.status('mailto:office@example.org')).toEqual({ state: 'ok' })
    expect(checker.pending()).toBe(0)
    expect(requests).toBe(before)
  })
})

describe('createLinkChecker on a host name', () => {
  it('should refuse a name that resolves to this machine in the connection’s lookup, without a request', async () => {
    const checker = createLinkChecker({ timeoutMs: 2_000, concurrency: 2, ttlMs: 1_000, maxEntries: 10, trustedOrigins: () => [] })
    const before = requests
    const url = `http://localhost:${new URL(origin).port}/status/200`
    expect(checker.status(url)).toEqual({ state: 'pending' })
    expect(await settled(checker, url)).toMatchObject({ state: 'broken', note: expect.stringContaining('内网') })
    expect(requests).toBe(before)
  })
})
