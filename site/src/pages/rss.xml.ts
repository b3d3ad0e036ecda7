import type { APIRoute } from 'astro'

import { feed, feedDate } from '@/data/feeds'
import { loadSite } from '@/data/models'

export const GET: APIRoute = async ({ site }) => {
  const { stories } = await loadSite()
  return feed(
    site,
    '新闻',
    '志愿服务新闻与故事',
    stories.slice(0, 50).map((story) => ({
      title: story.title,
      link: story.href,
      description: [story.date?.label, story.summary].filter(Boolean).join(' · '),
      pubDate: feedDate(story.date?.iso),
      categories: story.column ? [story.column.name] : [],
    })),
  )
}
