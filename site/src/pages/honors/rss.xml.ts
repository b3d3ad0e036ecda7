import type { APIRoute } from 'astro'

import { feed, feedDate } from '@/data/feeds'
import { loadSite } from '@/data/models'

export const GET: APIRoute = async ({ site }) => {
  const { honorRolls } = await loadSite()
  return feed(
    site,
    '荣誉榜',
    '优秀志愿者、志愿服务集体和项目的表彰名单',
    honorRolls.slice(0, 50).map((roll) => ({
      title: roll.title,
      link: roll.href,
      description: `${roll.date ? `${roll.date.label} · ` : ''}${roll.awardingBody} · ${roll.year} 年度 · 共 ${roll.entries.length} 项`,
      pubDate: feedDate(roll.date?.iso),
      categories: ['荣誉榜'],
    })),
  )
}
