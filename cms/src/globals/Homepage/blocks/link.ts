import type { Field, TextFieldSingleValidation } from 'payload'

import { collectionSlugs, homeLinkUrlProblem } from '@fengcai/shared'

/** A link's address, checked as the site will write it (http(s) or an address on this site). */
export const linkUrlValidate: TextFieldSingleValidation = (value) => homeLinkUrlProblem(value) ?? true

type Sibling = { linkType?: string }

/**
 * Where a slide leads: one of the stories, a 专题, or any address (another platform). The site
 * drops the link of a story that is no longer published.
 */
export const slideLinkFields = (): Field[] => [
  {
    name: 'linkType',
    type: 'radio',
    label: { zh: '链接到', en: 'Links to' },
    defaultValue: 'story',
    options: [
      { label: { zh: '新闻', en: 'Story' }, value: 'story' },
      { label: { zh: '专题', en: 'Topic' }, value: 'topic' },
      { label: { zh: '网址', en: 'URL' }, value: 'url' },
    ],
    admin: { layout: 'horizontal' },
  },
  {
    name: 'story',
    type: 'relationship',
    relationTo: collectionSlugs.stories,
    label: { zh: '新闻', en: 'Story' },
    admin: { condition: (_, sibling: Sibling) => sibling?.linkType !== 'url' && sibling?.linkType !== 'topic' },
    validate: (value: unknown, { siblingData }: { siblingData: Sibling }) =>
      (siblingData?.linkType ?? 'story') === 'story' && !value ? '请选择要链接的新闻。' : true,
  },
  {
    name: 'topic',
    type: 'relationship',
    relationTo: collectionSlugs.topics,
    label: { zh: '专题', en: 'Topic' },
    admin: { condition: (_, sibling: Sibling) => sibling?.linkType === 'topic' },
    validate: (value: unknown, { siblingData }: { siblingData: Sibling }) => (siblingData?.linkType === 'topic' && !value ? '请选择要链接的专题。' : true),
  },
  {
    name: 'url',
    type: 'text',
    label: { zh: '网址', en: 'URL' },
    admin: { condition: (_, sibling: Sibling) => sibling?.linkType === 'url' },
    validate: (value: string | null | undefined, { siblingData }: { siblingData: Sibling }) =>
      siblingData?.linkType === 'url' && !value ? '请填写网址。' : (homeLinkUrlProblem(value) ?? true),
  },
]

/** A labelled link (服务入口, 友情链接): what readers see, and where it goes. */
export const labelledLinkFields = (): Field[] => [
  { name: 'label', type: 'text', label: { zh: '名称', en: 'Label' }, required: true, maxLength: 40 },
  { name: 'url', type: 'text', label: { zh: '网址', en: 'URL' }, required: true, validate: linkUrlValidate },
]

/** The block's own heading on the site; empty: the kind's name (焦点图, 公示 …). */
export const headingField = (): Field => ({
  name: 'heading',
  type: 'text',
  label: { zh: '标题（可选）', en: 'Heading (optional)' },
  maxLength: 30,
})

/** How many items a list block shows. */
export const countField = (defaultValue: number, max: number): Field => ({
  name: 'count',
  type: 'number',
  label: { zh: '显示条数', en: 'Items shown' },
  defaultValue,
  min: 1,
  max,
  required: true,
  admin: { step: 1 },
})
