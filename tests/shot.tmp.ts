import http from 'node:http'
import { serveStatic } from '@fengcai/cms/scripts/lib/static-server'
import { launchBrowser } from './helpers/browser'
const server = await serveStatic(() => '/tmp/site-out', 4399)
const browser = await launchBrowser()
for (const [name, path, width] of [['home', '/', 1280], ['home-m', '/', 390], ['story', '/stories/dian-li-qing-nian-zou-jin-lao-xiao-qu-wei-du-ju-lao-ren-ti-jian/', 390], ['honor', '/honors/', 1280], ['notice', '/notices/', 1280]] as const) {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  await page.goto(`http://localhost:4399${path}`)
  if (name === 'honor') { await page.click('.plain-list a'); }
  if (name === 'notice') { await page.click('.plain-list a'); }
  await page.waitForTimeout(500)
  await page.screenshot({ path: `/tmp/site-${name}.png`, fullPage: name !== 'home' })
  await page.close()
}
await browser.close(); server.close()
