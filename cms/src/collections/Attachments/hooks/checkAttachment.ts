import { readFile } from 'node:fs/promises'

import type { CollectionBeforeOperationHook } from 'payload'

import { MAX_ATTACHMENT_BYTES, attachmentExtensionsText, attachmentTypes, extensionOf, formatFileSize } from '@fengcai/shared'

import { publicError } from '@/lib/errors'

/** How each family of allowed files begins: PDF, ZIP (OOXML, OpenDocument), OLE2 (legacy Office). */
const PDF = Buffer.from('%PDF-')
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
const signatureOf: Record<string, Buffer> = { pdf: PDF, doc: OLE2, xls: OLE2, ppt: OLE2, docx: ZIP, xlsx: ZIP, pptx: ZIP, odt: ZIP, ods: ZIP }

const headOf = async (file: { data?: Buffer; tempFilePath?: string }): Promise<Buffer> =>
  file.data && file.data.length > 0 ? file.data.subarray(0, 16) : file.tempFilePath ? (await readFile(file.tempFilePath)).subarray(0, 16) : Buffer.alloc(0)

/**
 * Checks an attachment before Payload stores it, and says what is wrong in Chinese: the extension
 * must be one of the allowed office and PDF types, the file must begin as that type does (an HTML
 * page renamed `.pdf` is refused), and it must be within the size limit. The stored MIME type is
 * the extension's, not whatever the uploader's browser claimed. Payload's own detection runs after.
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
  if (!(await headOf(file)).subarray(0, signature.length).equals(signature)) {
    throw publicError(`文件内容与扩展名 .${extension} 不符，请上传真正的 ${type.label} 文件。`, 415)
  }
  file.mimetype = type.mimeType
  return args
}
