import { describe, expect, it } from 'vitest'

import { searchDigest } from '../../../site/src/data/search-digest'

/** A page shaped as the site's layout makes them (compressed HTML, one searchable main). */
const page = ({ nav = '首页 新闻', related = '相关稿件甲', body = '正文第一段。', hidden = '', title = '志愿服务队成立' } = {}) =>
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>' +
  title +
  ' · 风采</title></head><body><header class="site-header"><nav class="site-nav"><a href="/">' +
  nav +
  '</a></nav></header><main id="main" tabindex="-1" data-pagefind-body><article class="article"><header><a class="card__kicker" href="/columns/a/" data-pagefind-ignore>栏目</a><h1 data-pagefind-meta="title">' +
  title +
  '</h1></header><div class="prose"><p>' +
  body +
  '</p><figure><img src="/a.webp" alt="示意图"><figcaption>图片说明</figcaption></figure><br></div></article><section class="related" data-pagefind-ignore><h2>相关报道</h2><ul><li><a href="/stories/x/">' +
  related +
  '</a></li></ul>' +
  hidden +
  '</section></main><footer class="site-footer">演示站点</footer></body></html>'

describe('search digest', () => {
  const base = searchDigest(page())

  it('should not change when only what search ignores changes: navigation, footer, ignored cards and kickers', () => {
    expect(searchDigest(page({ nav: '首页 栏目改名' }))).toBe(base)
    expect(searchDigest(page({ related: '相关稿件乙（改了标题）' }))).toBe(base)
    expect(searchDigest(page().replace('>栏目<', '>栏目改名<'))).toBe(base)
    expect(searchDigest(page().replace('演示站点', '页脚改了'))).toBe(base)
  })

  it('should change when what search indexes changes: the body, the title, an attribute in the body', () => {
    expect(searchDigest(page({ body: '正文第一段，改了一个字。' }))).not.toBe(base)
    expect(searchDigest(page({ title: '志愿服务队成立十周年' }))).not.toBe(base)
    expect(searchDigest(page().replace('alt="示意图"', 'alt="现场照片"'))).not.toBe(base)
    expect(searchDigest(page().replace('<figcaption>图片说明', '<figcaption>图片说明改'))).not.toBe(base)
  })

  it('should keep metadata and filters that sit inside an ignored part', () => {
    const withMeta = (related: string) => page({ related, hidden: '<span data-pagefind-filter="类型">新闻</span>' })
    expect(searchDigest(withMeta('甲'))).not.toBe(searchDigest(withMeta('乙')))
  })

  it('should count the images of an ignored part (the first image of a page is its metadata), not its text', () => {
    const withImage = (alt: string, related = '甲') => page({ related, hidden: `<img src="/cover.webp" alt="${alt}">` })
    expect(searchDigest(withImage('封面一'))).not.toBe(searchDigest(withImage('封面二')))
    expect(searchDigest(withImage('封面一', '甲'))).toBe(searchDigest(withImage('封面一', '乙')))
  })

  it('should count a page without a searchable body by its title and pagefind attributes only', () => {
    const plain = (text: string) => `<html><head><title>列表</title></head><body><main>${text}</main></body></html>`
    expect(searchDigest(plain('一'))).toBe(searchDigest(plain('二')))
  })
})
