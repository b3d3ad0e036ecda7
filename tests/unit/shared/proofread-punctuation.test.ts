import { describe, expect, it } from 'vitest'

import { proofreadText, type ProofreadLists } from '@fengcai/shared/proofread'

const NO_LISTS: ProofreadLists = { officialNames: [], sensitive: [] }

const marks = (text: string) =>
  proofreadText(text, NO_LISTS)
    .filter((finding) => finding.kind === 'punctuation')
    .map(({ text: mark, suggestion, where, severity }) => ({ mark, suggestion, offset: where.offset, severity }))

describe('punctuation findings', () => {
  it('should report half-width marks in Chinese text as warnings with the full-width mark', () => {
    expect(marks('欢迎报名,名额有限!')).toEqual([
      { mark: ',', suggestion: '，', offset: 4, severity: 'warning' },
      { mark: '!', suggestion: '！', offset: 9, severity: 'warning' },
    ])
    expect(marks('时间:周六')).toEqual([{ mark: ':', suggestion: '：', offset: 2, severity: 'warning' }])
    expect(marks('准备好了吗?')).toEqual([{ mark: '?', suggestion: '？', offset: 5, severity: 'warning' }])
    expect(marks('活动结束.')).toEqual([{ mark: '.', suggestion: '。', offset: 4, severity: 'warning' }])
    expect(marks('一是;二是')).toEqual([{ mark: ';', suggestion: '；', offset: 2, severity: 'warning' }])
  })

  it('should report half-width brackets around Chinese text, both of them', () => {
    expect(marks('指导中心(筹)成立')).toEqual([
      { mark: '(', suggestion: '（', offset: 4, severity: 'warning' },
      { mark: ')', suggestion: '）', offset: 6, severity: 'warning' },
    ])
  })

  it('should report half-width brackets that follow Chinese text, whatever they hold', () => {
    expect(marks('世界卫生组织(WHO)发布')).toEqual([
      { mark: '(', suggestion: '（', offset: 6, severity: 'warning' },
      { mark: ')', suggestion: '）', offset: 10, severity: 'warning' },
    ])
  })

  it('should leave numbers, times, addresses and English alone', () => {
    for (const text of [
      '价格为3.5元',
      '上午8:30集合',
      '共1,000人参加',
      '详见http://a.b/c?d=1。',
      '网址www.example.com/app，欢迎访问',
      '邮箱help@example.cn。',
      '他说“Hello, world”。',
      'Hello, world. How are you?',
      '项目英文名为Warm Hearts (WH)。',
      '口号是“Together we can!”',
      '1.报名时间：即日起',
    ])
      expect(marks(text), text).toEqual([])
  })

  it('should report a colon after Chinese text even when a time follows', () => {
    expect(marks('时间:8:30')).toEqual([{ mark: ':', suggestion: '：', offset: 2, severity: 'warning' }])
  })

  it('should report an unpaired 《 and other unpaired marks, with no suggestion', () => {
    expect(marks('阅读《平凡的世界')).toEqual([{ mark: '《', suggestion: null, offset: 2, severity: 'warning' }])
    expect(marks('他说：“好的。')).toEqual([{ mark: '“', suggestion: null, offset: 3, severity: 'warning' }])
    expect(marks('第三章】了解')).toEqual([{ mark: '】', suggestion: null, offset: 3, severity: 'warning' }])
    expect(marks('《平凡的世界》和“时间银行”（试点）')).toEqual([])
    expect(marks('他写道：“It’s fine.”')).toEqual([])
  })

  it('should report doubled commas and full stops, and three or more ！ or ？', () => {
    expect(marks('奉献，，传递')).toEqual([{ mark: '，，', suggestion: '，', offset: 2, severity: 'warning' }])
    expect(marks('结束了。。')).toEqual([{ mark: '。。', suggestion: '。', offset: 3, severity: 'warning' }])
    expect(marks('等待。。。')).toEqual([{ mark: '。。。', suggestion: '……', offset: 2, severity: 'warning' }])
    expect(marks('做到了！！！')).toEqual([{ mark: '！！！', suggestion: '！', offset: 3, severity: 'warning' }])
    expect(marks('等待结果...')).toEqual([{ mark: '...', suggestion: '……', offset: 4, severity: 'warning' }])
  })

  it('should allow ！！ and ？！ for emphasis', () => {
    expect(marks('太感谢了！！')).toEqual([])
    expect(marks('什么？！真的吗')).toEqual([])
  })
})
