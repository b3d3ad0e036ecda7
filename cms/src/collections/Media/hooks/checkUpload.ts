import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { publicError } from '@/lib/errors'

/**
 * The most pixels an uploaded image may have: 50 MP is a full-frame camera's photo. A small PNG
 * can declare 16,000 × 16,000 pixels and take gigabytes to decode; its header says so first.
 */
export const MAX_IMAGE_PIXELS = 50_000_000

const isAbsoluteUrl = (value: unknown): value is string => typeof value === 'string' && /^[a-z][a-z\d+.-]*:/i.test(value)

/**
 * Checks an upload before Payload stores anything: a file given by URL is refused (the server
 * would fetch an address of the uploader's choosing; Payload's own guard answers that with a
 * 500), and an image is measured from its header, never its pixels, against the pixel limit.
 */
export const checkUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  // Payload takes the URL out of the document's data before hooks run; the request still has it.
  const url = (req.data as { url?: unknown } | undefined)?.url ?? (args as { data?: { url?: unknown } }).data?.url
  if (!req.file && operation === 'create' && isAbsoluteUrl(url) && !url.startsWith(req.payload.config.serverURL)) {
    throw publicError('不支持通过网址上传图片，请从本机选择文件上传。', 400)
  }
  if (!req.file) return args
  // Not an image sharp can read: left to Payload's own type check, which refuses it in Chinese.
  const metadata = await sharp(req.file.tempFilePath || req.file.data, { limitInputPixels: false })
    .metadata()
    .catch(() => null)
  const pixels = (metadata?.width ?? 0) * (metadata?.height ?? 0) * Math.max(1, metadata?.pages ?? 1)
  if (pixels > MAX_IMAGE_PIXELS) {
    throw publicError(`图片尺寸过大（${metadata?.width} × ${metadata?.height} 像素），请缩小到 5000 万像素以内后再上传。`, 413)
  }
  return args
}
