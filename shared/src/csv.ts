/**
 * CSV for spreadsheets (Excel, WPS): RFC 4180 quoting, CRLF lines, a UTF-8 byte-order mark so
 * Chinese opens as Chinese, and formula injection defused (a cell starting with = + - @ or a
 * control character is read as text, not run as a formula).
 */
const FORMULA_START = /^[=+\-@\t\r]/

export const csvCell = (value: unknown): string => {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n']/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text
}

export const toCsv = (header: readonly string[], rows: readonly (readonly unknown[])[]): string =>
  `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
