/**
 * Word files made in tests: a minimal .docx (a zip of three parts) around any document.xml, with
 * deflated entries, and the means to make one that lies about its sizes (a zip bomb's shape).
 */
import { crc32, deflateRawSync } from 'node:zlib'

type Entry = { name: string; data: Buffer; declaredSize?: number; stored?: boolean }

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'

/** A little-endian field: its offset, its width in bits, its value. */
type Field = [offset: number, bits: 16 | 32, value: number]

/** A zip header of `length` bytes: its signature, then the fields. */
const header = (length: number, signature: number, fields: Field[]): Buffer => {
  const bytes = Buffer.alloc(length)
  bytes.writeUInt32LE(signature, 0)
  for (const [at, bits, value] of fields) {
    if (bits === 16) bytes.writeUInt16LE(value, at)
    else bytes.writeUInt32LE(value, at)
  }
  return bytes
}

/** A zip archive of the entries, each deflated unless `stored`; `declaredSize` overrides the size the headers state. */
export const zipOf = (entries: Entry[]): Buffer => {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const compressed = entry.stored ? entry.data : deflateRawSync(entry.data, { level: 9 })
    const size = entry.declaredSize ?? entry.data.length
    const crc = crc32(entry.data)
    // The fields both headers hold, at their offsets in the local header; the central one has
    // two more bytes (the version made by) before them, and the local header's offset at 42.
    const shared: Field[] = [
      [4, 16, 20],
      [6, 16, 0x0800],
      [8, 16, entry.stored ? 0 : 8],
      [14, 32, crc],
      [18, 32, compressed.length],
      [22, 32, size],
      [26, 16, name.length],
    ]
    const local = header(30, 0x04034b50, shared)
    const central = header(46, 0x02014b50, [[4, 16, 20], ...shared.map(([at, bits, value]): Field => [at + 2, bits, value]), [42, 32, offset]])
    locals.push(local, name, compressed)
    centrals.push(central, name)
    offset += local.length + name.length + compressed.length
  }
  const directory = Buffer.concat(centrals)
  const end = header(22, 0x06054b50, [
    [8, 16, entries.length],
    [10, 16, entries.length],
    [12, 32, directory.length],
    [16, 32, offset],
  ])
  return Buffer.concat([...locals, directory, end])
}

/** WordprocessingML paragraphs around the given texts. */
export const documentXml = (paragraphs: string[]): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
  paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`).join('') +
  '</w:body></w:document>'

/** A .docx around the given document.xml (`declaredSize` makes its directory lie about that part's size). */
export const docxOf = (document: string | Buffer, options: { declaredSize?: number } = {}): Buffer =>
  zipOf([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: Buffer.isBuffer(document) ? document : Buffer.from(document), declaredSize: options.declaredSize },
  ])
