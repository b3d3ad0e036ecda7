/**
 * Office files of every allowed kind made in tests, as small as their format allows: an OOXML or
 * OpenDocument package declaring a type, and an OLE2 (legacy Office) compound file.
 */
import { zipOf } from './docx'

/**
 * A ZIP package declaring the MIME type: OOXML's `[Content_Types].xml` naming its main part
 * `<type>.main+xml`, or, for an OpenDocument type, a stored `mimetype` part first. `filler` bytes
 * go in a stored part of their own, to make the package as large as a test needs.
 */
export const officePackageOf = (mimeType: string, filler = 0): Buffer => {
  const fill = filler > 0 ? [{ name: 'media/filler.bin', data: Buffer.alloc(filler, 0x20), stored: true }] : []
  if (mimeType.includes('opendocument')) {
    return zipOf([
      { name: 'mimetype', data: Buffer.from(mimeType), stored: true },
      { name: 'content.xml', data: Buffer.from('<?xml version="1.0" encoding="UTF-8"?><office:document-content/>') },
      ...fill,
    ])
  }
  const types =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/main.xml" ContentType="${mimeType}.main+xml"/></Types>`
  return zipOf([{ name: '[Content_Types].xml', data: Buffer.from(types) }, { name: 'main.xml', data: Buffer.from('<main/>') }, ...fill])
}

const FREE = 0xffffffff
const END_OF_CHAIN = 0xfffffffe

/**
 * An OLE2 compound file of version 3 (512-byte sectors): its header, its one FAT sector (0) and
 * its directory (sector 1), then `filler` bytes. `fatAt` moves the FAT to another sector number,
 * one the file may not reach.
 */
export const ole2Of = ({ fatAt = 0, filler = 0 }: { fatAt?: number; filler?: number } = {}): Buffer => {
  const header = Buffer.alloc(512)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header)
  header.writeUInt16LE(0x3e, 24)
  header.writeUInt16LE(3, 26)
  header.writeUInt16LE(0xfffe, 28)
  header.writeUInt16LE(9, 30)
  header.writeUInt16LE(6, 32)
  header.writeUInt32LE(1, 44)
  header.writeUInt32LE(1, 48)
  header.writeUInt32LE(4096, 56)
  header.writeUInt32LE(END_OF_CHAIN, 60)
  header.writeUInt32LE(END_OF_CHAIN, 68)
  for (let at = 76; at < 512; at += 4) header.writeUInt32LE(FREE, at)
  header.writeUInt32LE(fatAt, 76)
  // The FAT: sector 0 is the FAT itself, sector 1 the directory's only sector.
  const fat = Buffer.alloc(512, 0xff)
  fat.writeUInt32LE(0xfffffffd, 0)
  fat.writeUInt32LE(END_OF_CHAIN, 4)
  const directory = Buffer.alloc(512)
  Buffer.from('Root Entry', 'utf16le').copy(directory)
  directory.writeUInt16LE(22, 64)
  directory.writeUInt8(5, 66)
  for (const at of [68, 72, 76]) directory.writeUInt32LE(FREE, at)
  directory.writeUInt32LE(END_OF_CHAIN, 116)
  return Buffer.concat([header, fat, directory, Buffer.alloc(filler)])
}
