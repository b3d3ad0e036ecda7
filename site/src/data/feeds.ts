/**
 * The site's RSS feeds (新闻, 公示, 荣誉榜), each readable in a browser: the XSL stylesheet turns a
 * feed into a page, and where a browser no longer runs XSLT (Chromium's removal,
 * https://chromestatus.com/feature/4709671889534976) a CSS stylesheet lays out the feed's own
 * elements, so no browser shows the raw XML under its English "no style information" banner.
 */
import rss from '@astrojs/rss'
import type { RSSFeedItem } from '@astrojs/rss'

import { DEFAULT_SITE_URL, startOfShanghaiDay } from '@fengcai/shared'

/** A date label's day as a feed date (midnight in Shanghai). */
export const feedDate = (iso: string | undefined): Date | undefined => (iso ? startOfShanghaiDay(iso) : undefined)

export const FEED_XSL = '/rss.xsl'
/** The fallback: a browser that applies the XSL stylesheet replaces the document and never uses it. */
export const FEED_CSS = '/rss-feed.css'

export const feed = async (site: URL | undefined, title: string, description: string, items: RSSFeedItem[]): Promise<Response> => {
  const response = await rss({
    title: `风采 · ${title}`,
    description,
    site: site ?? DEFAULT_SITE_URL,
    stylesheet: FEED_XSL,
    customData: '<language>zh-cn</language>',
    items,
  })
  const xsl = `<?xml-stylesheet href="${FEED_XSL}" type="text/xsl"?>`
  const xml = await response.text()
  if (!xml.includes(xsl)) throw new Error(`RSS 订阅源缺少样式表声明 ${xsl}（@astrojs/rss 的输出格式变了？）`)
  return new Response(xml.replace(xsl, `${xsl}<?xml-stylesheet href="${FEED_CSS}" type="text/css"?>`), { headers: response.headers })
}
