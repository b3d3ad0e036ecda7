import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'

import { sheetNames, workbookOf } from '@/lib/xlsx'

describe('xlsx', () => {
  it('should name sheets as Excel allows: no forbidden characters, 31 characters at most, each once', () => {
    expect(sheetNames(['甲/乙:丙?[丁]*\\', '', "'引号'"])).toEqual(['甲／乙：丙？［丁］＊＼', '工作表', '引号'])
    expect(sheetNames(['History'])).toEqual(['History（2）'])
    const long = '长'.repeat(40)
    expect(sheetNames([long, long, 'Abc', 'aBC'])).toEqual(['长'.repeat(31), `${'长'.repeat(28)}（2）`, 'Abc', 'aBC（2）'])
  })

  it('should write every cell as text, a formula-like one included, and read back the same', async () => {
    const rows = [
      ['=HYPERLINK("http://evil.example")', '第一行\n第二行'],
      ['+1', ''],
    ]
    const bytes = await workbookOf([{ name: '公示一', header: ['内容', '说明'], rows }])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('公示一') as ExcelJS.Worksheet
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String)
    expect(sheet.getCell('A2').formula).toBeUndefined()
    expect(sheet.getCell('A2').value).toBe('=HYPERLINK("http://evil.example")')
    expect(sheet.getCell('B2').value).toBe('第一行\n第二行')
    expect(sheet.getCell('A3').value).toBe('+1')
    expect(sheet.getRow(1).font?.bold).toBe(true)
    expect(sheet.rowCount).toBe(3)
  })

  it('should still open when a cell holds what XML cannot (a control character, U+FFFE, a lone surrogate)', async () => {
    const bytes = await workbookOf([{ name: '表', header: ['内容'], rows: [['甲\u0000乙\uFFFE丙\uD800丁𠀀']] }])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    expect(workbook.getWorksheet('表')?.getCell('A2').value).toBe('甲\uFFFD乙\uFFFD丙\uFFFD丁𠀀')
  })
})
