import type { CollectionConfig } from 'payload'

import { ARRAY_LIMITS, collectionSlugs } from '@fengcai/shared'

import { draftsWrittenBy } from '@/access/roles'
import { bodyEditor } from '@/editor/richText'
import { newsroomFields } from '@/fields/newsroom'
import { publishedAtField } from '@/fields/publishedAt'
import { proofreadPanelField } from '@/fields/proofread'
import { returnedBannerField, reviewFields } from '@/fields/review'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { topicsField } from '@/fields/topics'
import { contentVersions } from '@/fields/versions'
import { deriveSummary } from '@/hooks/deriveSummary'
import { proofreadEndpoint } from '@/lib/proofreadEndpoint'
import { reviewEndpoint } from '@/lib/reviewEndpoint'
import { previewEndpoint, previewUrl, viewOnSite } from '@/lib/preview'
import { reviewHooks } from '@/hooks/enforceReview'
import { mergeHooks } from '@/hooks/mergeHooks'
import { rebuildHooks } from '@/hooks/triggerSiteRebuild'

import { countView } from './endpoints/countView'
import { importArticles } from './endpoints/importArticles'
import { keepLiveViewCount } from './hooks/keepLiveViewCount'

/** A news story about volunteers, with the byline and taxonomy the real articles carry. */
export const Stories: CollectionConfig = {
  slug: collectionSlugs.stories,
  labels: {
    singular: { zh: '新闻稿', en: 'Story' },
    plural: { zh: '新闻稿', en: 'Stories' },
  },
  admin: {
    useAsTitle: 'title',
    preview: previewUrl(collectionSlugs.stories),
    defaultColumns: ['title', 'column', 'district', 'publishedAt', '_status', 'reviewState'],
    listSearchableFields: ['title', 'summary', 'slug'],
    group: { zh: '内容', en: 'Content' },
    components: {
      edit: { beforeDocumentControls: [viewOnSite(collectionSlugs.stories)], PublishButton: '@/admin/ReviewPublishButton#ReviewPublishButton' },
      beforeList: ['@/collections/Stories/admin/ImportArticles#ImportArticles'],
    },
  },
  defaultSort: '-publishedAt',
  versions: contentVersions(),
  access: draftsWrittenBy({ writers: ['editor', 'reviewer'] }),
  endpoints: [
    countView,
    importArticles,
    previewEndpoint(collectionSlugs.stories),
    reviewEndpoint(collectionSlugs.stories),
    proofreadEndpoint(collectionSlugs.stories),
  ],
  hooks: mergeHooks({ beforeChange: [deriveSummary()] }, rebuildHooks({ drafts: true }), reviewHooks),
  fields: [
    returnedBannerField(),
    proofreadPanelField(),
    { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' }, required: true, maxLength: 120 },
    { name: 'subtitle', type: 'text', label: { zh: '副标题', en: 'Subtitle' }, maxLength: 120 },
    {
      name: 'summary',
      type: 'textarea',
      label: { zh: '摘要', en: 'Summary' },
      maxLength: 300,
      admin: { description: { zh: '留空则取正文开头。', en: 'Left empty, the opening of the body is used.' } },
    },
    slugField({ fallback: 'story' }),
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
    ...reviewFields(),
  ],
}
