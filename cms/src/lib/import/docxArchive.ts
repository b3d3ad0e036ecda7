/**
 * A .docx is a zip archive, and a zip can inflate a thousandfold: 680 KB whose document.xml
 * became 200 MB ran the CMS out of memory inside the Word converter. The archive is judged from
 * its central directory (what each part declares it inflates to) before anything is inflated,
 * and then each part is inflated with its declared size as a hard ceiling, so a directory that
 * lies is caught at that size too.
 */
import { inflateRawSync } from 'node:zlib'

export const DOCX_LIMITS = {
  /** Parts in one archive (a long report with images has a few hundred). */
  entries: 2000,
  /** What all parts together may inflate to. */
  totalBytes: 64 * 1024 * 1024,
  /** What one XML part (the text, styles, numbering …) may inflate to: a 300-page report is under 5 MB. */
  xmlBytes: 8 * 1024 * 1024,
  /** What any other part (an image) may inflate to. */
  partBytes: 32 * 1024 * 1024,
  /** A part over a megabyte that inflates more than this many times its stored size is a bomb. */
  ratio: 200,
} as const

const MB = 1024 * 1024
const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
/** 0xFFFFFFFF in a size or offset: the real value is in a ZIP64 record, which Word never writes. */
const ZIP64_MARK = 0xffffffff

/** Why an archive is refused; `status` is the HTTP status the editor's request gets. */
export class ArchiveRefusal extends Error {
  constructor(
    message: string,
    readonly status: 413 | 422,
  ) {
    super(message)
  }
}

export type ArchivePart = { name: string; method: number; compressedSize: number; size: number; localOffset: number }

const broken = (): never => {
  throw new ArchiveRefusal('文件已损坏，或并不是 .docx 格式（压缩目录无法读取）。', 422)
}

const tooLarge = (detail: string): never => {
  throw new ArchiveRefusal(`文件解压后过大（${detail}），无法导入：请删去其中的大图片或拆分文档后再试。`, 413)
}

const findEndOfDirectory = (bytes: Buffer): number => {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff)
  for (let offset = bytes.length - 22; offset >= earliest; offset -= 1) {
    if (bytes.readUInt32LE(offset) === END_OF_DIRECTORY) return offset
  }
  return broken()
}

/**
 * The parts the archive's directory declares, refused (413 or 422) when they are too many, would
 * inflate too far, are encrypted, or use a compression Word does not use. Reads only the
 * directory: time and memory are linear in the archive's size, nothing is inflated.
 */
export const checkDocxDirectory = (input: Uint8Array): ArchivePart[] => {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength)
  if (bytes.length < 22) return broken()
  const end = findEndOfDirectory(bytes)
  const count = bytes.readUInt16LE(end + 10)
  const directoryOffset = bytes.readUInt32LE(end + 16)
  if (count === 0xffff || directoryOffset === ZIP64_MARK) return broken()
  if (count > DOCX_LIMITS.entries) tooLarge(`包含 ${count} 个部件`)
  const parts: ArchivePart[] = []
  let total = 0
  let offset = directoryOffset
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) return broken()
    const flags = bytes.readUInt16LE(offset + 8)
    const method = bytes.readUInt16LE(offset + 10)
    const compressedSize = bytes.readUInt32LE(offset + 20)
    const size = bytes.readUInt32LE(offset + 24)
    const nameLength = bytes.readUInt16LE(offset + 28)
    const extraLength = bytes.readUInt16LE(offset + 30)
    const commentLength = bytes.readUInt16LE(offset + 32)
    const localOffset = bytes.readUInt32LE(offset + 42)
    const name = bytes.toString('utf8', offset + 46, Math.min(bytes.length, offset + 46 + nameLength))
    offset += 46 + nameLength + extraLength + commentLength
    if (flags & 0x1) throw new ArchiveRefusal('文件已加密，无法导入：请在 Word 中取消密码保护后再试。', 422)
    if (method !== 0 && method !== 8) return broken()
    if (size === ZIP64_MARK || compressedSize === ZIP64_MARK || localOffset === ZIP64_MARK) return broken()
    const isXml = /\.(xml|rels)$/i.test(name)
    if (size > (isXml ? DOCX_LIMITS.xmlBytes : DOCX_LIMITS.partBytes)) tooLarge(`“${name.slice(0, 60)}”解压后 ${Math.ceil(size / MB)} MB`)
    if (size > MB && size > Math.max(1, compressedSize) * DOCX_LIMITS.ratio) {
      tooLarge(`“${name.slice(0, 60)}”压缩比 ${Math.round(size / Math.max(1, compressedSize))} 倍`)
    }
    total += size
    if (total > DOCX_LIMITS.totalBytes) tooLarge(`合计超过 ${DOCX_LIMITS.totalBytes / MB} MB`)
    parts.push({ name, method, compressedSize, size, localOffset })
  }
  return parts
}

/**
 * Inflates every part with its declared size as the ceiling and checks it comes to exactly that:
 * a directory that understates a part is refused having inflated at most what it declared.
 */
export const verifyDocxParts = (input: Uint8Array, parts: ArchivePart[]): void => {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength)
  for (const part of parts) {
    const header = part.localOffset
    if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== LOCAL_HEADER) broken()
    const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28)
    const stored = bytes.subarray(start, start + part.compressedSize)
    if (stored.length !== part.compressedSize) broken()
    let inflated: Buffer
    try {
      // One byte of room beyond the declared size tells "more than declared" from "exactly".
      inflated = part.method === 0 ? stored : inflateRawSync(stored, { maxOutputLength: part.size + 1 })
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        throw new ArchiveRefusal(`文件已损坏：部件“${part.name.slice(0, 60)}”解压后比声明的大。`, 413)
      return broken()
    }
    if (inflated.length !== part.size) throw new ArchiveRefusal(`文件已损坏：部件“${part.name.slice(0, 60)}”与压缩目录不符。`, 422)
  }
}
