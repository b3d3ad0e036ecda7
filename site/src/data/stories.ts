/** News stories: the cards lists show, and the full story page. */
import { z } from 'zod'

import { collectionSlugs } from '@fengcai/shared'
import type { Story as StoryDoc } from '@fengcai/shared/payload-types'

import { cmsPublicUrl } from './client'
import { dateLabel, id, newsroom, relation, seo, seoSchema, text } from './common'
import type { DateLabel, Link, Seo } from './common'
import type { Lookup } from './context'
import { toImage } from './media'
import type { Image } from './media'
import { htmlOfRichText } from './rendered-text'
import { pageOf } from './routes'
import { termTokens } from './search-terms'
import type { FieldsOf, RawDoc } from './raw'

export const storySchema = z.object({
  id,
  title: z.string(),
  subtitle: text,
  summary: text,
  slug: z.string(),
  cover: relation,
  body: z.unknown(),
  column: relation,
  district: relation,
  organizations: z.array(relation).nullish(),
  tags: z.array(z.string()).nullish(),
  topics: z.array(relation).nullish(),
  ...newsroom,
  publishedAt: z.string().nullish(),
  featured: z.boolean().nullish(),
  relatedStories: z.array(relation).nullish(),
  viewCount: z.number().nullish(),
  seo: seoSchema,
} satisfies FieldsOf<StoryDoc>)

export type ParsedStory = z.infer<typeof storySchema>

export type StoryCard = {
  id: string
  title: string
  href: string
  summary: string
  date: DateLabel | null
  cover: Image | null
  column: Link | null
  featured: boolean
}

export type Story = StoryCard & {
  slug: string
  subtitle: string
  bodyHtml: string
  district: Link | null
  organizations: Link[]
  tags: string[]
  source: string
  correspondent: string
  reporter: string
  responsibleEditor: string
  viewCount: number
  /** Where the page-view beacon posts to (the CMS, as readers' browsers reach it). */
  viewEndpoint: string
  related: StoryCard[]
  /** The search tokens of its column, district and organisations (./search-terms). */
  searchTerms: string[]
  /** 上一篇 / 下一篇: the stories before and after this one in its column's list (newest first). */
  previous: Link | null
  next: Link | null
  coverFull: Image | null
  seo: Seo
}

export type StoryLookups = {
  media: Lookup<RawDoc>
  column: Lookup<Link>
  district: Lookup<Link>
  organization: Lookup<Link>
  card: Lookup<StoryCard>
  richText: (data: unknown) => unknown
}

export const toStoryCard = (story: ParsedStory, lookups: Pick<StoryLookups, 'media' | 'column'>): StoryCard => ({
  id: story.id,
  title: story.title,
  href: pageOf('stories', story.slug),
  summary: story.summary,
  date: dateLabel(story.publishedAt),
  cover: toImage(lookups.media(story.cover), 'card'),
  column: lookups.column(story.column),
  featured: Boolean(story.featured),
})

export const toStory = (story: ParsedStory, card: StoryCard, lookups: StoryLookups): Story => ({
  ...card,
  slug: story.slug,
  subtitle: story.subtitle,
  bodyHtml: htmlOfRichText(story.body, lookups.richText),
  district: lookups.district(story.district),
  organizations: (story.organizations ?? []).map(lookups.organization).filter((value): value is Link => Boolean(value)),
  tags: story.tags ?? [],
  source: story.source,
  correspondent: story.correspondent,
  reporter: story.reporter,
  responsibleEditor: story.responsibleEditor,
  viewCount: story.viewCount ?? 0,
  viewEndpoint: `${cmsPublicUrl()}/api/${collectionSlugs.stories}/${encodeURIComponent(story.id)}/view`,
  related: (story.relatedStories ?? []).map(lookups.card).filter((value): value is StoryCard => Boolean(value)),
  searchTerms: termTokens([
    ['columns', story.column, lookups.column],
    ['districts', story.district, lookups.district],
    ...(story.organizations ?? []).map((org): ['organizations', unknown, Lookup<Link>] => ['organizations', org, lookups.organization]),
  ]),
  previous: null,
  next: null,
  coverFull: toImage(lookups.media(story.cover), 'full'),
  seo: seo(story.seo, story.title, story.summary, story.cover, lookups.media),
})
