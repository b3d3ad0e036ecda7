/** What a page weighs before it can show: its HTML and stylesheets, gzipped as served (images and scripts aside). */
import { gzipSync } from 'node:zlib'

/** The story page's budget: gzipped HTML + CSS (README, "Benchmarks"). */
export const STORY_PAGE_BUDGET = 25 * 1024

export const gzippedHtmlAndCss = async (siteUrl: string, pathname: string): Promise<{ html: number; css: number }> => {
  const text = async (href: string) => {
    const response = await fetch(new URL(href, siteUrl))
    if (!response.ok) throw new Error(`${href}: ${response.status}`)
    return response.text()
  }
  const html = await text(pathname)
  const hrefs = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1] as string)
  const css = await Promise.all(hrefs.map(text))
  return { html: gzipSync(html).length, css: css.reduce((sum, sheet) => sum + gzipSync(sheet).length, 0) }
}
