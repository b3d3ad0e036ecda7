/**
 * A small, valid one-page PDF with a few lines of text, written by code: the demo 通知公告's
 * attachment (and the tests' uploads). Text in the standard Helvetica font, so ASCII only; the
 * Chinese is in the attachment's title, which readers see on the site.
 */
const escapePdfText = (line: string): string => line.replace(/[\\()]/g, (character) => `\\${character}`).replace(/[^\x20-\x7e]/g, '?')

/** The bytes of a PDF showing `lines`, padded with a comment to `minBytes` bytes when it would be shorter. */
export const tinyPdf = (lines: readonly string[], minBytes = 0): Buffer => {
  const text = lines.map((line, index) => `BT /F1 14 Tf 72 ${760 - index * 22} Td (${escapePdfText(line)}) Tj ET`).join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  for (const [index, object] of objects.entries()) {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  }
  const tail = (xref: number): string => {
    let text = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
    for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`
    return `${text}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  }
  // Padding (a comment line) goes before the cross-reference table, so the file still ends as a PDF
  // must; worked out twice because the table's own length depends on where it starts.
  let padding = ''
  for (let round = 0; round < 3; round += 1) {
    const missing = minBytes - Buffer.byteLength(body, 'latin1') - Buffer.byteLength(tail(Buffer.byteLength(body + padding, 'latin1')), 'latin1')
    padding = missing >= 2 ? `%${'0'.repeat(missing - 2)}\n` : ''
  }
  const start = Buffer.byteLength(body + padding, 'latin1')
  return Buffer.from(body + padding + tail(start), 'latin1')
}
