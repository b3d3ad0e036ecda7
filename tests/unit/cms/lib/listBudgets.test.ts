import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { listOverBudget } from '@/lib/listBudgets'

const fields = [
  { name: 'title', type: 'text' },
  { name: 'tags', type: 'text', hasMany: true, maxRows: 2, label: { zh: '标签' } },
  {
    name: 'rows',
    type: 'array',
    maxRows: 3,
    label: { zh: '名单' },
    fields: [{ name: 'forms', type: 'text', hasMany: true, maxRows: 1, label: { zh: '错误写法' } }],
  },
  { type: 'row', fields: [{ name: 'links', type: 'array', maxRows: 1, label: '链接', fields: [] }] },
  { name: 'outcome', type: 'group', fields: [{ name: 'steps', type: 'array', maxRows: 1, label: { zh: '步骤' }, fields: [] }] },
  { type: 'tabs', tabs: [{ name: 'seo', fields: [{ name: 'keywords', type: 'text', hasMany: true, maxRows: 1, label: { zh: '关键词' } }] }] },
] as unknown as Field[]

describe('list budgets', () => {
  it('should pass lists within their budgets and data without lists', () => {
    expect(listOverBudget(fields, { title: 'x', tags: ['a', 'b'], rows: [{ forms: ['a'] }, {}, {}], links: [{}], outcome: { steps: [{}] } })).toBeNull()
    expect(listOverBudget(fields, {})).toBeNull()
    expect(listOverBudget(fields, null)).toBeNull()
  })

  it('should name the first list over its budget wherever it is nested, in Chinese', () => {
    expect(listOverBudget(fields, { tags: ['a', 'b', 'c'] })).toBe('“标签”最多 2 项，收到 3 项。')
    expect(listOverBudget(fields, { rows: [{}, {}, {}, {}] })).toBe('“名单”最多 3 项，收到 4 项。')
    expect(listOverBudget(fields, { rows: [{}, { forms: ['a', 'b'] }] })).toBe('“错误写法”最多 1 项，收到 2 项。')
    expect(listOverBudget(fields, { links: [{}, {}] })).toBe('“链接”最多 1 项，收到 2 项。')
    expect(listOverBudget(fields, { outcome: { steps: [{}, {}] } })).toBe('“步骤”最多 1 项，收到 2 项。')
    expect(listOverBudget(fields, { seo: { keywords: ['a', 'b'] } })).toBe('“关键词”最多 1 项，收到 2 项。')
  })
})
