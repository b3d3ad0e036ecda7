import ExcelJS from 'exceljs'

/** One sheet of a workbook: its tab's name, a header row and the rows under it, all text. */
export type Sheet = { name: string; header: readonly string[]; rows: readonly (readonly string[])[] }

/** Excel refuses a sheet name longer than 31 characters or holding any of these. */
const SHEET_NAME_MAX = 31
const SHEET_NAME_FORBIDDEN = /[\\/?*:[\]]/g
/** From an ASCII character to its full-width form (U+FF01 to U+FF5E). */
const FULL_WIDTH_OFFSET = 0xfee0

/**
 * Sheet names Excel accepts, one per wanted name, in order: a forbidden character becomes its
 * full-width form (`/` → `／`, `:` → `：`), the name is cut to 31 characters, and a name already
 * taken (Excel compares them without case) gets `（2）`, `（3）` … at its end. An empty name
 * becomes `工作表`.
 */
export const sheetNames = (wanted: readonly string[]): string[] => {
  // Excel keeps "History" for itself.
  const taken = new Set<string>(['history'])
  return wanted.map((raw) => {
    const base =
      raw
        .replace(SHEET_NAME_FORBIDDEN, (char) => String.fromCharCode(char.charCodeAt(0) + FULL_WIDTH_OFFSET))
        .replace(/^'+|'+$/g, '')
        .trim() || '工作表'
    for (let copy = 1; ; copy += 1) {
      const suffix = copy === 1 ? '' : `（${copy}）`
      const name = [...base].slice(0, SHEET_NAME_MAX - suffix.length).join('') + suffix
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase())
        return name
      }
    }
  })
}

/**
 * What XML 1.0 cannot hold (control characters, U+FFFE, U+FFFF, a lone surrogate) made U+FFFD:
 * exceljs writes them as they are, and the workbook it writes then no longer opens.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
export const xmlSafe = (text: string): string => text.replace(NOT_XML, '\uFFFD')

/** Column widths from the longest line in each column (a Chinese character counts twice), within bounds. */
const widthsOf = (sheet: Sheet): number[] =>
  sheet.header.map((title, column) => {
    let widest = 0
    for (const row of [sheet.header, ...sheet.rows]) {
      for (const line of (row[column] ?? '').split('\n')) {
        let width = 0
        for (const char of line) width += char.charCodeAt(0) > 0xff ? 2 : 1
        widest = Math.max(widest, width)
      }
    }
    return Math.min(60, Math.max(8, widest + 2, title.length * 2 + 2))
  })

/**
 * An .xlsx workbook of text sheets: the header bold, frozen and filterable. Every cell is written
 * as a string, so a cell starting with `=` is text in Excel and WPS, never a formula to run; text
 * XML cannot hold is replaced (xmlSafe), so the file always opens.
 */
export const workbookOf = async (sheets: readonly Sheet[], creator = '风采'): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = creator
  workbook.created = new Date()
  const names = sheetNames(sheets.map((sheet) => sheet.name))
  sheets.forEach((sheet, index) => {
    const worksheet = workbook.addWorksheet(names[index], { views: [{ state: 'frozen', ySplit: 1 }] })
    worksheet.columns = widthsOf(sheet).map((width) => ({ width }))
    worksheet.addRow(sheet.header.map(xmlSafe)).font = { bold: true }
    for (const row of sheet.rows) worksheet.addRow(row.map(xmlSafe)).alignment = { vertical: 'top', wrapText: true }
    if (sheet.header.length > 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.header.length } }
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
