import { describe, expect, it } from 'vitest'

import { toCsv } from '@fengcai/shared'

import { parseCsv, undefused } from '../../helpers/csv'

describe('parseCsv', () => {
  it('should read back what toCsv wrote: quotes, commas, line breaks and empty cells', () => {
    const rows = [
      ['韩"引号"', '甲,乙', '第一行\n第二行\r\n第三行'],
      ['', ' 前后空格 ', '末尾'],
    ]
    expect(parseCsv(toCsv(['一', '二', '三'], rows))).toEqual([['一', '二', '三'], ...rows])
  })

  it('should give back a defused cell as it was', () => {
    const [, row] = parseCsv(toCsv(['a', 'b', 'c'], [['=1+1', '-2', "it's"]]))
    expect(row?.map(undefused)).toEqual(['=1+1', '-2', "it's"])
  })
})
