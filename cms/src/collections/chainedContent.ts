import type { CollectionAdminOptions, CollectionConfig, Endpoint, Field } from 'payload'

import type { CollectionSlug, Role } from '@fengcai/shared'

import { draftsWrittenBy } from '@/access/roles'
import { proofreadPanelField } from '@/fields/proofread'
import { returnedBannerField, reviewFields } from '@/fields/review'
import { slugField } from '@/fields/slug'
import { contentVersions } from '@/fields/versions'
import { reviewHooks } from '@/hooks/enforceReview'
import { mergeHooks } from '@/hooks/mergeHooks'
import type { CollectionHooks } from '@/hooks/mergeHooks'
import { rebuildHooks } from '@/hooks/triggerSiteRebuild'
import { previewEndpoint, previewUrl, viewOnSite } from '@/lib/preview'
import { proofreadEndpoint } from '@/lib/proofreadEndpoint'
import { reviewEndpoint } from '@/lib/reviewEndpoint'

type ChainedContentOptions = {
  slug: CollectionSlug
  labels: CollectionConfig['labels']
  /** The slug's prefix for a title that gives no letters (fields/slug.ts). */
  fallbackSlug: string
  /** Slugs the site keeps for pages of its own in the section. */
  reservedSlugs?: readonly string[]
  /** Who reads drafts, writes and publishes (admins always); `deleters` default to them. */
  writers: Role[]
  deleters?: Role[]
  /** The list's columns between the title and the status and review state every kind shows. */
  columns: string[]
  defaultSort: string
  group?: CollectionAdminOptions['group']
  listSearchableFields?: string[]
  beforeList?: NonNullable<CollectionAdminOptions['components']>['beforeList']
  /** The kind's own endpoints, before the preview, review and proofread ones. */
  endpoints?: Endpoint[]
  /** The kind's own hooks, run before the site rebuild's and the review chain's. */
  hooks?: CollectionHooks
  /** Fields the form shows under the title, listed ahead of the slug (a story's subtitle and summary). */
  underTitle?: Field[]
  /** The kind's own fields, after the title and slug and before the review step's sidebar. */
  fields: Field[]
}

/**
 * A content kind that goes through the review chain (站点设置 → 审核流程): drafts and versions,
 * 送审 / 通过 / 退回 / 发布 buttons and the review hooks, preview, 校对, the returned banner, a
 * title and a pinyin slug, and a site rebuild on publish. A kind is this call plus what is its own,
 * so none can leave out a part; it must also be listed in collections/ReviewNotes/access.ts
 * (`draftReaders`), shared/src/proofread/document.ts and shared/src/site-paths.ts
 * (tests/unit/cms/collections/chainedContent.test.ts checks all of this).
 */
export const chainedContentCollection = (options: ChainedContentOptions): CollectionConfig => {
  const { slug } = options
  return {
    slug,
    labels: options.labels,
    admin: {
      useAsTitle: 'title',
      components: {
        edit: { beforeDocumentControls: [viewOnSite(slug)], PublishButton: '@/admin/ReviewPublishButton#ReviewPublishButton' },
        ...(options.beforeList && { beforeList: options.beforeList }),
      },
      preview: previewUrl(slug),
      defaultColumns: ['title', ...options.columns, '_status', 'reviewState'],
      ...(options.listSearchableFields && { listSearchableFields: options.listSearchableFields }),
      group: options.group ?? { zh: '内容', en: 'Content' },
    },
    endpoints: [...(options.endpoints ?? []), previewEndpoint(slug), reviewEndpoint(slug), proofreadEndpoint(slug)],
    defaultSort: options.defaultSort,
    versions: contentVersions(),
    access: draftsWrittenBy({ writers: options.writers, deleters: options.deleters }),
    hooks: mergeHooks(options.hooks, rebuildHooks({ drafts: true }), reviewHooks),
    fields: [
      returnedBannerField(),
      proofreadPanelField(),
      { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' }, required: true, maxLength: 120 },
      ...(options.underTitle ?? []),
      slugField({ fallback: options.fallbackSlug, reserved: options.reservedSlugs }),
      ...options.fields,
      ...reviewFields(),
    ],
  }
}
