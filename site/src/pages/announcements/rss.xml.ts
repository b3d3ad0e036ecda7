import type { APIRoute } from 'astro'

import { feed, feedDate } from '@/data/feeds'
import { loadSite } from '@/data/models'

export const GET: APIRoute = async ({ site }) => {
  const { announcements } = await loadSite()
  return feed(
    site,
    '通知公告',
    '志愿服务活动通知、招募与服务公告',
    announcements.slice(0, 50).map((announcement) => ({
      title: announcement.title,
      link: announcement.href,
      description: announcement.summary || announcement.attachments.map((attachment) => `${attachment.title}（${attachment.label}）`).join('、'),
      pubDate: feedDate(announcement.date?.iso),
      categories: ['通知公告'],
    })),
  )
}
