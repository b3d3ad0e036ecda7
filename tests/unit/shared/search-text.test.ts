import { describe, expect, it } from 'vitest'

import { fromSearchText, searchQueryText, searchQueryVariants, toSearchText } from '@fengcai/shared'

import { searchableHtml } from '../../../site/src/integrations/searchable-html'

const words = (text: string) => text.split(/\s+/).filter(Boolean)

describe('the search index text (Chinese as encoded character pairs)', () => {
  it('should write every Han run as its overlapping pairs, one Latin word each', () => {
    const indexed = words(toSearchText('浦东新区'))
    expect(indexed).toHaveLength(3)
    for (const word of indexed) expect(word).toMatch(/^zq[a-z]{8}$/)
    // A query's words are exactly the words of the same text on a page, wherever it stands.
    const page = words(toSearchText('走进浦东新区的老小区'))
    for (const word of words(searchQueryText('浦东新区'))) expect(page).toContain(word)
  })

  it('should keep a single character as one word that begins the pairs it starts', () => {
    const [single] = words(searchQueryText('区'))
    expect(single).toMatch(/^zq[a-z]{4}$/)
    expect(words(toSearchText('区级')).some((word) => word.startsWith(single as string))).toBe(true)
  })

  it('should leave other text as it is', () => {
    expect(toSearchText('Payload 3, G60')).toBe('Payload 3, G60')
  })

  it('should space each run apart from the text around it, its words one space apart', () => {
    expect(toSearchText('a浦东b区c')).toMatch(/^a zq[a-z]{8} b zq[a-z]{4} c$/)
    expect(toSearchText('新区街道')).toMatch(/^ zq[a-z]{8} zq[a-z]{8} zq[a-z]{8} $/)
    // The same character is the same letters wherever it stands.
    const [first, second] = words(toSearchText('区 区区'))
    expect(second).toBe(`${first}${(first as string).slice(2)}`)
  })

  it('should turn a snippet back into the text it came from', () => {
    for (const text of ['江畔电力青年志愿服务队的十二名队员走进浦东一处老小区。', '“银发课堂”开课：志愿者手把手教老人', '区', '𠀀𠀁字', 'Payload CMS 3']) {
      expect(fromSearchText(toSearchText(text))).toBe(text)
    }
    // Runs that were apart (a term and its value) stay apart.
    expect(fromSearchText(`${toSearchText('栏目')}${toSearchText('城市马拉松')}`)).toBe('栏目 城市马拉松')
    // A snippet cut in the middle of a run still reads.
    expect(fromSearchText(words(toSearchText('志愿服务记录证明')).slice(2, 5).join(' '))).toBe('服务记录')
  })
})

describe('a page as the index reads it', () => {
  it('should encode the text and leave tags, attributes and scripts alone', () => {
    const html =
      '<main data-pagefind-body><h1 data-pagefind-meta="title[data-title]" data-title="标题">标题</h1><p class="说明">正文</p><script>const a = "脚本"</script></main>'
    const indexed = searchableHtml(html)
    expect(indexed).toContain('data-title="标题"')
    expect(indexed).toContain('class="说明"')
    expect(indexed).toContain('const a = "脚本"')
    expect(indexed).not.toMatch(/>标题<|>正文</)
    expect(fromSearchText(indexed.replace(/<[^>]*>/g, ' ').replace(/const a = "脚本"/, ''))).toBe('标题 正文')
  })
})

describe('the queries searched for what a reader typed', () => {
  it('should add a place name without its administrative ending', () => {
    expect(searchQueryVariants('徐汇区')).toEqual(['徐汇区', '徐汇'])
    expect(searchQueryVariants('浦东新区')).toEqual(['浦东新区', '浦东'])
    expect(searchQueryVariants(' 枫泾镇 ')).toEqual(['枫泾镇', '枫泾'])
  })

  it('should leave other queries, and names too short to stand alone, as they are', () => {
    expect(searchQueryVariants('社区')).toEqual(['社区'])
    expect(searchQueryVariants('垃圾分类')).toEqual(['垃圾分类'])
    expect(searchQueryVariants('G60 区')).toEqual(['G60 区'])
  })
})
