/**
 * Lighthouse in `pnpm bench`: one run of each page (helpers/lighthouse.ts, the code the portal's
 * e2e file asserts with), printed as a table. The bench keeps Debian's full Chromium, as its
 * figures always had (the headless shell the tests drive gives the same scores, but the home page
 * weighs 136 KiB in it against 108 KiB).
 */
import { withLighthouse } from '../helpers/lighthouse'
import type { LighthouseRun } from '../helpers/lighthouse'

export type LighthouseRow = LighthouseRun & { name: string; path: string }

export const benchLighthouse = (siteUrl: string, pages: { name: string; path: string }[]): Promise<LighthouseRow[]> =>
  withLighthouse(async (measure) => {
    const rows: LighthouseRow[] = []
    for (const page of pages) rows.push({ ...page, ...(await measure(`${siteUrl}${page.path}`)) })
    return rows
  }, process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')

export const printLighthouse = (rows: LighthouseRow[]): void => {
  console.log('  Lighthouse 13, mobile (performance / accessibility / best practices / SEO, LCP, CLS, bytes)')
  for (const row of rows) {
    const { performance, accessibility, seo } = row.scores
    console.log(
      `    ${row.name.padEnd(6)} ${String(performance).padStart(3)} / ${String(accessibility).padStart(3)} / ${String(row.scores['best-practices']).padStart(3)} / ${String(seo).padStart(3)}` +
        `   LCP ${(row.lcpMs / 1000).toFixed(1)} s   CLS ${row.cls.toFixed(3)}   ${row.kib.toFixed(0)} KiB   ${row.path}`,
    )
  }
}
