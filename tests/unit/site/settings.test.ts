import { afterEach, describe, expect, it } from 'vitest'

import { buildSite } from '../../../site/src/data/models'
import { keyed } from '../../../site/src/data/pages'
import { snapshotWith } from '../../helpers/snapshot'

const qrMedia = { id: 7, alt: '媒体库里的说明', url: '/media/code.png', width: 330, height: 330, sizes: {} }

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', text, version: 1, format: 0, mode: 'normal', style: '', detail: 0 }],
})
const richText = (...texts: string[]) => ({ root: { type: 'root', version: 1, children: texts.map(paragraph) } })

const snapshotOf = (settings: Record<string, unknown>) => snapshotWith({ media: [qrMedia], settings })

const marks = {
  siteCode: '3100000001',
  qrCodes: [
    { label: '微信公众号', alt: '风采公众号二维码', image: 7 },
    // An image deleted from the media library: the code is left out, not shown broken.
    { label: '微博', alt: '风采微博二维码', image: 99 },
  ],
  about: richText('风采是志愿服务门户。'),
  accessibility: richText('页面顶部可以放大字号。'),
}

describe('站点设置: the footer marks and statement pages', () => {
  afterEach(() => {
    delete process.env.SITE_CACHE_DIR
  })

  it('should give the footer the code, each QR image with the editor’s alt text, and the pages their HTML', () => {
    const { settings } = buildSite(snapshotOf(marks), new Date('2026-12-06T00:00:00Z'))
    expect(settings.siteCode).toBe('3100000001')
    expect(settings.qrCodes).toHaveLength(1)
    expect(settings.qrCodes[0]).toMatchObject({ label: '微信公众号', image: { alt: '风采公众号二维码', width: 330, height: 330 } })
    expect(settings.qrCodes[0]?.image.src).toMatch(/\/media\/code\.png$/)
    expect(settings.partyMark).toBeNull()
    expect(settings.aboutHtml).toContain('<p>风采是志愿服务门户。</p>')
    expect(settings.accessibilityHtml).toContain('放大字号')
    expect(buildSite(snapshotOf({}), new Date()).settings).toMatchObject({ siteCode: '', qrCodes: [], aboutHtml: '', accessibilityHtml: '' })
  })

  it('should change every page’s cache key when a footer mark changes', () => {
    process.env.SITE_CACHE_DIR = '/tmp/unused'
    const keyOf = (settings: Record<string, unknown>) =>
      keyed(buildSite(snapshotOf(settings), new Date('2026-12-06T00:00:00Z')), [{ props: { id: 1 } }])[0]?.cacheKey
    const before = keyOf(marks)
    expect(keyOf(marks)).toBe(before)
    expect(keyOf({ ...marks, siteCode: '3100000002' })).not.toBe(before)
    expect(keyOf({ ...marks, qrCodes: [{ ...marks.qrCodes[0], alt: '另一段说明' }] })).not.toBe(before)
    expect(keyOf({ ...marks, about: richText('改过的介绍。') })).not.toBe(before)
  })
})
