/**
 * The portal's search as a reader uses it, with what went wrong when it does not answer: the page
 * says 正在搜索… until its script has an answer (找到 / 没有找到) or gives up (不可用). A search that
 * gives up or never answers throws with the page's status, its console errors, every answer of
 * 400 or more, every failed request and every request still in flight — a bare timeout says
 * none of that (a clean-clone run once waited 30 s on a search and said only "Timeout"). A search
 * that answers but slowly (over SLOW_MS) says the same on the test's output, so a loaded run
 * leaves a trace of what it waited for. Pagefind's own slow path: its web worker has 5 s to start,
 * then the index is loaded again on the page's thread (measured here with the worker's script held
 * back 7 s: 1.3 s → 10.9 s for one search, the head shard's and the recent index's workers each).
 */
import type { Page, Request, Response, ConsoleMessage } from 'playwright-core'

const ANSWERED = /找到|没有找到|不可用/
/** An answer slower than this is reported on the test's output, with what the page did meanwhile. */
const SLOW_MS = 10_000

/** Runs `start` (a navigation or a form submit) and waits for the search page's answer; gives the status text. */
export const searchAnswer = async (page: Page, start: () => Promise<unknown>, timeout = 60_000): Promise<string> => {
  const seen: string[] = []
  const inFlight = new Set<Request>()
  const began = Date.now()
  const at = () => `${((Date.now() - began) / 1000).toFixed(1)} s`
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') seen.push(`${at()} console ${message.type()}: ${message.text()}`)
  }
  const onPageError = (error: Error) => seen.push(`${at()} page error: ${error.message}`)
  const onRequest = (request: Request) => inFlight.add(request)
  const onFinished = (request: Request) => inFlight.delete(request)
  const onFailed = (request: Request) => {
    inFlight.delete(request)
    seen.push(`${at()} failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`)
  }
  const onResponse = (response: Response) => {
    if (response.status() >= 400) seen.push(`${at()} ${response.status()} ${response.url()}`)
  }
  // Playwright's overloads take one event name at a time: the pairs are typed loosely here.
  const listeners: [string, (value: never) => void][] = [
    ['console', onConsole],
    ['pageerror', onPageError],
    ['request', onRequest],
    ['requestfinished', onFinished],
    ['requestfailed', onFailed],
    ['response', onResponse],
  ]
  for (const [event, listener] of listeners) page.on(event as 'console', listener as () => void)
  // Read at once, without waiting for the element as a locator would.
  const status = () => page.evaluate(() => document.querySelector('#search-status')?.textContent ?? '(no status element)').catch(() => '(page gone)')
  try {
    await start()
    await page.waitForFunction((pattern) => new RegExp(pattern).test(document.querySelector('#search-status')?.textContent ?? ''), ANSWERED.source, { timeout })
    const answer = await status()
    if (/不可用/.test(answer)) throw new Error(answer)
    if (Date.now() - began > SLOW_MS) console.warn([`slow search at ${page.url()}: ${answer} after ${at()}`, ...seen].join('\n'))
    return answer
  } catch (error) {
    const pending = [...inFlight].map((request) => `${request.method()} ${request.url()}`)
    throw new Error(
      [
        `search at ${page.url()} gave no answer after ${at()}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        `status: ${await status()}`,
        ...seen,
        `in flight: ${pending.length ? pending.join(', ') : 'none'}`,
      ].join('\n'),
      { cause: error },
    )
  } finally {
    for (const [event, listener] of listeners) page.off(event as 'console', listener as () => void)
  }
}

/** Opens `/search/?q=…` on the site and waits for its answer. */
export const searchSite = (page: Page, siteUrl: string, query: string, kind = ''): Promise<string> =>
  searchAnswer(page, () => page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}${kind ? `&kind=${encodeURIComponent(kind)}` : ''}`))
