import { describe, expect, it } from 'vitest'

import { normalizeSlug, slugCandidate, slugify } from '@fengcai/shared'

describe('slugify', () => {
  it('should give readable pinyin for a Chinese title', () => {
    expect(slugify('浦东青年志愿者')).toBe('pu-dong-qing-nian-zhi-yuan-zhe')
  })

  it('should read polyphonic characters in context', () => {
    expect(slugify('重庆银行')).toBe('chong-qing-yin-hang')
  })

  it('should keep digits and Latin letters and drop punctuation', () => {
    expect(slugify('2026年“邻里守望”APP上线！')).toBe('2026-nian-lin-li-shou-wang-app-shang-xian')
  })

  it('should never give an empty or digits-only slug', () => {
    expect(slugify('！？……', 'story')).toBe('story')
    expect(slugify('2026', 'story')).toBe('story-2026')
    expect(slugify('', 'notice')).toBe('notice')
  })

  it('should cut long titles at a word boundary within 64 characters', () => {
    const slug = slugify('关于二〇二六年度全市优秀志愿者优秀志愿服务集体和优秀志愿服务项目拟表彰对象名单的公示')
    expect(slug.length).toBeLessThanOrEqual(64)
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('should handle Traditional characters', () => {
    expect(slugify('志願服務')).toBe('zhi-yuan-fu-wu')
  })
})

describe('normalizeSlug and slugCandidate', () => {
  it('should clean what an editor typed', () => {
    expect(normalizeSlug('  My Story / 2026  ')).toBe('my-story-2026')
    expect(normalizeSlug('志愿')).toBe('')
  })

  it('should number clashing slugs from 2', () => {
    expect(slugCandidate('a', 1)).toBe('a')
    expect(slugCandidate('a', 2)).toBe('a-2')
  })
})
