import type { Field } from 'payload'

import { collectionSlugs } from '@fengcai/shared'

/** Search and social-card overrides; empty fields fall back to the title, summary and cover. */
export const seoFields = (): Field => ({
  name: 'seo',
  type: 'group',
  label: { zh: '搜索与分享', en: 'SEO' },
  admin: { position: 'sidebar' },
  fields: [
    { name: 'title', type: 'text', label: { zh: '搜索结果中的标题', en: 'SEO title' }, maxLength: 70 },
    { name: 'description', type: 'textarea', label: { zh: '搜索结果中的描述', en: 'SEO description' }, maxLength: 160 },
    {
      name: 'ogImage',
      type: 'upload',
      relationTo: collectionSlugs.media,
      label: { zh: '分享图', en: 'Social image' },
    },
  ],
})
