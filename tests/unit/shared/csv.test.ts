import { describe, expect, it } from 'vitest'

import { csvCell, toCsv } from '@fengcai/shared'

describe('csv', () => {
  it('should quote commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('普通文字')).toBe('普通文字')
    expect(csvCell('甲,乙')).toBe('"甲,乙"')
    expect(csvCell('他说"好"')).toBe('"他说""好"""')
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"')
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(12)).toBe('12')
  })

  it('should defuse cells a spreadsheet would run as a formula', () => {
    for (const attack of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=1']) {
      expect(csvCell(attack).replace(/^"/, '').startsWith("'")).toBe(true)
    }
    expect(csvCell('021-55550123')).toBe('021-55550123')
  })

  it('should start with a byte-order mark and end lines with CRLF', () => {
    expect(toCsv(['姓名', '电话'], [['周', '13800000000']])).toBe('\uFEFF姓名,电话\r\n周,13800000000\r\n')
  })
})
