import type { APIRoute } from 'astro'

import { feed, feedDate } from '@/data/feeds'
import { loadSite } from '@/data/models'
import { outcomeSummary } from '@/data/notice-outcomes'

export const GET: APIRoute = async ({ site }) => {
  const { notices } = await loadSite()
  const items = notices.map((notice) => ({
    title: notice.title,
    link: notice.href,
    description: `公示期：${notice.period.opens.label}至${notice.period.lastDay.label}。公示对象：${notice.nominees.map((nominee) => nominee.name).join('、')}`,
    pubDate: feedDate(notice.date?.iso),
    categories: ['公示'],
  }))
  // Each 结果公告 is an item of its own, dated the day it was announced.
  const results = notices.flatMap(({ outcome }) =>
    outcome
      ? [{ title: outcome.title, link: outcome.href, description: outcomeSummary(outcome), pubDate: feedDate(outcome.date.iso), categories: ['公示结果'] }]
      : [],
  )
  const newestFirst = [...results, ...items].sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0))
  return feed(site, '公示', '拟表彰对象公示与公示结果：公示期内欢迎社会各界提出意见', newestFirst.slice(0, 50))
}
