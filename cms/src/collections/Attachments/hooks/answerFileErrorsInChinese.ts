import { ValidationError } from 'payload'
import type { CollectionAfterErrorHook } from 'payload'

import { attachmentTypes, extensionOf } from '@fengcai/shared'

/** What staff are told of a file whose type is allowed but whose content Payload cannot read as that type. */
export const damagedAttachment = (extension: string): string =>
  `文件已损坏或不完整，无法作为 ${attachmentTypes[extension]?.label ?? extension.toUpperCase()} 文件打开，请重新保存或导出后再上传。`

/**
 * Payload checks an upload's content after ours (checkFileRestrictions: a PDF without its end, a
 * ZIP that is no office document, …) and refuses in English (“Invalid PDF file.”, “Invalid MIME
 * type: application/zip.”). checkAttachment has passed the extension and the signature by then,
 * so what Payload found is a damaged or truncated file: answered so, in Chinese, on the file field
 * (the admin shows it there). Its own words go to the log.
 */
export const answerFileErrorsInChinese: CollectionAfterErrorHook = ({ error, req }) => {
  if (!(error instanceof ValidationError)) return
  const found = (error.data.errors ?? []).filter((item) => item.path === 'file')
  if (found.length === 0) return
  req.payload.logger.info({ msg: 'attachment refused by the upload checks', file: req.file?.name, found: found.map((item) => item.message) })
  const message = damagedAttachment(extensionOf(req.file?.name ?? ''))
  return { status: 400, response: { errors: [{ name: 'ValidationError', message, data: { errors: [{ message, path: 'file' }] } }] } }
}
