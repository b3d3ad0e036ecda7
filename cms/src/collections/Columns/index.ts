import type { CollectionConfig } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

import { readByAllWrittenBy } from '@/access/roles'
import { slugField } from '@/fields/slug'
import { rebuildHooks } from '@/hooks/triggerSiteRebuild'

export const Columns: CollectionConfig = {
  slug: collectionSlugs.columns,
  labels: { singular: { zh: '栏目', en: 'Column' }, plural: { zh: '栏目', en: 'Columns' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'order'], group: { zh: '分类', en: 'Taxonomy' } },
  defaultSort: 'order',
  access: readByAllWrittenBy('editor'),
  hooks: rebuildHooks({ drafts: false }),
  fields: [
    { name: 'name', type: 'text', label: { zh: '名称', en: 'Name' }, required: true, maxLength: 40 },
    slugField({ from: 'name', fallback: 'column' }),
    {
      name: 'kind',
      type: 'select',
      label: { zh: '类型', en: 'Kind' },
      required: true,
      defaultValue: 'regular',
      options: [
        { value: 'regular', label: { zh: '常设栏目', en: 'Regular column' } },
        { value: 'special', label: { zh: '专题专栏', en: 'Special column' } },
      ],
    },
    { name: 'description', type: 'textarea', label: { zh: '简介', en: 'Description' }, maxLength: 300 },
    { name: 'order', type: 'number', label: { zh: '排序', en: 'Order' }, defaultValue: 100, admin: { position: 'sidebar' } },
  ],
}
