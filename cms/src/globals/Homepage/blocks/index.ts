/**
 * The 首页版块 editors choose from, one config a kind (named as shared/src/home-blocks.ts names
 * them; the site renders each kind with its component in site/src/components/home). A new kind
 * is one entry here and one renderer there.
 */
import type { Block, Field } from 'payload'

import { ARRAY_LIMITS, CAROUSEL_SLIDES, carouselSlideCountProblem, collectionSlugs, homeBlockKinds, serviceIcons } from '@fengcai/shared'
import type { HomeBlockKind } from '@fengcai/shared'

import { countField, headingField, labelledLinkFields, slideLinkFields } from './link'

/**
 * A kind's slug, admin labels and type name (GraphQL and the generated types): `Home…`, since a
 * block's GraphQL type is otherwise named after its slug, and `galleries` clashed with the
 * collection's `Galleries` (the GraphQL schema could not be built).
 */
const kind = (slug: HomeBlockKind, en: string) => ({
  slug,
  labels: { singular: { zh: homeBlockKinds[slug], en }, plural: { zh: homeBlockKinds[slug], en } },
  interfaceName: `Home${slug[0]?.toUpperCase()}${slug.slice(1)}`,
})

/** The number of rows an array validator is given: the rows (server) or their count (admin form). */
const rowCount = (value: unknown): number => (Array.isArray(value) ? value.length : typeof value === 'number' ? value : 0)

/**
 * Required on save, yet not NOT NULL in the database: deleting the picture or story a block shows
 * then empties the field (the site leaves the slide out, or falls back to the newest story)
 * instead of failing the delete on the column's constraint.
 */
const chosen =
  (message: string) =>
  (value: unknown): true | string =>
    value === null || value === undefined || value === '' ? message : true

const carousel: Block = {
  ...kind('carousel', 'Carousel'),
  fields: [
    {
      name: 'slides',
      type: 'array',
      label: { zh: '幻灯片', en: 'Slides' },
      labels: { singular: { zh: '幻灯片', en: 'Slide' }, plural: { zh: '幻灯片', en: 'Slides' } },
      minRows: CAROUSEL_SLIDES.min,
      maxRows: CAROUSEL_SLIDES.max,
      validate: (value: unknown) => carouselSlideCountProblem(rowCount(value)) ?? true,
      admin: { description: { zh: `${CAROUSEL_SLIDES.min}–${CAROUSEL_SLIDES.max} 张，按顺序显示，不自动轮播。`, en: 'Shown in this order; no autoplay.' } },
      fields: [
        { name: 'image', type: 'upload', relationTo: collectionSlugs.media, label: { zh: '图片', en: 'Image' }, validate: chosen('请选择图片。') },
        { name: 'caption', type: 'text', label: { zh: '说明文字', en: 'Caption' }, required: true, maxLength: 60 },
        ...slideLinkFields(),
      ],
    },
  ],
}

const headline: Block = {
  ...kind('headline', 'Headline'),
  fields: [
    {
      name: 'story',
      type: 'relationship',
      relationTo: collectionSlugs.stories,
      label: { zh: '头条新闻', en: 'Lead story' },
      validate: chosen('请选择头条新闻。'),
    },
    {
      name: 'related',
      type: 'relationship',
      relationTo: collectionSlugs.stories,
      hasMany: true,
      maxRows: ARRAY_LIMITS.headlineLinks,
      label: { zh: '副题链接（可选）', en: 'Sub-headline links (optional)' },
    },
  ],
}

const listOf = (slug: HomeBlockKind, en: string, count: number, max: number, more: Block['fields'] = []): Block => ({
  ...kind(slug, en),
  fields: [{ type: 'row', fields: [headingField(), countField(count, max)] }, ...more],
})

const columnNews = listOf('columnNews', 'Latest stories', 6, 12, [
  {
    name: 'column',
    type: 'relationship',
    relationTo: collectionSlugs.columns,
    label: { zh: '栏目', en: 'Column' },
    admin: { description: { zh: '留空则显示所有栏目的最新新闻。', en: 'Empty: the latest of every column.' } },
  },
])

/** The links of a 服务入口 or 友情链接 block, each row named `row`. */
const linkList = (row: { zh: string; en: string }, plural: { zh: string; en: string }, fields: Field[]): Field => ({
  name: 'links',
  type: 'array',
  label: plural,
  labels: { singular: row, plural },
  maxRows: ARRAY_LIMITS.homeLinks,
  fields,
})

const services: Block = {
  ...kind('services', 'Service links'),
  fields: [
    headingField(),
    linkList({ zh: '入口', en: 'Link' }, { zh: '入口', en: 'Links' }, [
      {
        name: 'icon',
        type: 'select',
        label: { zh: '图标', en: 'Icon' },
        required: true,
        defaultValue: 'register',
        options: Object.entries(serviceIcons).map(([value, label]) => ({ value, label })),
      },
      ...labelledLinkFields(),
    ]),
  ],
}

const friendLinks: Block = {
  ...kind('friendLinks', 'Friendly links'),
  fields: [headingField(), linkList({ zh: '链接', en: 'Link' }, { zh: '链接', en: 'Links' }, labelledLinkFields())],
}

const topics = listOf('topics', 'Topics', 3, ARRAY_LIMITS.homeTopics, [
  {
    name: 'topics',
    type: 'relationship',
    relationTo: collectionSlugs.topics,
    hasMany: true,
    maxRows: ARRAY_LIMITS.homeTopics,
    label: { zh: '专题（可选）', en: 'Topics (optional)' },
    admin: { description: { zh: '按此顺序显示；留空则按专题的排序显示前几个。', en: 'Shown in this order; empty: the first topics by their order.' } },
  },
])

/** In the order the admin's 添加版块 offers them. */
export const homeBlocks: Block[] = [
  carousel,
  headline,
  listOf('openNotices', 'Open notices', 5, 10),
  listOf('announcements', 'Announcements', 5, 10),
  topics,
  columnNews,
  listOf('honors', 'Honour rolls', 4, 8),
  listOf('galleries', 'Galleries', 3, 6),
  services,
  friendLinks,
]
