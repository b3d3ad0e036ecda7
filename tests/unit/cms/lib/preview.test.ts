import { describe, expect, it } from 'vitest'

import { dressPreview } from '@/lib/preview'

const page =
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>草稿</title></head><body class="page"><header class="site-header">风采</header><main><p>正文</p></main></body></html>'
const options = {
  site: 'https://site.example',
  cms: 'https://cms.example',
  api: '/api/stories/3?draft=true',
  updatedAt: '2026-12-05T08:00:00.000Z',
  nonce: 'bm9uY2U=',
}

describe('dressPreview', () => {
  it("should put the base and the banner in the page's own head and body, and the refresh script before its end", () => {
    const html = dressPreview(page, options)
    expect(html).toContain('<head><base href="https://site.example/"><meta name="robots" content="noindex, nofollow"><meta charset="utf-8">')
    expect(html).toContain('<body class="page"><div role="status"')
    expect(html).toContain('<header class="site-header">风采</header>')
    expect(html).toMatch(/<script nonce="bm9uY2U=">[^<]*<\/script><\/body><\/html>$/)
    expect(html).toContain('const url = "https://cms.example/api/stories/3?draft=true"; const seen = "2026-12-05T08:00:00.000Z";')
  })

  it('should keep values it writes into the script inside it, whatever they hold', () => {
    const hostile = {
      ...options,
      api: '/api/x</script><meta http-equiv="refresh" content="0;url=https://evil.example/"><!--',
      cms: "https://cms.example/$&$'$`",
    }
    const html = dressPreview(page, hostile)
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    expect(html).not.toContain('<meta http-equiv')
    expect(html).not.toContain('<!--')
    expect(html).toContain('"https://cms.example/$&$\'$`/api/x\\u003c/script>')
  })
  it('should find the head and body by their tags, not by markup written inside a script or a comment', () => {
    const tricky = page
      .replace('<head>', '<!-- <head> --><head>')
      .replace('<main>', '<main><script>document.write("<body>" + "</body>")</script>')
      .replace('</body></html>', '</body><!-- </body> --></html>')
    const html = dressPreview(tricky, options)
    expect(html).toContain('<!-- <head> --><head><base href="https://site.example/">')
    expect(html).toContain('<body class="page"><div role="status"')
    expect(html).toContain('document.write("<body>" + "</body>")</script>')
    expect(html).toMatch(/<\/script><\/body><!-- <\/body> --><\/html>$/)
  })
})
