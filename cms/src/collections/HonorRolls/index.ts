import { ARRAY_LIMITS, collectionSlugs, entryTypeLabels, honoreeTypes } from '@fengcai/shared'

import { chainedContentCollection } from '@/collections/chainedContent'
import { bodyEditor } from '@/editor/richText'
import { newsroomFields } from '@/fields/newsroom'
import { publishedAtField } from '@/fields/publishedAt'
import { seoFields } from '@/fields/seo'

/** 荣誉榜: the people, teams and projects an awarding body honoured in a year. */
export const HonorRolls = chainedContentCollection({
  slug: collectionSlugs.honorRolls,
  labels: { singular: { zh: '荣誉榜', en: 'Honour roll' }, plural: { zh: '荣誉榜', en: 'Honour rolls' } },
  fallbackSlug: 'honor',
  writers: ['editor', 'reviewer', 'notice-staff'],
  deleters: ['editor', 'reviewer'],
  columns: ['awardingBody', 'year'],
  defaultSort: '-publishedAt',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'awardingBody', type: 'text', label: { zh: '授予单位', en: 'Awarding body' }, required: true, maxLength: 120 },
        { name: 'year', type: 'number', label: { zh: '年度', en: 'Year' }, required: true, min: 1990, max: 2100 },
      ],
    },
    { name: 'intro', type: 'richText', label: { zh: '导语', en: 'Introduction' }, editor: bodyEditor },
    {
      name: 'entries',
      type: 'array',
      maxRows: ARRAY_LIMITS.honorEntries,
      label: { zh: '获奖名单', en: 'Entries' },
      labels: { singular: { zh: '获奖者', en: 'Entry' }, plural: { zh: '获奖者', en: 'Entries' } },
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'honoreeName', type: 'text', label: { zh: '名称', en: 'Honoree' }, required: true, maxLength: 120 },
            {
              name: 'type',
              type: 'select',
              label: { zh: '类别', en: 'Type' },
              required: true,
              options: honoreeTypes.map((value) => ({ value, label: entryTypeLabels[value] })),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'unit', type: 'text', label: { zh: '所在单位', en: 'Unit' }, maxLength: 120 },
            { name: 'award', type: 'text', label: { zh: '荣誉称号', en: 'Award' }, required: true, maxLength: 120 },
          ],
        },
        { name: 'organization', type: 'relationship', relationTo: collectionSlugs.organizations, label: { zh: '关联组织', en: 'Organisation' } },
        { name: 'story', type: 'relationship', relationTo: collectionSlugs.stories, label: { zh: '相关报道', en: 'Story' } },
        { name: 'photo', type: 'upload', relationTo: collectionSlugs.media, label: { zh: '照片', en: 'Photo' } },
      ],
    },
    newsroomFields(),
    publishedAtField(),
    seoFields(),
  ],
})
