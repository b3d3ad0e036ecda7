import type { CollectionConfig, Field, LabelFunction } from 'payload'
import { describe, expect, it } from 'vitest'

import { withCollectionLabelsPerLanguage, withGlobalLabelsPerLanguage } from '@/lib/labelsPerLanguage'

// The part of Payload's i18n a label function reads (getTranslation: language, then the fallback).
const inLanguage = (language: string) => ({ i18n: { language, fallbackLanguage: 'zh', t: (key: string) => key }, t: (key: string) => key }) as never
const read = (label: unknown, language: string): unknown => (typeof label === 'function' ? (label as LabelFunction)(inLanguage(language)) : label)

const collection: CollectionConfig = {
  slug: 'stories',
  labels: { singular: { zh: '新闻稿', en: 'Story' }, plural: { zh: '新闻稿', en: 'Stories' } },
  fields: [
    { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' } },
    { name: 'plain', type: 'text', label: '只有中文' },
    {
      type: 'row',
      fields: [{ name: 'nested', type: 'checkbox', label: { zh: '头条推荐', en: 'Featured' } }],
    },
    {
      name: 'rows',
      type: 'array',
      labels: { singular: { zh: '行', en: 'Row' }, plural: { zh: '行', en: 'Rows' } },
      fields: [{ name: 'cell', type: 'text', label: { zh: '单元', en: 'Cell' } }],
    },
  ],
}

describe('labels per language as label functions', () => {
  it('should turn every { zh, en } label of a collection and its nested fields into a function resolved for the language asked', () => {
    const resolved = withCollectionLabelsPerLanguage(collection)
    const [title, plain, row, rows] = resolved.fields as [Field, Field, Field & { fields: Field[] }, Field & { fields: Field[]; labels: object }]
    expect(read(resolved.labels?.plural, 'zh')).toBe('新闻稿')
    expect(read(resolved.labels?.plural, 'en')).toBe('Stories')
    expect(read('label' in title && title.label, 'zh')).toBe('标题')
    expect(read('label' in title && title.label, 'en')).toBe('Title')
    // A language the label lacks falls back to Chinese.
    expect(read('label' in title && title.label, 'fr')).toBe('标题')
    expect('label' in plain && plain.label).toBe('只有中文')
    expect(read('label' in row.fields[0]! && row.fields[0].label, 'en')).toBe('Featured')
    expect(read((rows.labels as { singular: unknown }).singular, 'zh')).toBe('行')
    expect(read('label' in rows.fields[0]! && rows.fields[0].label, 'zh')).toBe('单元')
    // The config given is left as it was.
    expect(collection.labels?.plural).toEqual({ zh: '新闻稿', en: 'Stories' })
  })

  it("should turn a global's label into a function too", () => {
    const resolved = withGlobalLabelsPerLanguage({ slug: 'work-calendar', label: { zh: '工作日历', en: 'Work calendar' }, fields: [] })
    expect(read(resolved.label, 'zh')).toBe('工作日历')
    expect(read(resolved.label, 'en')).toBe('Work calendar')
  })
})
