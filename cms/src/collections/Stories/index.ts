import { ARRAY_LIMITS, collectionSlugs } from '@fengcai/shared'

import { chainedContentCollection } from '@/collections/chainedContent'
import { bodyEditor } from '@/editor/richText'
import { newsroomFields } from '@/fields/newsroom'
import { publishedAtField } from '@/fields/publishedAt'
import { seoFields } from '@/fields/seo'
import { topicsField } from '@/fields/topics'
import { deriveSummary } from '@/hooks/deriveSummary'

import { countView } from './endpoints/countView'
import { importArticles } from './endpoints/importArticles'
import { keepLiveViewCount } from './hooks/keepLiveViewCount'

/** A news story about volunteers, with the byline and taxonomy the real articles carry. */
export const Stories = chainedContentCollection({
  slug: collectionSlugs.stories,
  labels: {
    singular: { zh: '新闻稿', en: 'Story' },
    plural: { zh: '新闻稿', en: 'Stories' },
  },
  fallbackSlug: 'story',
  writers: ['editor', 'reviewer'],
  columns: ['column', 'district', 'publishedAt'],
  defaultSort: '-publishedAt',
  listSearchableFields: ['title', 'summary', 'slug'],
  beforeList: ['@/collections/Stories/admin/ImportArticles#ImportArticles'],
  endpoints: [countView, importArticles],
  hooks: { beforeChange: [deriveSummary()] },
  underTitle: [
    { name: 'subtitle', type: 'text', label: { zh: '副标题', en: 'Subtitle' }, maxLength: 120 },
    {
      name: 'summary',
      type: 'textarea',
      label: { zh: '摘要', en: 'Summary' },
      maxLength: 300,
      admin: { description: { zh: '留空则取正文开头。', en: 'Left empty, the opening of the body is used.' } },
    },
  ],
  fields: [
    { name: 'cover', type: 'upload', relationTo: collectionSlugs.media, label: { zh: '封面图', en: 'Cover image' } },
    { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' }, editor: bodyEditor, required: true },
    {
      type: 'row',
      fields: [
        { name: 'column', type: 'relationship', relationTo: collectionSlugs.columns, label: { zh: '栏目', en: 'Column' } },
        { name: 'district', type: 'relationship', relationTo: collectionSlugs.districts, label: { zh: '区', en: 'District' } },
      ],
    },
    {
      name: 'organizations',
      type: 'relationship',
      relationTo: collectionSlugs.organizations,
      hasMany: true,
      maxRows: ARRAY_LIMITS.storyOrganizations,
      label: { zh: '相关组织', en: 'Organisations' },
    },
    topicsField(),
    { name: 'tags', type: 'text', hasMany: true, label: { zh: '标签', en: 'Tags' }, maxRows: 12 },
    newsroomFields(),
    publishedAtField(),
    {
      name: 'featured',
      type: 'checkbox',
      label: { zh: '头条推荐', en: 'Featured' },
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      name: 'relatedStories',
      type: 'relationship',
      relationTo: collectionSlugs.stories,
      hasMany: true,
      maxRows: 6,
      label: { zh: '相关报道', en: 'Related stories' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'viewCount',
      type: 'number',
      label: { zh: '阅读量', en: 'Views' },
      defaultValue: 0,
      min: 0,
      index: true,
      // Counted by the view beacon endpoint only; nobody edits it by hand.
      access: { create: () => false, update: () => false },
      hooks: { beforeChange: [keepLiveViewCount] },
      admin: { position: 'sidebar', readOnly: true },
    },
    seoFields(),
  ],
})
