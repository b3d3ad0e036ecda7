import { describe, expect, it } from 'vitest'

import {
  builtInConfusions,
  compileLists,
  FINDING_KINDS,
  findingKindLabels,
  MAX_FINDINGS_PER_RULE,
  proofreadBlocks,
  proofreadText,
  type Finding,
  type ProofreadLists,
} from '@fengcai/shared/proofread'

const LISTS: ProofreadLists = {
  officialNames: [
    { right: '上海市志愿者协会', wrong: ['上海志愿者协会'] },
    { right: '街道办事处', wrong: ['街道办'] },
  ],
  sensitive: [{ word: '测试敏感词' }, { word: '测试提示词', suggestion: '规范说法', severity: 'warning' }],
  confusions: [{ wrong: '志愿着', right: '志愿者' }],
}

const TEN_PAIRS: [wrong: string, right: string][] = [
  ['按装', '安装'],
  ['既使', '即使'],
  ['再接再励', '再接再厉'],
  ['迫不急待', '迫不及待'],
  ['走头无路', '走投无路'],
  ['一愁莫展', '一筹莫展'],
  ['谈笑风声', '谈笑风生'],
  ['默守成规', '墨守成规'],
  ['甘败下风', '甘拜下风'],
  ['金榜提名', '金榜题名'],
]

const brief = (findings: Finding[]) => findings.map(({ kind, text, suggestion, where }) => ({ kind, text, suggestion, offset: where.offset }))

describe('proofreadText with the built-in dictionary', () => {
  for (const [wrong, right] of TEN_PAIRS)
    it(`should report ${wrong} once, suggesting ${right}, at its offset`, () => {
      const text = `社区工作者说，${wrong}的情况这次被发现了。`
      const findings = proofreadText(text, LISTS)
      expect(brief(findings)).toEqual([{ kind: 'typo', text: wrong, suggestion: right, offset: text.indexOf(wrong) }])
      expect(findings[0]?.severity).toBe('error')
      expect(findings[0]?.context).toContain(wrong)
    })

  it('should hold at least 600 entries, none of whose wrong forms is its right form or inside another entry', () => {
    expect(builtInConfusions.length).toBeGreaterThanOrEqual(600)
    const rights = builtInConfusions.map((entry) => entry.right)
    for (const entry of builtInConfusions) {
      expect(entry.wrong).not.toBe(entry.right)
      expect(rights.filter((right) => right.includes(entry.wrong))).toEqual([])
      for (const correct of entry.except ?? []) expect(correct).toContain(entry.wrong)
    }
  })

  it('should give no finding for the right forms of the whole dictionary', () => {
    const text = builtInConfusions.map((entry) => entry.right).join('，')
    expect(brief(proofreadText(text, LISTS).filter((finding) => finding.kind === 'typo'))).toEqual([])
  })

  it('should leave correct text alone where a wrong form spans two words', () => {
    for (const text of [
      '这家公司按装修合同施工。',
      '我们要既使群众满意，又让企业放心。',
      '请按排名顺序入场。',
      '他长期从事绩效管理。',
      '志愿者慰问侯大爷。',
      '标签定位要准确。',
    ])
      expect(brief(proofreadText(text, LISTS)), text).toEqual([])
  })

  it('should still report a guarded wrong form where its context does not excuse it', () => {
    expect(brief(proofreadText('既使下雨，也要坚持。', LISTS))).toEqual([{ kind: 'typo', text: '既使', suggestion: '即使', offset: 0 }])
  })

  it('should prefer the longest of overlapping matches and report it once', () => {
    // 再接再励 is an entry; a site entry 接再 inside it must not be reported as well.
    const lists = { ...LISTS, confusions: [{ wrong: '接再', right: '接着' }] }
    expect(brief(proofreadText('希望再接再励。', lists))).toEqual([{ kind: 'typo', text: '再接再励', suggestion: '再接再厉', offset: 2 }])
    expect(brief(proofreadText('接再来', lists))).toEqual([{ kind: 'typo', text: '接再', suggestion: '接着', offset: 0 }])
  })
})

