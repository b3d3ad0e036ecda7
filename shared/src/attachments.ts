/**
 * 附件 of a 通知公告: the file types staff may upload (office documents and PDF, never HTML, SVG
 * or scripts, which a browser would run from the CMS's origin), the size limit, and how the site
 * names a file's type and size. The CMS checks uploads with these; the site prints them.
 */

/** The largest attachment: a scanned notice of a few dozen pages. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

type AttachmentType = { mimeType: string; label: string }

/** Allowed extensions with the type a file of that extension must be, and its name for readers. */
export const attachmentTypes: Readonly<Record<string, AttachmentType>> = {
  pdf: { mimeType: 'application/pdf', label: 'PDF' },
  doc: { mimeType: 'application/msword', label: 'Word' },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word' },
  xls: { mimeType: 'application/vnd.ms-excel', label: 'Excel' },
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel' },
  ppt: { mimeType: 'application/vnd.ms-powerpoint', label: 'PPT' },
  pptx: { mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'PPT' },
  odt: { mimeType: 'application/vnd.oasis.opendocument.text', label: 'ODT' },
  ods: { mimeType: 'application/vnd.oasis.opendocument.spreadsheet', label: 'ODS' },
}

export const attachmentMimeTypes: readonly string[] = [...new Set(Object.values(attachmentTypes).map((type) => type.mimeType))]

/** The extensions listed for staff, as in an error message: `PDF、DOC、DOCX …`. */
export const attachmentExtensionsText = Object.keys(attachmentTypes)
  .map((extension) => extension.toUpperCase())
  .join('、')

/** A file name's extension, lower case, or '' without one. */
export const extensionOf = (filename: string): string => {
  const dot = filename.lastIndexOf('.')
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : ''
}

/** The type readers see for a file (`PDF`, `Word` …), from its MIME type, else its extension. */
export const attachmentLabel = (mimeType: string | null | undefined, filename = ''): string =>
  Object.values(attachmentTypes).find((type) => type.mimeType === mimeType)?.label ?? (extensionOf(filename).toUpperCase() || '文件')

/** A size as readers read it: `860 KB`, `1.2 MB` (binary units, one decimal from MB up). */
export const formatFileSize = (bytes: number): string => {
  if (!Number.isFinite(bytes) || bytes < 0) return ''
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
