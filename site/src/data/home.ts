/**
 * 首页版块: the home page's blocks in the order editors put them (the 首页版块 global), each
 * resolved against the published content; without any, a default order. One mapper a kind
 * (`mappers`, keyed as shared/src/home-blocks.ts names the kinds); the renderers are in
 * src/components/home. A link to a story no longer published, a slide whose picture was deleted,
 * an address that is not http(s) or on this site: left out.
 */
import { z } from 'zod'

import { homeBlockKinds, homeLinkUrlProblem, serviceIcons } from '@fengcai/shared'
import type { HomeBlockKind, ServiceIcon } from '@fengcai/shared'

import type { Announcement } from './announcements'
import { relation, text } from './common'
import type { Link } from './common'
import type { Lookup } from './context'
import type { Gallery } from './galleries'
import type { HonorRoll } from './honors'
import { toImage } from './media'
import type { Image } from './media'
import type { Notice } from './notices'
import type { RawDoc } from './raw'
import { sections } from './routes'
import type { StoryCard } from './stories'
import type { Taxonomy } from './taxonomy'
import type { Topic } from './topics'

// A block has only its own kind's fields: every other is absent.
const maybe = relation.optional()
const rawBlockSchema = z.object({
  blockType: z.string(),
  heading: text,
  count: z.number().nullish(),
  slides: z.array(z.object({ image: maybe, caption: text, linkType: text, story: maybe, topic: maybe, url: text })).nullish(),
  story: maybe,
  related: z.array(maybe).nullish(),
  column: maybe,
  topics: z.array(maybe).nullish(),
  links: z.array(z.object({ label: text, url: text, icon: text })).nullish(),
})

type RawBlock = z.infer<typeof rawBlockSchema>

export type Slide = { image: Image; caption: string; href: string | null }
export type ServiceLink = Link & { icon: ServiceIcon }

/** What each kind of block shows (besides its kind, heading and anchor). */
export type HomeBlockContent = {
  carousel: { slides: Slide[] }
  headline: { story: StoryCard; related: Link[] }
  openNotices: { notices: Notice[] }
  announcements: { announcements: Announcement[] }
  topics: { topics: Topic[] }
  columnNews: { stories: StoryCard[]; more: Link; defaultHeading: string }
  honors: { rolls: HonorRoll[] }
  galleries: { galleries: Gallery[] }
  services: { links: ServiceLink[] }
  friendLinks: { links: Link[] }
}

export type HomeBlock = { [K in HomeBlockKind]: { kind: K; heading: string; anchor: string } & HomeBlockContent[K] }[HomeBlockKind]

export type HomeContext = {
  /** Published stories, newest first. */
  stories: StoryCard[]
  story: Lookup<StoryCard>
  column: Lookup<Taxonomy>
  media: Lookup<RawDoc>
  notices: Notice[]
  honorRolls: HonorRoll[]
  galleries: Gallery[]
  /** Published 通知公告, newest first. */
  announcements: Announcement[]
  /** 专题, in their order. */
  topics: Topic[]
  topic: Lookup<Topic>
  /** Stories a block above already shows (the 头条's), left out of the latest news. */
  shown: Set<string>
}

const countOf = (raw: RawBlock, fallback: number): number => Math.max(1, Math.min(raw.count ?? fallback, 12))
const isUsableUrl = (url: string): boolean => Boolean(url) && homeLinkUrlProblem(url) === null
const present = <T>(value: T | null): value is T => value !== null

/** The 头条: the editors' story, else (not published, or no block) the first featured or newest story. */
const headline = (raw: RawBlock, context: HomeContext): HomeBlockContent['headline'] | null => {
  const featured = context.stories.filter((story) => story.featured).slice(0, 3)
  const chosen = context.story(raw.story)
  const story = chosen ?? featured[0] ?? context.stories[0]
  if (!story) return null
  const related = (chosen ? (raw.related ?? []).map(context.story).filter(present) : featured.slice(1)).filter((other) => other.id !== story.id)
  for (const shown of [story, ...related]) context.shown.add(shown.id)
  return { story, related: related.map((other) => ({ name: other.title, href: other.href })) }
}

