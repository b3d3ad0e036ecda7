import type { CollectionConfig } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'

/**
 * A news story about volunteers. The full newsroom model (columns, districts, body,
 * metadata) grows here; the site lists whatever is published.
 */
export const Stories: CollectionConfig = {
  slug: collectionSlugs.stories,
  labels: {
    singular: { zh: '新闻稿', en: 'Story' },
    plural: { zh: '新闻稿', en: 'Stories' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status'],
    group: { zh: '内容', en: 'Content' },
  },
  versions: {
    drafts: true,
    maxPerDoc: 20,
  },
  access: {
    read: publishedOrStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  fields: [
    { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' }, required: true, maxLength: 120 },
    {
      name: 'slug',
      type: 'text',
      label: { zh: '网址别名', en: 'Slug' },
      required: true,
      unique: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', label: { zh: '摘要', en: 'Summary' }, maxLength: 300 },
    {
      name: 'publishedAt',
      type: 'date',
      label: { zh: '发布时间', en: 'Published at' },
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
