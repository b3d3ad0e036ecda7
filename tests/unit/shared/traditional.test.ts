import { Converter } from 'opencc-js/cn2t'
import { describe, expect, it } from 'vitest'

import { convertKeeping, parseKeepWords, validateKeepWords } from '@fengcai/shared'

// The browser's 繁體 view uses OpenCC's Simplified → Traditional phrases and characters; so does this.
const toTraditional = Converter({ from: 'cn', to: 't' })

describe('the 繁體 view with names kept', () => {
  it('should convert the text and leave the names exactly as written', () => {
    const text = '公示范围内，范志强和余秀英的事迹剩余部分见附件。'
    expect(toTraditional(text)).toContain('範志強')
    const converted = convertKeeping(text, toTraditional, ['范志强', '余秀英'])
    expect(converted).toContain('范志强')
    expect(converted).toContain('余秀英')
    expect(converted).toContain('範圍')
    expect(converted).toContain('剩餘')
  })

  it('should keep the longer of two overlapping words, and convert text with no kept word as usual', () => {
    expect(convertKeeping('梧桐里社区', toTraditional, ['梧桐', '梧桐里'])).toBe('梧桐里社區')
    expect(convertKeeping('志愿服务', toTraditional, [])).toBe('志願服務')
  })

  it('should read the 不转换词表 one word per line (or separated by 、，) and refuse oversized lists', () => {
    expect(parseKeepWords('梧桐里\n 蓝马甲 、范志强，梧桐里\n\n')).toEqual(['梧桐里', '蓝马甲', '范志强'])
    expect(parseKeepWords(null)).toEqual([])
    expect(validateKeepWords('梧桐里')).toBe(true)
    expect(validateKeepWords('长'.repeat(41))).toMatch(/太长/)
    expect(validateKeepWords(Array.from({ length: 2001 }, (_, index) => `词${index}`).join('\n'))).toMatch(/最多 2000 个词/)
  })
})
