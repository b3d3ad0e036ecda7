import { chromium } from 'playwright-core'
import { searchQueries } from './fixtures/search-queries'
const base = process.env.BASE ?? 'http://127.0.0.1:8766'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] })
const page = await b.newPage()
let expected = 0; const missed: string[] = []
for (const { query, expect } of searchQueries) {
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`)
  await page.waitForFunction(() => /找到|没有找到|不可用/.test(document.querySelector('#search-status')?.textContent ?? ''), null, { timeout: 10000 })
  while (await page.locator('#search-more').isVisible()) { await page.locator('#search-more').click(); await page.waitForTimeout(200) }
  const titles = new Set(await page.locator('#search-results li h2 a').allTextContents())
  for (const t of expect) { expected++; if (!titles.has(t)) missed.push(`${query} → ${t}   [got ${[...titles].slice(0,4).join(' | ')}]`) }
}
console.log('recall', 1 - missed.length / expected, expected); console.log(missed.join('\n'))
await page.goto(`${base}/search/?q=志愿`); await page.waitForTimeout(1500); console.log(await page.locator('#search-status').textContent()); console.log((await page.locator('#search-results li').first().innerText()))
await b.close()
