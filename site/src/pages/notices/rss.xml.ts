import type { APIRoute } from 'astro'

import { feed, feedDate } from '@/data/feeds'
import { loadSite } from '@/data/models'

export const GET: APIRoute = async ({ site }) => {
  const { notices } = await loadSite()
  return feed(
    site,
    '公示',
    '拟表彰对象公示：公示期内欢迎社会各界提出意见',
    notices.slice(0, 50).map((notice) => ({
      title: notice.title,
      link: notice.href,
      description: `公示期：${notice.period.opens.label}至${notice.period.lastDay.label}。公示对象：${notice.nominees.map((nominee) => nominee.name).join('、')}`,
      pubDate: feedDate(notice.date?.iso),
      categories: ['公示'],
    })),
  )
}
