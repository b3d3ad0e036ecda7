import { Converter } from 'opencc-js/cn2t'
import { describe, expect, it } from 'vitest'

import { searchTermKey } from '@fengcai/shared'

import { searchTermsMap, termToken, termTokens } from '../../../site/src/data/search-terms'
import type { Taxonomy } from '../../../site/src/data/taxonomy'

const toTraditional = Converter({ from: 'cn', to: 't' })

const term = (id: string, name: string): Taxonomy => ({ id, name, slug: `t-${id}`, href: `/x/t-${id}/`, description: '', kind: '', districtId: null })

const site = (keepWords: string[] = []) => ({
  columns: [term('3', '城市马拉松志愿服务专栏')],
  districts: [term('12', '徐汇区'), term('14', '浦东新区')],
  organizations: [term('7', '范志强服务队'), term('8', 'Green 绿色 Team')],
  settings: { keepWords } as never,
})

describe('search terms map', () => {
  it('should map every name, its place-name forms and their Traditional forms to the term token', () => {
    const { names, terms } = searchTermsMap(site(), toTraditional)
    expect(names['徐汇区']).toEqual(['d12'])
    expect(names['徐汇']).toEqual(['d12'])
    expect(names['徐匯區']).toEqual(['d12'])
    expect(names['徐匯']).toEqual(['d12'])
    expect(names['浦东']).toEqual(['d14'])
    expect(names['浦東新區']).toEqual(['d14'])
    expect(names['城市馬拉松志願服務專欄']).toEqual(['c3'])
    expect(names[searchTermKey('green 绿色 team')]).toEqual(['o8'])
    expect(terms).toEqual({ c3: '城市马拉松志愿服务专栏', d12: '徐汇区', d14: '浦东新区', o7: '范志强服务队', o8: 'Green 绿色 Team' })
  })

  it('should write Traditional names as the 繁體 view shows them, with the 不转换词表 kept', () => {
    expect(searchTermsMap(site(), toTraditional).names['範志強服務隊']).toEqual(['o7'])
    const kept = searchTermsMap(site(['范志强']), toTraditional).names
    expect(kept['範志強服務隊']).toBeUndefined()
    expect(kept['范志强服務隊']).toEqual(['o7'])
  })

  it('should give every term that bears a name its token, and the same bytes for the same terms in any order', () => {
    const shuffled = { ...site(), districts: [...site().districts].reverse(), organizations: [...site().organizations].reverse() }
    expect(JSON.stringify(searchTermsMap(shuffled, toTraditional))).toBe(JSON.stringify(searchTermsMap(site(), toTraditional)))
    const shared = { ...site(), organizations: [term('9', '徐汇区')] }
    expect(searchTermsMap(shared, toTraditional).names['徐汇']).toEqual(['d12', 'o9'])
  })

  it('should give a document the tokens of the published terms it is filed under, once each', () => {
    const published = (value: unknown) => (value === 5 || (value as { id?: number })?.id === 6 ? {} : null)
    expect(termToken('organizations', '7')).toBe('o7')
    expect(
      termTokens([
        ['columns', 5, published],
        ['districts', { id: 6 }, published],
        ['organizations', 99, published],
        ['organizations', null, published],
        ['columns', 5, published],
      ]),
    ).toEqual(['c5', 'd6'])
  })
})
