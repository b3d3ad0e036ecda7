import { describe, expect, it } from 'vitest'

import { documentRef, integer, oneOf, record, safeLinkUrl, text } from '@fengcai/shared/richtext/rules'

describe('safeLinkUrl', () => {
  it('should keep http(s), mailto and tel addresses and addresses on the site', () => {
    for (const url of [
      'https://www.example.org/path?a=1#top',
      'http://wmb.sh.gov.cn',
      'HTTPS://EXAMPLE.ORG',
      'https://例子.中国/路径',
      'mailto:office@example.org',
      'tel:+86-21-12345678',
      '/stories/harbour-team/',
      '#section-2',
      '?page=2',
      'notices/',
      '//cdn.example.org/file.pdf',
    ]) {
      expect(safeLinkUrl(url), url).toBe(url)
    }
  })

  it('should refuse every other scheme, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'javascript :alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      '\u001fjavascript:alert(1)',
      'javascript\u00a0:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org',
      'sms:10086',
      'blob:https://example.org/1',
      'x:y',
      '1javascript:alert(1)',
      'https://',
      'https:/example.org',
      'https://exa mple.org',
      'https://example.org/\u3000',
      '',
      'a'.repeat(2049),
    ]) {
      expect(safeLinkUrl(url), JSON.stringify(url)).toBeNull()
    }
    for (const value of [null, undefined, 1, {}, ['https://example.org']]) expect(safeLinkUrl(value)).toBeNull()
  })
})

describe('attribute rules', () => {
  it('should say in Chinese what was expected, and where inside an object', () => {
    expect(oneOf(['h2', 'h3', 'h4'])('h1')).toEqual({ path: '', expected: '只能是 h2、h3 或 h4' })
    expect(oneOf(['ltr', 'rtl', null])('x')).toEqual({ path: '', expected: '只能是 ltr、rtl 或 空' })
    expect(integer(0, 10)(1.5)).toEqual({ path: '', expected: '应为 0 到 10 的整数' })
    expect(text(3)('长长长长')).toEqual({ path: '', expected: '应为不超过 3 个字符的文字' })
    const doc = record({ relationTo: oneOf(['stories']), value: documentRef }, ['relationTo', 'value'])
    expect(doc({ relationTo: 'stories', value: 1 })).toBeNull()
    expect(doc({ relationTo: 'stories', value: { id: 1, title: '已取回的文档' } })).toBeNull()
    expect(doc({ relationTo: 'stories' })).toEqual({ path: 'value', expected: '不能缺少' })
    expect(doc({ relationTo: 'users', value: 1 })).toEqual({ path: 'relationTo', expected: '只能是 stories' })
    expect(doc({ relationTo: 'stories', value: 1, onclick: 'x' })).toEqual({ path: 'onclick', expected: '不是编辑器支持的属性' })
    expect(doc({ relationTo: 'stories', value: -1 })).toMatchObject({ path: 'value' })
    expect(doc({ relationTo: 'stories', value: '1; DROP TABLE stories' })).toMatchObject({ path: 'value' })
  })
})
