/** The site's RSS feeds (新闻, 公示, 荣誉榜), each with the XSL stylesheet that makes it readable in a browser. */
import rss from '@astrojs/rss'
import type { RSSFeedItem } from '@astrojs/rss'

import { DEFAULT_SITE_URL, startOfShanghaiDay } from '@fengcai/shared'

/** A date label's day as a feed date (midnight in Shanghai). */
export const feedDate = (iso: string | undefined): Date | undefined => (iso ? startOfShanghaiDay(iso) : undefined)

export const feed = (site: URL | undefined, title: string, description: string, items: RSSFeedItem[]): Promise<Response> =>
  rss({
    title: `风采 · ${title}`,
    description,
    site: site ?? DEFAULT_SITE_URL,
    stylesheet: '/rss.xsl',
    customData: '<language>zh-cn</language>',
    items,
  })
