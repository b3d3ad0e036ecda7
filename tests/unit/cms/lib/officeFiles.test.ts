import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'

import { declaredOfficeTypes, ole2LeastLength, zipPart } from '@/lib/officeFiles'

import { docxOf, documentXml, zipOf } from '../../../helpers/docx'
import { officePackageOf, ole2Of } from '../../../helpers/officeFiles'

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
const EXCEL = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'

describe('office files', () => {
  it('should read the type a Word and an Excel package declare, and an OpenDocument its mimetype', async () => {
    expect(declaredOfficeTypes(docxOf(documentXml(['样本']))).has(WORD)).toBe(true)
    expect(declaredOfficeTypes(docxOf(documentXml(['样本']))).has(EXCEL)).toBe(false)
    // A workbook as Excel's library writes it.
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('表一').addRow(['甲', 1])
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer())
    expect(declaredOfficeTypes(xlsx).has(EXCEL)).toBe(true)
    expect(declaredOfficeTypes(xlsx).has(WORD)).toBe(false)
    expect([...declaredOfficeTypes(officePackageOf('application/vnd.oasis.opendocument.text'))]).toEqual(['application/vnd.oasis.opendocument.text'])
    expect(declaredOfficeTypes(zipOf([{ name: 'readme.txt', data: Buffer.from('无') }])).size).toBe(0)
  })

  it('should give no part of an archive cut short, nor one that inflates past its limit', () => {
    const docx = docxOf(documentXml(['样本']))
    expect(zipPart(docx, 'word/document.xml')?.toString()).toContain('样本')
    expect(zipPart(docx.subarray(0, docx.length - 30), 'word/document.xml')).toBeUndefined()
    const bomb = zipOf([{ name: '[Content_Types].xml', data: Buffer.alloc(2 * 1024 * 1024, 0x20) }])
    expect(zipPart(bomb, '[Content_Types].xml')).toBeUndefined()
  })

  it('should ask an OLE2 file to reach every sector its header names', () => {
    const whole = ole2Of()
    // Sector 1 (the directory) is the furthest named: it begins at 1,024.
    expect(ole2LeastLength(whole)).toBe(1025)
    expect(whole.length).toBeGreaterThanOrEqual(1025)
    expect(ole2LeastLength(whole.subarray(0, 512))).toBe(1025)
    expect(ole2LeastLength(ole2Of({ fatAt: 0xffff }))).toBe(0x10000 * 512 + 1)
    // Shorter than its header, or a sector size no Office file has.
    expect(ole2LeastLength(whole.subarray(0, 511))).toBeUndefined()
    const odd = Buffer.from(whole)
    odd.writeUInt16LE(10, 30)
    expect(ole2LeastLength(odd)).toBeUndefined()
  })
})
