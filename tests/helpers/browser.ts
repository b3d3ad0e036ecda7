/** Debian's Chromium driven by playwright-core (Playwright's own browser download is unreachable here). */
import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'

/**
 * Debian's `chromium-headless-shell`: the same Chromium (Blink, V8, the same release as the
 * `chromium` package) built without the browser's own window and profile machinery, as
 * Playwright's own headless runs use. Measured on the portal's browser tests: half the CPU of the
 * full browser in headless mode (axe over 42 page, width and text-size combinations 91 s → 42 s).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell'
/** The Debian package that holds the default browser. */
export const CHROMIUM_PACKAGE = 'chromium-headless-shell'

/** `extraArgs`: switches for one test's browser (say, Blink features turned off). */
export const launchBrowser = (extraArgs: string[] = []): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  })

/** Signs in to the CMS admin as a person would, and waits for the dashboard. */
export const signInToAdmin = async (page: Page, cmsUrl: string, account: { email: string; password: string }): Promise<void> => {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.fill('input[name="email"]', account.email)
  await page.fill('input[name="password"]', account.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)
}

/**
 * Waits until the page has had no request in flight for `quietMs` (Playwright's own "networkidle"
 * is for the first load only, not for what a single-page app does after it).
 */
export const networkQuiet = async (page: Page, quietMs = 1_000, timeoutMs = 20_000): Promise<void> => {
  let inFlight = 0
  let lastActivity = Date.now()
  const begin = () => {
    inFlight += 1
    lastActivity = Date.now()
  }
  const end = () => {
    inFlight = Math.max(0, inFlight - 1)
    lastActivity = Date.now()
  }
  page.on('request', begin)
  page.on('requestfinished', end)
  page.on('requestfailed', end)
  try {
    const deadline = Date.now() + timeoutMs
    while (inFlight > 0 || Date.now() - lastActivity < quietMs) {
      if (Date.now() > deadline) throw new Error(`页面在 ${timeoutMs} 毫秒内没有安静下来（仍有 ${inFlight} 个请求）`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  } finally {
    page.off('request', begin)
    page.off('requestfinished', end)
    page.off('requestfailed', end)
  }
}

/** Presses 预览 on an admin document (a button or a link, as Payload draws it) and gives the tab it opens. */
export const openPreview = async (page: Page): Promise<Page> => {
  const [preview] = await Promise.all([
    page.context().waitForEvent('page'),
    page
      .getByRole('button', { name: '预览' })
      .or(page.getByRole('link', { name: '预览' }))
      .first()
      .click(),
  ])
  return preview
}
