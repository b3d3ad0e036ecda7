import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'

import { loadSite } from '@/data/models'

export const GET: APIRoute = async ({ site }) => {
  const { stories } = await loadSite()
  return rss({
    title: '风采 · 新闻',
    description: '志愿服务新闻与故事',
    site: site ?? 'http://localhost:4321',
    customData: '<language>zh-cn</language>',
    items: stories.slice(0, 50).map((story) => ({
      title: story.title,
      link: story.href,
      description: story.summary,
      pubDate: story.date ? new Date(`${story.date.iso}T00:00:00+08:00`) : undefined,
      categories: story.column ? [story.column.name] : [],
    })),
  })
}
