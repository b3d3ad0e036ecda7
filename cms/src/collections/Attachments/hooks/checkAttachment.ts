import { readFile } from 'node:fs/promises'

import type { CollectionBeforeOperationHook } from 'payload'

import { MAX_ATTACHMENT_BYTES, attachmentExtensionsText, attachmentTypes, extensionOf, formatFileSize } from '@fengcai/shared'

import { publicError } from '@/lib/errors'
import { declaredOfficeTypes, ole2LeastLength } from '@/lib/officeFiles'

import { damagedAttachment } from './answerFileErrorsInChinese'

/** How each family of allowed files begins: PDF, ZIP (OOXML, OpenDocument), OLE2 (legacy Office). */
const PDF = Buffer.from('%PDF-')
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
const signatureOf: Record<string, Buffer> = { pdf: PDF, doc: OLE2, xls: OLE2, ppt: OLE2, docx: ZIP, xlsx: ZIP, pptx: ZIP, odt: ZIP, ods: ZIP }
/**
 * What a whole file of a family has that one cut short lacks, where Payload's own check (after
 * ours) looks at the signature alone and would store it: an OLE2 file's 512-byte header and the
 * sectors that header names (ole2LeastLength), and a ZIP's end-of-central-directory record within
 * its last 65,557 bytes (22 and a comment of at most 65,535). A PDF cut short lacks its `%%EOF`,
 * which Payload finds (answerFileErrorsInChinese).
 */
const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06])
const ZIP_END_WITHIN = 22 + 65_535
const cutShort = (signature: Buffer, content: Buffer): boolean =>
  (signature === OLE2 && content.length < (ole2LeastLength(content) ?? Infinity)) || (signature === ZIP && !content.subarray(-ZIP_END_WITHIN).includes(ZIP_END))

/**
 * What is wrong with an office ZIP that declares another type than its extension's (a .docx
 * renamed .xlsx), or none, which Payload's check would take (it sees only the family). The
 * package names its own type: OOXML as its main part's `<MIME type>.main+xml`, OpenDocument in
 * its `mimetype` part. Another type is answered as a wrong signature is (415), none readable as a
 * damaged file (400).
 */
const wrongOfficeType = (extension: string, content: Buffer): { message: string; status: 400 | 415 } | undefined => {
  const declared = declaredOfficeTypes(content)
  const isDeclared = (mimeType: string) => declared.has(mimeType) || declared.has(`${mimeType}.main+xml`)
  if (isDeclared(attachmentTypes[extension]?.mimeType ?? '')) return undefined
  const found = Object.values(attachmentTypes).find(({ mimeType }) => isDeclared(mimeType))
  return found
    ? { message: `文件内容是 ${found.label} 文档，与扩展名 .${extension} 不符，请以正确的格式另存后再上传。`, status: 415 }
    : { message: damagedAttachment(extension), status: 400 }
}

const contentOf = async (file: { data?: Buffer; tempFilePath?: string }): Promise<Buffer> =>
  file.data && file.data.length > 0 ? file.data : file.tempFilePath ? await readFile(file.tempFilePath) : Buffer.alloc(0)

/**
 * Checks an attachment before Payload stores it, and says what is wrong in Chinese: the extension
 * must be one of the allowed office and PDF types, the file must begin as that type does (an HTML
 * page renamed `.pdf` is refused), not be cut short and, an office package, declare that very type
 * (a .docx renamed .xlsx is refused), and it must be within the size limit. The
 * stored MIME type is the extension's, not whatever the uploader's browser claimed. Payload's own
 * detection runs after (its refusals answered in Chinese by answerFileErrorsInChinese).
 */
export const checkAttachment: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const extension = extensionOf(file.name)
  const type = attachmentTypes[extension]
  if (!type) {
    throw publicError(`不支持上传 ${extension ? `.${extension} ` : '无扩展名的'}文件。附件只能是 ${attachmentExtensionsText} 格式。`, 415)
  }
  // A file Payload kept in memory may come without its size.
  const size = file.size || file.data?.length || 0
  if (size > MAX_ATTACHMENT_BYTES) {
    throw publicError(`附件过大（${formatFileSize(size)}），请压缩到 ${formatFileSize(MAX_ATTACHMENT_BYTES)} 以内后再上传。`, 413)
  }
  const signature = signatureOf[extension] as Buffer
  const content = await contentOf(file)
  if (!content.subarray(0, signature.length).equals(signature)) {
    throw publicError(`文件内容与扩展名 .${extension} 不符，请上传真正的 ${type.label} 文件。`, 415)
  }
  if (cutShort(signature, content)) throw publicError(damagedAttachment(extension), 400)
  const wrongType = signature === ZIP ? wrongOfficeType(extension, content) : undefined
  if (wrongType) throw publicError(wrongType.message, wrongType.status)
  file.mimetype = type.mimeType
  return args
}
