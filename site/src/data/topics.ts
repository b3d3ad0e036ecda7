/**
 * 专题专栏: a campaign's page gathering the stories, galleries, notices and 通知公告 filed under
 * it (their `topics` field), newest first, with its own feed; the topics editors put in the menu.
 */
import { z } from 'zod'

import { TOPIC_FEED } from '@fengcai/shared'
import type { Topic as TopicDoc } from '@fengcai/shared/payload-types'

import { dateLabel, id, refId, relation, text } from './common'
import type { DateLabel, Link } from './common'
import type { Lookup } from './context'
import { toImage } from './media'
import type { Image } from './media'
import { pageOf } from './routes'
import type { FieldsOf, RawDoc } from './raw'

export const topicSchema = z.object({
  id,
  title: z.string(),
  slug: z.string(),
  banner: relation,
  intro: text,
  periodFrom: z.string().nullish(),
  periodTo: z.string().nullish(),
  inMenu: z.boolean().nullish(),
  order: z.number().nullish(),
} satisfies FieldsOf<TopicDoc>)

/** What a list of topics (the /topics/ index, a home page block) shows of one. */
export type Topic = {
  id: string
  title: string
  slug: string
  href: string
  feedHref: string
  intro: string
  banner: Image | null
  period: { from: DateLabel | null; to: DateLabel | null }
  inMenu: boolean
}

/** One piece of content on a topic's page. */
export type TopicItem = { kind: '新闻' | '图集' | '公示' | '通知公告'; title: string; href: string; date: DateLabel | null; summary: string }

export type TopicPage = { topic: Topic; items: TopicItem[] }

export const toTopic = (raw: RawDoc, lookups: { media: Lookup<RawDoc> }): Topic => {
  const parsed = topicSchema.parse(raw)
  const href = pageOf('topics', parsed.slug)
  return {
    id: parsed.id,
    title: parsed.title,
    slug: parsed.slug,
    href,
    feedHref: `${href}${TOPIC_FEED}`,
    intro: parsed.intro,
    banner: toImage(lookups.media(parsed.banner), 'card'),
    period: { from: dateLabel(parsed.periodFrom), to: dateLabel(parsed.periodTo) },
    inMenu: Boolean(parsed.inMenu),
  }
}

/** A document filed under topics: its raw `topics` ids and how it shows on a topic page. */
export type Filed = { topics: unknown; item: TopicItem }

/** Each topic with its content, newest first (by the date each kind is listed by; then by title). */
export const topicPages = (topics: readonly Topic[], filed: readonly Filed[]): TopicPage[] => {
  const byTopic = new Map<string, TopicItem[]>(topics.map((topic) => [topic.id, []]))
  for (const { topics: ids, item } of filed) {
    for (const topicId of new Set(Array.isArray(ids) ? ids.map(refId) : [])) if (topicId) byTopic.get(topicId)?.push(item)
  }
  const newestFirst = (a: TopicItem, b: TopicItem) => (b.date?.iso ?? '').localeCompare(a.date?.iso ?? '') || a.href.localeCompare(b.href)
  return topics.map((topic) => ({ topic, items: (byTopic.get(topic.id) ?? []).sort(newestFirst) }))
}

/** The menu's topic entries: those editors put there, in their order. */
export const topicsInMenu = (topics: readonly Topic[]): Link[] =>
  topics.filter((topic) => topic.inMenu).map((topic) => ({ name: topic.title, href: topic.href }))
