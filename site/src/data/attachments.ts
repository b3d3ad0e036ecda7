/** 附件: the files a 通知公告 offers, with the type and size readers see before they download. */
import { z } from 'zod'

import { attachmentLabel, formatFileSize } from '@fengcai/shared'
import type { Attachment as AttachmentDoc } from '@fengcai/shared/payload-types'

import { id, text } from './common'
import { absoluteMediaUrl } from './media'
import { memoizeByObject } from './memo'
import type { FieldsOf } from './raw'

export const attachmentSchema = z.object({
  id,
  title: text,
  url: z.string().nullish(),
  filename: z.string().nullish(),
  mimeType: z.string().nullish(),
  filesize: z.number().nullish(),
} satisfies FieldsOf<AttachmentDoc>)

export type Attachment = {
  title: string
  href: string
  /** `PDF`, `Word`, `Excel` … */
  type: string
  /** `1.2 MB` */
  size: string
  /** What the link says after the title: `PDF · 1.2 MB`. */
  label: string
}

/** An attachment document as a download link, or null when it has no file (or is not one). */
export const toAttachment = memoizeByObject((value: object): Attachment | null => {
  const parsed = attachmentSchema.safeParse(value)
  if (!parsed.success || !parsed.data.url) return null
  const { title, url, filename, mimeType, filesize } = parsed.data
  const type = attachmentLabel(mimeType, filename ?? '')
  const size = filesize ? formatFileSize(filesize) : ''
  return { title: title || filename || '附件', href: absoluteMediaUrl(url), type, size, label: [type, size].filter(Boolean).join(' · ') }
})