const mappers: { [K in HomeBlockKind]: (raw: RawBlock, context: HomeContext) => HomeBlockContent[K] | null } = {
  carousel: (raw, context) => {
    const slides = (raw.slides ?? [])
      .map((slide) => {
        const image = toImage(context.media(slide.image), 'full')
        if (!image) return null
        const href =
          slide.linkType === 'url'
            ? isUsableUrl(slide.url)
              ? slide.url
              : null
            : ((slide.linkType === 'topic' ? context.topic(slide.topic) : context.story(slide.story))?.href ?? null)
        return { image, caption: slide.caption, href }
      })
      .filter(present)
    return slides.length ? { slides } : null
  },
  headline,
  openNotices: (raw, context) => {
    const notices = context.notices.filter((notice) => notice.status === 'open').slice(0, countOf(raw, 5))
    return notices.length ? { notices } : null
  },
  announcements: (raw, context) => {
    const announcements = context.announcements.slice(0, countOf(raw, 5))
    return announcements.length ? { announcements } : null
  },
  topics: (raw, context) => {
    const chosen = (raw.topics ?? []).map(context.topic).filter(present)
    const topics = (chosen.length ? chosen : context.topics).slice(0, countOf(raw, 3))
    return topics.length ? { topics } : null
  },
  columnNews: (raw, context) => {
    const column = context.column(raw.column)
    const stories = context.stories.filter((story) => (column ? story.column?.href === column.href : !context.shown.has(story.id))).slice(0, countOf(raw, 6))
    return column
      ? { stories, more: { name: `更多${column.name}`, href: column.href }, defaultHeading: column.name }
      : { stories, more: { name: '更多新闻', href: sections.stories }, defaultHeading: homeBlockKinds.columnNews }
  },
  honors: (raw, context) => {
    const rolls = context.honorRolls.slice(0, countOf(raw, 4))
    return rolls.length ? { rolls } : null
  },
  galleries: (raw, context) => {
    const galleries = context.galleries.slice(0, countOf(raw, 3))
    return galleries.length ? { galleries } : null
  },
  services: (raw) => {
    const links = (raw.links ?? [])
      .filter((link) => link.label && isUsableUrl(link.url))
      .map((link) => ({ name: link.label, href: link.url, icon: (link.icon in serviceIcons ? link.icon : 'register') as ServiceIcon }))
    return links.length ? { links } : null
  },
  friendLinks: (raw) => {
    const links = (raw.links ?? []).filter((link) => link.label && isUsableUrl(link.url)).map((link) => ({ name: link.label, href: link.url }))
    return links.length ? { links } : null
  },
}

/** The home page of a site whose editors have arranged nothing (or saved no block). */
const DEFAULT_ORDER: RawBlock[] = (['headline', 'openNotices', 'announcements', 'columnNews', 'topics', 'honors', 'galleries'] as const).map((blockType) => ({
  ...rawBlockSchema.parse({ blockType }),
  count: blockType === 'columnNews' ? 9 : null,
}))

/** Headings the site gives a block the editors left without one, where the kind's name would not do. */
const siteHeadings: Partial<Record<HomeBlockKind, string>> = { openNotices: '正在公示' }

const isKind = (value: string): value is HomeBlockKind => value in homeBlockKinds

/** The blocks of the home page, in order, from the 首页版块 global (as the public API gives it). */
export const toHomeBlocks = (raw: Record<string, unknown> | undefined, context: HomeContext): HomeBlock[] => {
  const given = z
    .object({ blocks: z.array(z.unknown()).nullish() })
    .parse(raw ?? {})
    .blocks?.map((block) => rawBlockSchema.safeParse(block))
    .filter((parsed) => parsed.success)
    .map((parsed) => parsed.data)
  const blocks = given?.length ? given : DEFAULT_ORDER
  const home: HomeBlock[] = []
  for (const [index, block] of blocks.entries()) {
    if (!isKind(block.blockType)) continue
    const kind = block.blockType
    const content = mappers[kind](block, context)
    if (!content) continue
    const heading = block.heading || (content as { defaultHeading?: string }).defaultHeading || siteHeadings[kind] || homeBlockKinds[kind]
    home.push({ kind, heading, anchor: `home-${index + 1}`, ...content } as HomeBlock)
  }
  return home
}
