import type { CollectionConfig, DateFieldValidation } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

import { readByAllWrittenBy } from '@/access/roles'
import { shanghaiDay } from '@/fields/dateDisplay'
import { slugField } from '@/fields/slug'
import { rebuildHooks } from '@/hooks/triggerSiteRebuild'

/** The period ends on or after the day it starts. */
const endsAfterStart: DateFieldValidation = (value, { siblingData }) => {
  const from = (siblingData as { periodFrom?: string | null }).periodFrom
  if (!value || !from) return true
  return new Date(value).getTime() >= new Date(from).getTime() ? true : '结束日期不能早于开始日期。'
}

/**
 * 专题专栏: a campaign (a city marathon, the import expo) whose page gathers the stories,
 * galleries, notices and 通知公告 filed under it (their `topics` field), with its own feed. No
 * drafts: a topic shows on the site once it has content, and in the menu when editors say so.
 */
export const Topics: CollectionConfig = {
  slug: collectionSlugs.topics,
  labels: { singular: { zh: '专题', en: 'Topic' }, plural: { zh: '专题专栏', en: 'Topics' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'periodFrom', 'periodTo', 'inMenu', 'order'], group: { zh: '分类', en: 'Taxonomy' } },
  defaultSort: 'order',
  access: readByAllWrittenBy('editor'),
  hooks: rebuildHooks({ drafts: false }),
  fields: [
    { name: 'title', type: 'text', label: { zh: '专题名称', en: 'Title' }, required: true, maxLength: 60 },
    slugField({ fallback: 'topic' }),
    { name: 'banner', type: 'upload', relationTo: collectionSlugs.media, label: { zh: '题图', en: 'Banner' } },
    { name: 'intro', type: 'textarea', label: { zh: '专题简介', en: 'Introduction' }, maxLength: 1000 },
    {
      type: 'row',
      fields: [
        { name: 'periodFrom', type: 'date', label: { zh: '开始日期', en: 'From' }, admin: { date: shanghaiDay } },
        { name: 'periodTo', type: 'date', label: { zh: '结束日期', en: 'To' }, admin: { date: shanghaiDay }, validate: endsAfterStart },
      ],
    },
    {
      name: 'inMenu',
      type: 'checkbox',
      label: { zh: '显示在导航菜单中', en: 'In the menu' },
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    { name: 'order', type: 'number', label: { zh: '排序', en: 'Order' }, defaultValue: 100, admin: { position: 'sidebar' } },
  ],
}
