import { describe, expect, it } from 'vitest'

import { convertKeeping, keepsNameOf, honoreeTypes, parseKeepWords, parseScriptChoice, traditionalStandards } from '@fengcai/shared'

import { storyByline } from '../../../site/src/data/byline'
import { traditionalConverter } from '../../../site/src/data/to-traditional'

// Generated sets, each every combination of its parts: the 16 districts of Shanghai with the kinds
// of body a 来源 line names, and people's names from surnames OpenCC rewrites (范 → 範, 余 → 餘)
// and some it leaves alone.
const DISTRICTS = [
  '徐汇区',
  '黄浦区',
  '静安区',
  '长宁区',
  '普陀区',
  '虹口区',
  '杨浦区',
  '闵行区',
  '宝山区',
  '嘉定区',
  '浦东新区',
  '金山区',
  '松江区',
  '青浦区',
  '奉贤区',
  '崇明区',
]
const BODIES = ['志愿服务指导中心', '志愿者协会', '文明办', '新时代文明实践中心', '青年志愿者服务队', '融媒体中心']
const ORGANISATIONS = DISTRICTS.flatMap((district) => BODIES.map((body) => `${district}${body}`))
const SURNAMES = ['范', '余', '沈', '陆', '周', '林', '韩', '吴', '顾', '欧阳']
const GIVEN_NAMES = ['志强', '秀英', '佳怡', '晓岚', '明远', '若溪', '静波', '建华', '海燕', '子默']
const PEOPLE = SURNAMES.flatMap((surname) => GIVEN_NAMES.map((given) => `${surname}${given}`))
// What a page keeps: the people's names it marks, and the demo 不转换词表.
const KEEP = [...PEOPLE, ...parseKeepWords('梧桐里\n蓝马甲')]

describe('the 繁體 view in Taiwan and Hong Kong standards', () => {
  it('should write 為 and 裡 in Taiwan, 為 and 裏 in Hong Kong', () => {
    const text = '因为这里的老人需要，志愿者为他们做饭。'
    expect(traditionalConverter('tw')(text)).toBe('因為這裡的老人需要，志願者為他們做飯。')
    expect(traditionalConverter('hk')(text)).toBe('因為這裏的老人需要，志願者為他們做飯。')
  })

  it('should convert every generated organisation and place name in a 来源 line, in both standards', () => {
    // The sets are disjoint, or a kept name inside an organisation's would decide the outcome.
    for (const organisation of ORGANISATIONS)
      expect(
        KEEP.filter((word) => organisation.includes(word)),
        organisation,
      ).toEqual([])
    for (const standard of traditionalStandards) {
      const convert = traditionalConverter(standard)
      for (const organisation of ORGANISATIONS) {
        const line = `来源：${organisation}`
        const converted = convertKeeping(line, convert, KEEP)
        expect(converted, organisation).toBe(convert(line))
        expect(converted, organisation).not.toContain(organisation)
        expect(converted.startsWith('來源：'), organisation).toBe(true)
      }
    }
    expect(convertKeeping('来源：徐汇区志愿服务指导中心', traditionalConverter('tw'), KEEP)).toBe('來源：徐匯區志願服務指導中心')
  })

  it('should keep every generated personal name on the keep list as written, in running text of either standard', () => {
    for (const standard of traditionalStandards) {
      const convert = traditionalConverter(standard)
      let changedWithoutKeep = 0
      for (const person of PEOPLE) {
        const text = `通讯员：${person}。${person}为这里的老人服务，剩余的物资由梧桐里社区保管。`
        const converted = convertKeeping(text, convert, KEEP)
        expect(converted.split(person).length - 1, person).toBe(2)
        expect(converted, person).toContain('為')
        expect(converted, person).toContain('剩餘')
        expect(converted, person).toContain('梧桐里社區')
        if (!convert(text).includes(person)) changedWithoutKeep += 1
      }
      // Positive control: without the keep list, OpenCC rewrites the names of 范 and 余 (20 of them).
      expect(changedWithoutKeep).toBeGreaterThanOrEqual(20)
    }
  })

  it('should keep only people in a byline and among nominees and honourees', () => {
    const byline = storyByline({ source: '徐汇区志愿服务指导中心', correspondent: '余秀英', reporter: '范志强', responsibleEditor: '' })
    expect(byline).toEqual([
      { label: '来源', name: '徐汇区志愿服务指导中心', keep: false },
      { label: '通讯员', name: '余秀英', keep: true },
      { label: '记者', name: '范志强', keep: true },
    ])
    expect(honoreeTypes.filter(keepsNameOf)).toEqual(['individual'])
  })

  it('should read a saved choice back, the old 繁體 setting as Taiwan', () => {
    expect(parseScriptChoice('tw')).toBe('tw')
    expect(parseScriptChoice('hk')).toBe('hk')
    expect(parseScriptChoice('hant')).toBe('tw')
    expect(parseScriptChoice('hans')).toBeNull()
    expect(parseScriptChoice(null)).toBeNull()
    expect(parseScriptChoice('zh-Hant')).toBeNull()
  })
})
