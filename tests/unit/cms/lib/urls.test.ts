import { describe, expect, it } from 'vitest'

import { siteAddress, sitePageFrom } from '@/lib/urls'

const SITES = ['https://site.test', 'https://mirror.test/', 'https://cdn.test/fengcai']

describe('sitePageFrom', () => {
  it('should take a page of any configured site, without its query and fragment', () => {
    expect(sitePageFrom('https://site.test/notices/x/?error=closed#top', SITES)?.href).toBe('https://site.test/notices/x/')
    expect(sitePageFrom('https://mirror.test/notices/x/', SITES)?.href).toBe('https://mirror.test/notices/x/')
    expect(sitePageFrom('https://cdn.test/fengcai/notices/x/', SITES)?.href).toBe('https://cdn.test/fengcai/notices/x/')
    expect(sitePageFrom('https://SITE.test:443/notices/x/', SITES)?.href).toBe('https://site.test/notices/x/')
  })

  it('should refuse anything that is not a page of a configured site', () => {
    const refused = [
      undefined,
      null,
      '',
      'https://site.test',
      'https://site.test/',
      'https://cdn.test/fengcai/',
      'https://cdn.test/notices/x/',
      'https://cdn.test/fengcaix/notices/x/',
      'http://site.test/notices/x/',
      'https://site.test:8443/notices/x/',
      'https://site.test.evil.example/notices/x/',
      'https://evil.example/notices/x/',
      'https://site.test@evil.example/notices/x/',
      'https://user:pw@site.test/notices/x/',
      'https://user@site.test/notices/x/',
      '//evil.example/notices/x/',
      '/notices/x/',
      'javascript:alert(document.cookie)//https://site.test/notices/x/',
      'data:text/html,<script>alert(1)</script>',
      'not a url',
      'https://',
      '\u0000',
      'x'.repeat(100_000),
    ]
    for (const referer of refused) expect(sitePageFrom(referer, SITES), String(referer).slice(0, 60)).toBeNull()
  })
})

describe('siteAddress', () => {
  it('should put the path on the site the Referer names, else on the first site', () => {
    expect(siteAddress('/notices/x/', null, SITES).href).toBe('https://site.test/notices/x/')
    expect(siteAddress('/notices/x/', 'https://mirror.test', SITES).href).toBe('https://mirror.test/notices/x/')
    expect(siteAddress('/notices/x/', 'https://cdn.test/', SITES).href).toBe('https://cdn.test/fengcai/notices/x/')
    expect(siteAddress('/notices/x/', 'https://evil.example/', SITES).href).toBe('https://site.test/notices/x/')
    expect(siteAddress('/notices/x/', 'not a url', SITES).href).toBe('https://site.test/notices/x/')
  })

  it('should skip configured entries that are not http(s) addresses', () => {
    expect(siteAddress('/notices/', null, ['not a url', 'ftp://files.test', 'https://site.test']).href).toBe('https://site.test/notices/')
    expect(() => siteAddress('/notices/', null, ['not a url'])).toThrow(/SITE_URL/)
  })
})
