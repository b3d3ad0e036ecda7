import { describe, expect, it } from 'vitest'

import { IMMUTABLE, SHORT_LIVED, cacheControlOf, contentTypeOf, purgePathOf, uploadOrder } from '../../../site/src/worker/cdn-objects'

describe('the site’s files as CDN objects', () => {
  it('should give each kind of file the type browsers need, and unknown ones plain bytes', () => {
    expect(
      Object.fromEntries(
        [
          'stories/a/index.html',
          '_astro/Base.Bq3x9.css',
          'font-size.js',
          'search-terms.json',
          'sitemap-0.xml',
          'rss.xsl',
          'robots.txt',
          'favicon.svg',
          'favicon.ico',
          '_astro/cover.Xy12.webp',
          '_astro/cover.Xy12.AVIF',
          'pagefind/shard-0/pagefind.zh-cn_2b4d5e6f8a.pf_meta',
          'pagefind/shard-0/wasm.zh-cn.pagefind',
          'LICENSE',
        ].map((file) => [file, contentTypeOf(file)]),
      ),
    ).toEqual({
      'stories/a/index.html': 'text/html; charset=utf-8',
      '_astro/Base.Bq3x9.css': 'text/css; charset=utf-8',
      'font-size.js': 'text/javascript; charset=utf-8',
      'search-terms.json': 'application/json; charset=utf-8',
      'sitemap-0.xml': 'application/xml; charset=utf-8',
      'rss.xsl': 'text/xsl; charset=utf-8',
      'robots.txt': 'text/plain; charset=utf-8',
      'favicon.svg': 'image/svg+xml',
      'favicon.ico': 'image/x-icon',
      '_astro/cover.Xy12.webp': 'image/webp',
      '_astro/cover.Xy12.AVIF': 'image/avif',
      'pagefind/shard-0/pagefind.zh-cn_2b4d5e6f8a.pf_meta': 'application/octet-stream',
      'pagefind/shard-0/wasm.zh-cn.pagefind': 'application/octet-stream',
      LICENSE: 'application/octet-stream',
    })
  })

  it('should cache files named after their content for a year, and everything else for a minute', () => {
    for (const file of [
      '_astro/Base.Bq3x9.css',
      '_astro/cover.Xy12.webp',
      'pagefind/shard-0/pagefind.zh-cn_2b4d5e6f8a.pf_meta',
      'pagefind/shard-0/index/zh-cn_9f8e7d6.pf_index',
      'pagefind/shard-0/fragment/zh-cn_a1b2c3d4e.pf_fragment',
      'pagefind/shard-1/filter/zh-cn_0a0b0c0d.pf_filter',
    ])
      expect(cacheControlOf(file), file).toBe(IMMUTABLE)
    for (const file of [
      'index.html',
      'rss.xml',
      'search-terms.json',
      'font-size.js',
      'pagefind/shards.json',
      'pagefind/shard-0/pagefind-entry.json',
      'pagefind/shard-0/pagefind.js',
      'pagefind/shard-0/wasm.zh-cn.pagefind',
      // A name that only looks fingerprinted outside the folders that fingerprint.
      'downloads/report_abcdef12.pf_meta',
    ])
      expect(cacheControlOf(file), file).toBe(SHORT_LIVED)
  })

  it('should upload fingerprinted files first, then other files deepest first, then pages', () => {
    expect(
      uploadOrder([
        'index.html',
        'pagefind/shards.json',
        'stories/a/index.html',
        '_astro/a.1234.css',
        'pagefind/shard-0/pagefind-entry.json',
        'pagefind/shard-0/pagefind.zh-cn_2b4d5e6f8a.pf_meta',
        'rss.xml',
      ]),
    ).toEqual([
      ['pagefind/shard-0/pagefind.zh-cn_2b4d5e6f8a.pf_meta', '_astro/a.1234.css'],
      ['pagefind/shard-0/pagefind-entry.json', 'pagefind/shards.json', 'rss.xml'],
      ['stories/a/index.html', 'index.html'],
    ])
    expect(uploadOrder(['a/index.html'])).toEqual([['a/index.html']])
    expect(uploadOrder([])).toEqual([])
  })

  it('should purge a page by the address readers ask for and any other file by its name', () => {
    expect(['index.html', 'stories/a/index.html', '404.html', 'rss.xml', 'pagefind/shards.json'].map(purgePathOf)).toEqual([
      '/',
      '/stories/a/',
      '/404.html',
      '/rss.xml',
      '/pagefind/shards.json',
    ])
  })
})
