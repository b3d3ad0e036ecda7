import type { CollectionConfig } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

import { readByAllWrittenBy } from '@/access/roles'
import { slugField } from '@/fields/slug'
import { rebuildHooks } from '@/hooks/triggerSiteRebuild'

export const Districts: CollectionConfig = {
  slug: collectionSlugs.districts,
  labels: { singular: { zh: '区', en: 'District' }, plural: { zh: '区', en: 'Districts' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'order'], group: { zh: '分类', en: 'Taxonomy' } },
  defaultSort: 'order',
  access: readByAllWrittenBy('editor'),
  hooks: rebuildHooks({ drafts: false }),
  fields: [
    { name: 'name', type: 'text', label: { zh: '名称', en: 'Name' }, required: true, maxLength: 20 },
    slugField({ from: 'name', fallback: 'district' }),
    {
      name: 'description',
      type: 'textarea',
      label: { zh: '简介', en: 'Introduction' },
      maxLength: 1000,
      admin: { description: { zh: '显示在网站的区页面顶部。', en: 'Shown at the top of the district page.' } },
    },
    { name: 'order', type: 'number', label: { zh: '排序', en: 'Order' }, defaultValue: 100, admin: { position: 'sidebar' } },
  ],
}
