import { describe, expect, it } from 'vitest'

import { attachmentLabel, attachmentTypes, extensionOf, formatFileSize } from '@fengcai/shared'

describe('attachment types and sizes', () => {
  it('should print sizes as readers read them', () => {
    expect(formatFileSize(512)).toBe('512 B')
    expect(formatFileSize(1024)).toBe('1 KB')
    expect(formatFileSize(880_000)).toBe('859 KB')
    expect(formatFileSize(1_258_291)).toBe('1.2 MB')
    expect(formatFileSize(-1)).toBe('')
  })

  it('should name a file’s type from its MIME type, else its extension', () => {
    expect(attachmentLabel('application/pdf')).toBe('PDF')
    expect(attachmentLabel('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('Excel')
    expect(attachmentLabel('application/x-cfb', '报名表.DOC')).toBe('DOC')
    expect(extensionOf('a.b.PDF')).toBe('pdf')
    expect(extensionOf('.pdf')).toBe('')
  })

  it('should allow no type a browser would run', () => {
    const types = Object.values(attachmentTypes).map((type) => type.mimeType)
    for (const type of types) expect(type).not.toMatch(/html|svg|xml$|javascript|ecmascript/)
    for (const extension of ['html', 'htm', 'svg', 'js', 'xhtml', 'exe']) expect(attachmentTypes[extension]).toBeUndefined()
  })
})
