/**
 * Lighthouse 13 (mobile profile, Debian's Chromium) over the home, story, notice and search pages
 * of a running site: the four category scores, LCP, CLS and the bytes each page loads.
 */
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'

const PORT = 9333

export type LighthouseRow = {
  name: string
  path: string
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>
  lcpMs: number
  cls: number
  kib: number
}

export const benchLighthouse = async (siteUrl: string, pages: { name: string; path: string }[]): Promise<LighthouseRow[]> => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--remote-debugging-port=${PORT}`,
    ],
  })
  const rows: LighthouseRow[] = []
  try {
    for (const page of pages) {
      const result = await lighthouse(`${siteUrl}${page.path}`, {
        port: PORT,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      })
      const lhr = result?.lhr
      if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse could not measure ${page.path}: ${lhr?.runtimeError?.message ?? 'no report'}`)
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
      rows.push({
        ...page,
        scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
        lcpMs: Number(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
        cls: Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0),
        kib: Number(lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1024,
      })
    }
  } finally {
    await browser.close()
  }
  return rows
}

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
