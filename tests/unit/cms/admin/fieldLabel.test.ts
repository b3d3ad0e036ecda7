import type { ClientField } from 'payload'
import { describe, expect, it } from 'vitest'

import { fieldLabel } from '@/admin/fieldLabel'
import { Galleries } from '@/collections/Galleries'
import { Stories } from '@/collections/Stories'

const zh = { language: 'zh', fallbackLanguage: 'en', t: (key: string) => key } as unknown as Parameters<typeof fieldLabel>[2]
const fieldsOf = (collection: { fields: unknown[] }) => collection.fields as ClientField[]

describe('fieldLabel', () => {
  it('should name a field by its Chinese label, through rows, collapsibles and groups', () => {
    expect(fieldLabel(fieldsOf(Stories), 'body', zh)).toBe('正文')
    // 责任编辑 sits in the collapsible 稿件信息, in a row; 搜索结果中的标题 in the group 搜索与分享.
    expect(fieldLabel(fieldsOf(Stories), 'responsibleEditor', zh)).toBe('责任编辑')
    expect(fieldLabel(fieldsOf(Stories), 'seo.title', zh)).toBe('搜索结果中的标题')
  })

  it('should name a field of an array row with the row counted from 1', () => {
    expect(fieldLabel(fieldsOf(Galleries), 'photos.2.caption', zh)).toBe('照片第 3 行的图片说明')
  })

  it('should answer null for a path the collection does not have', () => {
    expect(fieldLabel(fieldsOf(Stories), 'photos.0.caption', zh)).toBeNull()
    expect(fieldLabel(undefined, 'body', zh)).toBeNull()
  })
})