describe('proofreadText on a text with more findings than are listed', () => {
  const over = MAX_FINDINGS_PER_RULE + 37
  for (const [name, unit, kind, other] of [
    ['an unpaired mark', '《', 'punctuation', '再接再励'],
    ['a half-width comma', '志,', 'punctuation', '再接再励'],
    ['a half-width bracket', '志(', 'punctuation', '再接再励'],
    ['a repeated mark', '志，，', 'punctuation', '再接再励'],
    ['a miswritten word', '按装，', 'typo', '志,'],
  ] as const)
    it(`should list the first ${MAX_FINDINGS_PER_RULE} of ${over} findings of ${name}, in text order, and the other rules' findings`, () => {
      const text = unit.repeat(over) + other
      const findings = proofreadText(text, LISTS)
      const ofUnit = findings.filter((finding) => finding.kind === kind && unit.includes(finding.text))
      expect(ofUnit).toHaveLength(MAX_FINDINGS_PER_RULE)
      const offsets = ofUnit.map((finding) => finding.where.offset)
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
      expect(offsets[0]).toBe(proofreadText(unit, LISTS).find((finding) => finding.kind === kind)?.where.offset)
      expect(findings.some((finding) => other.includes(finding.text) && finding.where.offset >= unit.length * over)).toBe(true)
    })
})

describe('proofreadText with a site’s lists', () => {
  it('should report an official name written the wrong way as an error with the right name', () => {
    const findings = proofreadText('活动由上海志愿者协会主办。', LISTS)
    expect(brief(findings)).toEqual([{ kind: 'official-name', text: '上海志愿者协会', suggestion: '上海市志愿者协会', offset: 3 }])
    expect(findings[0]?.severity).toBe('error')
  })

  it('should not report a wrong form inside the right name it abbreviates', () => {
    expect(brief(proofreadText('街道办事处的同志和街道办的同志都来了。', LISTS))).toEqual([
      { kind: 'official-name', text: '街道办', suggestion: '街道办事处', offset: 9 },
    ])
  })

  it('should report sensitive words with their own severity, error by default', () => {
    const findings = proofreadText('稿件里有测试敏感词，也有测试提示词。', LISTS)
    expect(findings.map(({ kind, text, severity, suggestion }) => ({ kind, text, severity, suggestion }))).toEqual([
      { kind: 'sensitive', text: '测试敏感词', severity: 'error', suggestion: null },
      { kind: 'sensitive', text: '测试提示词', severity: 'warning', suggestion: '规范说法' },
    ])
  })

  it('should add the site’s confusions to the built-in dictionary', () => {
    expect(brief(proofreadText('优秀志愿着按装空调。', LISTS))).toEqual([
      { kind: 'typo', text: '志愿着', suggestion: '志愿者', offset: 2 },
      { kind: 'typo', text: '按装', suggestion: '安装', offset: 5 },
    ])
  })

  it('should name every kind in Chinese for the admin', () => {
    expect(Object.keys(findingKindLabels).sort()).toEqual([...FINDING_KINDS].sort())
    for (const label of Object.values(findingKindLabels)) expect(label).toMatch(/^[\u4e00-\u9fff]{2,10}$/)
  })
})

describe('compileLists', () => {
  it('should compile a version of the lists once, whether passed again or read afresh', () => {
    const lists: ProofreadLists = { officialNames: [{ right: '甲乙丙单位', wrong: ['甲丙单位'] }], sensitive: [] }
    const compiled = compileLists(lists)
    expect(compileLists(lists)).toBe(compiled)
    expect(compileLists(structuredClone(lists))).toBe(compiled)
    expect(compileLists({ ...lists, sensitive: [{ word: '新词' }] })).not.toBe(compiled)
    expect(proofreadText('甲丙单位', compiled)).toHaveLength(1)
  })

  it('should compile a lists object again when a word was pushed into it', () => {
    const lists: ProofreadLists = { officialNames: [], sensitive: [{ word: '旧词' }] }
    expect(proofreadText('旧词新词', lists).map((finding) => finding.text)).toEqual(['旧词'])
    lists.sensitive.push({ word: '新词' })
    expect(proofreadText('旧词新词', lists).map((finding) => finding.text)).toEqual(['旧词', '新词'])
  })
})

describe('proofreadBlocks', () => {
  it('should name each finding’s block and count offsets within it', () => {
    const findings = proofreadBlocks(
      [
        { path: 'body.0', text: '第一段没有问题。' },
        { path: 'body.1', text: '第二段按装了《设备。' },
      ],
      LISTS,
    )
    expect(findings.map(({ kind, text, where }) => ({ kind, text, where }))).toEqual([
      { kind: 'typo', text: '按装', where: { path: 'body.1', offset: 3, length: 2 } },
      { kind: 'punctuation', text: '《', where: { path: 'body.1', offset: 6, length: 1 } },
    ])
  })
})
