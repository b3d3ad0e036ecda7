/**
 * Reads a CSV as the CMS writes it (shared/src/csv.ts: RFC 4180 quoting, CRLF lines, a byte-order
 * mark) back into rows of cells, the way a spreadsheet would, so a test compares values rather
 * than text. One pass over the characters.
 */
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const body = text.replace(/^\uFEFF/, '')
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index] as string
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        cell += '"'
        index += 1
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\r' && body[index + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      index += 1
    } else cell += char
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows
}

/** A cell's value before the CSV writer defused it: the apostrophe it puts before = + - @ tab or CR taken off. */
export const undefused = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)
