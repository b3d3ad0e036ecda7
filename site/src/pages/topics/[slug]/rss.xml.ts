import type { APIRoute, GetStaticPaths } from 'astro'

import { feed, feedDate } from '@/data/feeds'
import { loadSite } from '@/data/models'
import type { TopicPage } from '@/data/models'
import { keyed } from '@/data/pages'

export const getStaticPaths = (async () => {
  const site = await loadSite()
  return keyed(
    site,
    site.topicPages.map((page) => ({ params: { slug: page.topic.slug }, props: page })),
  )
}) satisfies GetStaticPaths

/** A topic's own feed: its newest 50 pieces of every kind. */
export const GET: APIRoute = async ({ site, props }) => {
  const { topic, items } = props as TopicPage
  return feed(
    site,
    topic.title,
    topic.intro || `${topic.title}专题`,
    items.slice(0, 50).map((item) => ({
      title: item.title,
      link: item.href,
      description: [item.date?.label, item.summary].filter(Boolean).join(' · '),
      pubDate: feedDate(item.date?.iso),
      categories: [item.kind],
    })),
  )
}
