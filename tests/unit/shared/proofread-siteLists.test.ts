import { describe, expect, it } from 'vitest'

import {
  MAX_LIST_ENTRY,
  MAX_LIST_ROWS,
  MAX_WRONG_FORMS,
  confusionsProblem,
  officialNamesProblem,
  proofreadText,
  sensitiveProblem,
  siteListsOf,
} from '@fengcai/shared/proofread'

describe('站点设置 → 校对词表', () => {
  it('should give the proofreader the stored lists trimmed, without rows that lack their words', () => {
    const lists = siteListsOf({
      confusions: [
        { wrong: ' 帐号 ', right: '账号' },
        { wrong: '', right: '空' },
      ],
      officialNames: [
        { name: '上海市志愿者协会', wrongForms: ['上海志愿者协会', ' '] },
        { name: '没有错误写法', wrongForms: [] },
      ],
      sensitive: [
        { word: '某禁用词', suggestion: '', severity: null },
        { word: '提示词', suggestion: '替代说法', severity: 'warning' },
      ],
    })
    expect(lists).toEqual({
      confusions: [{ wrong: '帐号', right: '账号' }],
      officialNames: [{ right: '上海市志愿者协会', wrong: ['上海志愿者协会'] }],
      sensitive: [
        { word: '某禁用词', severity: 'error' },
        { word: '提示词', severity: 'warning', suggestion: '替代说法' },
      ],
    })
    expect(siteListsOf(undefined)).toEqual({ confusions: [], officialNames: [], sensitive: [] })
    const found = proofreadText('请登录帐号，联系上海志愿者协会。', lists).map(({ kind, text, suggestion }) => [kind, text, suggestion])
    expect(found).toEqual([
      ['typo', '帐号', '账号'],
      ['official-name', '上海志愿者协会', '上海市志愿者协会'],
    ])
  })

  it('should accept well-formed lists and empty ones', () => {
    expect(confusionsProblem([])).toBeNull()
    expect(confusionsProblem([{ wrong: '帐号', right: '账号' }])).toBeNull()
    expect(officialNamesProblem([{ name: '上海市志愿者协会', wrongForms: ['上海志愿者协会', '上海市志愿协会'] }])).toBeNull()
    expect(sensitiveProblem([{ word: '某禁用词' }, { word: '另一词', suggestion: '替代' }])).toBeNull()
  })

  it('should name the row and the problem: empty, one character, over-long, the same on both sides, repeated', () => {
    const long = '长'.repeat(MAX_LIST_ENTRY + 1)
    expect(confusionsProblem([{ wrong: ' ', right: '账号' }])).toBe('第 1 行：请填写错误写法。')
    expect(confusionsProblem([{ wrong: '帐号', right: '' }])).toBe('第 1 行：请填写正确写法。')
    expect(confusionsProblem([{ wrong: '帐', right: '账' }])).toMatch(/^第 1 行：错误写法“帐”至少要有 2 个字/)
    expect(confusionsProblem([{ wrong: long, right: '短' }])).toBe(`第 1 行：错误写法“${'长'.repeat(10)}…”超过 ${MAX_LIST_ENTRY} 个字。`)
    expect(confusionsProblem([{ wrong: '账号', right: '账号' }])).toBe('第 1 行：错误写法和正确写法都是“账号”。')
    expect(
      confusionsProblem([
        { wrong: '帐号', right: '账号' },
        { wrong: '帐户', right: '账户' },
        { wrong: ' 帐号', right: '账号' },
      ]),
    ).toBe('第 3 行：错误写法“帐号”与第 1 行重复。')
    expect(confusionsProblem(Array.from({ length: MAX_LIST_ROWS + 1 }, (_, index) => ({ wrong: `错${index}`, right: `对${index}` })))).toBe(
      `最多 ${MAX_LIST_ROWS} 行。`,
    )

    expect(officialNamesProblem([{ name: '上海市志愿者协会', wrongForms: [] }])).toBe('第 1 行：请为“上海市志愿者协会”填写至少一种常见的错误写法。')
    const forms = (count: number) => Array.from({ length: count }, (_, index) => `错写${index}`)
    expect(officialNamesProblem([{ name: '上海市志愿者协会', wrongForms: forms(MAX_WRONG_FORMS) }])).toBeNull()
    expect(officialNamesProblem([{ name: '上海市志愿者协会', wrongForms: forms(MAX_WRONG_FORMS + 1) }])).toBe(
      `第 1 行：“上海市志愿者协会”的错误写法最多 ${MAX_WRONG_FORMS} 种。`,
    )
    expect(officialNamesProblem([{ name: '上海市志愿者协会', wrongForms: ['上海市志愿者协会'] }])).toBe('第 1 行：错误写法“上海市志愿者协会”就是规范名称本身。')
    expect(officialNamesProblem([{ name: '协会', wrongForms: ['学会', '学会'] }])).toBe('第 1 行：错误写法“学会”填了两次。')
    expect(
      officialNamesProblem([
        { name: '甲协会', wrongForms: ['甲学会'] },
        { name: '乙协会', wrongForms: ['甲学会'] },
      ]),
    ).toBe('第 2 行：错误写法“甲学会”与第 1 行重复。')
    expect(
      officialNamesProblem([
        { name: '甲协会', wrongForms: ['甲学会'] },
        { name: '甲协会', wrongForms: ['甲会'] },
      ]),
    ).toBe('第 2 行：规范名称“甲协会”与第 1 行重复。')
    expect(officialNamesProblem([{ name: '', wrongForms: ['甲学会'] }])).toBe('第 1 行：请填写规范名称。')

    expect(sensitiveProblem([{ word: '' }])).toBe('第 1 行：请填写敏感词。')
    expect(sensitiveProblem([{ word: '某词', suggestion: '某词' }])).toBe('第 1 行：建议写法和敏感词都是“某词”。')
    expect(sensitiveProblem([{ word: '某词' }, { word: '某词' }])).toBe('第 2 行：敏感词“某词”与第 1 行重复。')
    expect(sensitiveProblem([{ word: '某词', suggestion: long }])).toMatch(/^第 1 行：建议写法“长{10}…”超过/)
  })
})
