import type { APIRoute, GetStaticPaths } from 'astro'

import { feed, feedDate } from '@/data/feeds'
import { loadSite } from '@/data/models'
import type { TopicPage } from '@/data/models'
import { keyed } from '@/data/pages'

const FEED_SIZE = 50

export const getStaticPaths = (async () => {
  const site = await loadSite()
  return keyed(
    site,
    // The newest 50 only, so an older item's change leaves the feed's key alone.
    site.topicPages.map(({ topic, items }) => ({ params: { slug: topic.slug }, props: { topic, items: items.slice(0, FEED_SIZE) } })),
  )
}) satisfies GetStaticPaths

/** A topic's own feed: its newest 50 pieces of every kind. */
export const GET: APIRoute = async ({ site, props }) => {
  const { topic, items } = props as TopicPage
  return feed(
    site,
    topic.title,
    topic.intro || `${topic.title}专题`,
    items.map((item) => ({
      title: item.title,
      link: item.href,
      description: [item.date?.label, item.summary].filter(Boolean).join(' · '),
      pubDate: feedDate(item.date?.iso),
      categories: [item.kind],
    })),
  )
}
