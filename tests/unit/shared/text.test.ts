import { describe, expect, it } from 'vitest'

import { excerpt, lexicalPlainText, maskName } from '@fengcai/shared'

const state = {
  root: {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', text: '第一段。' }] },
      { type: 'heading', tag: 'h2', children: [{ type: 'text', text: '小标题' }] },
      { type: 'upload', value: 3, fields: { caption: '图片说明' } },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: '第二段' },
          { type: 'text', text: '继续。' },
        ],
      },
    ],
  },
}

describe('lexicalPlainText', () => {
  it('should give the text of each block on its own line, images left out', () => {
    expect(lexicalPlainText(state)).toBe('第一段。\n小标题\n第二段继续。')
  })

  it('should give an empty string for no state', () => {
    expect(lexicalPlainText(null)).toBe('')
    expect(lexicalPlainText({})).toBe('')
  })
})

describe('excerpt', () => {
  it('should keep short text whole', () => {
    expect(excerpt('短文本。', 10)).toBe('短文本。')
  })

  it('should cut at a sentence end when one is near the limit', () => {
    expect(excerpt('一二三四五六七八。九十一二三四五六', 12)).toBe('一二三四五六七八。')
  })

  it('should add an ellipsis where no sentence ends near the limit', () => {
    expect(excerpt('一二三四五六七八九十一二三四五六', 10)).toBe('一二三四五六七八九十…')
  })
})

describe('maskName', () => {
  it('should keep the family name only', () => {
    expect(maskName('张三')).toBe('张*')
    expect(maskName('欧阳娜娜')).toBe('欧***')
    expect(maskName('李')).toBe('李*')
  })
})
