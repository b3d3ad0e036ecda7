/**
 * What an office file says of itself, read without opening it: the type a ZIP-based document
 * declares (OOXML's `[Content_Types].xml`, OpenDocument's `mimetype` part), and how long an OLE2
 * (legacy Office) file must be for the sectors its header names. Both read in time linear in the
 * file: the ZIP's central directory once, one part inflated to at most PART_LIMIT bytes.
 */
import { inflateRawSync } from 'node:zlib'

import { walkHtml } from '@fengcai/shared/html/walk'

/** The most a part read here may inflate to: a package's content types are a few kilobytes. */
const PART_LIMIT = 1024 * 1024
const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50

/** The place of the ZIP's end-of-central-directory record: within its last 22 + 65,535 bytes. */
const endOfDirectory = (bytes: Buffer): number | undefined => {
  const at = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  return at >= 0 && at + 22 <= bytes.length && bytes.length - at <= 22 + 0xffff && bytes.readUInt32LE(at) === END_OF_DIRECTORY ? at : undefined
}

/** The named part of a ZIP archive, inflated; undefined when it is missing or cannot be read. */
export const zipPart = (bytes: Buffer, wanted: string): Buffer | undefined => {
  const end = endOfDirectory(bytes)
  if (end === undefined) return undefined
  const count = bytes.readUInt16LE(end + 10)
  let offset = bytes.readUInt32LE(end + 16)
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) return undefined
    const nameLength = bytes.readUInt16LE(offset + 28)
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength)
    if (name === wanted) {
      const [method, compressedSize, local] = [bytes.readUInt16LE(offset + 10), bytes.readUInt32LE(offset + 20), bytes.readUInt32LE(offset + 42)]
      if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) return undefined
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28)
      const stored = bytes.subarray(start, start + compressedSize)
      if (stored.length !== compressedSize) return undefined
      if (method === 0) return stored.length <= PART_LIMIT ? stored : undefined
      try {
        return method === 8 ? inflateRawSync(stored, { maxOutputLength: PART_LIMIT }) : undefined
      } catch {
        // Past the limit or not deflate at all: either way not a part this file can be judged by.
        return undefined
      }
    }
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32)
  }
  return undefined
}

/**
 * The types a ZIP-based office file declares itself: every `ContentType` of an `<Override>` in
 * an OOXML package's `[Content_Types].xml` (its main part's is `<MIME type>.main+xml`; a content
 * type has no character references to decode), and the text of an OpenDocument's `mimetype` part.
 */
export const declaredOfficeTypes = (bytes: Buffer): Set<string> => {
  const types = new Set<string>()
  const mimetype = zipPart(bytes, 'mimetype')
  if (mimetype) types.add(mimetype.toString('utf8').trim())
  const contentTypes = zipPart(bytes, '[Content_Types].xml')?.toString('utf8')
  if (contentTypes) {
    walkHtml(
      contentTypes,
      {
        open: (tag) => {
          if (tag.name !== 'override') return
          for (const [, value] of tag.attributes) types.add(value)
        },
      },
      { attribute: (name) => name === 'contenttype', valueLength: 200 },
    )
  }
  return types
}

/** OLE2's special sector numbers (free, end of chain, FAT, DIFAT) start here. */
const MAX_SECTOR = 0xfffffffa

/**
 * The length an OLE2 file must pass for the sectors its 512-byte header names (the directory's
 * first, the mini FAT's, the DIFAT's and the first 109 FAT sectors) to begin inside it, sector n
 * beginning at (n + 1) × the sector size; undefined for a header no Office file has.
 */
export const ole2LeastLength = (bytes: Buffer): number | undefined => {
  if (bytes.length < 512) return undefined
  const shift = bytes.readUInt16LE(30)
  const fatSectors = bytes.readUInt32LE(44)
  if ((shift !== 9 && shift !== 12) || fatSectors === 0) return undefined
  const named = [48, 60, 68, ...Array.from({ length: Math.min(fatSectors, 109) }, (_, index) => 76 + 4 * index)]
    .map((at) => bytes.readUInt32LE(at))
    .filter((sector) => sector < MAX_SECTOR)
  return (Math.max(0, ...named) + 1) * 2 ** shift + 1
}
