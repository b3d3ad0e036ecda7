/**
 * Lighthouse 13 with its default mobile profile (a mid-range phone on slow 4G, throttling
 * simulated) against pages of a running site, all runs in one Chromium: the four category scores
 * as the report shows them, LCP, CLS and the bytes a page loads. `pnpm bench` reports one run a
 * page; tests/e2e/portal.e2e.ts holds the home page and a story to 100 on all four, CLS 0.
 */
import { chromium } from 'playwright-core'

import { freePort } from '@fengcai/cms/scripts/lib/net'

import { CHROMIUM_PATH } from './browser'

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number]

/** One Lighthouse run of one page. */
export type LighthouseRun = {
  /** 0–100, rounded as the report shows them. */
  scores: Record<LighthouseCategory, number>
  lcpMs: number
  fcpMs: number
  /** Total blocking time: the main thread's long tasks, as the simulated phone would run them. */
  tbtMs: number
  /** Lighthouse's measure of this machine's speed at the run (lower: slower, or busy). */
  benchmarkIndex: number
  /** Cumulative layout shift: 0 unless something moved. */
  cls: number
  kib: number
}

/** Runs Lighthouse once against a URL in the shared browser. */
export type MeasurePage = (url: string) => Promise<LighthouseRun>

/**
 * Starts one Chromium, lets `use` measure as many pages as it likes, and closes it. Lighthouse
 * drives the browser over its DevTools port; a free one is asked for, as other files run beside.
 */
export const withLighthouse = async <T>(use: (measure: MeasurePage) => Promise<T>, executablePath = CHROMIUM_PATH): Promise<T> => {
  // Loaded here, not at the top: a second of start-up the unit tests of the functions below need not pay.
  const { default: lighthouse } = await import('lighthouse')
  const port = await freePort()
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--remote-debugging-port=${port}`,
    ],
  })
  const measure: MeasurePage = async (url) => {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES] })
    const lhr = result?.lhr
    if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr?.runtimeError?.message ?? 'no report'}`)
    const score = (id: LighthouseCategory) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
    return {
      scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((id) => [id, score(id)])) as LighthouseRun['scores'],
      lcpMs: Number(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
      fcpMs: Number(lhr.audits['first-contentful-paint']?.numericValue ?? 0),
      tbtMs: Number(lhr.audits['total-blocking-time']?.numericValue ?? 0),
      benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? 0),
      cls: Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0),
      kib: Number(lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1024,
    }
  }
  try {
    return await use(measure)
  } finally {
    await browser.close()
  }
}

/** Below this the layout did not shift: Lighthouse reports 0 for a page where nothing moved. */
export const NO_LAYOUT_SHIFT = 0.001

/**
 * Up to `runs` runs of a page, stopping at the first with a performance of 100. Performance is
 * timed, and the other files of the suite share the cores: Lighthouse's own advice for variance is
 * to take the best (or median) of several runs. The other categories and CLS do not depend on timing.
 */
export const measureBestOf = async (measure: MeasurePage, url: string, runs = 5): Promise<LighthouseRun[]> => {
  const made: LighthouseRun[] = []
  while (made.length < runs) {
    const run = await measure(url)
    made.push(run)
    if (run.scores.performance === 100) break
  }
  return made
}

export const describeRun = (run: LighthouseRun): string =>
  `${LIGHTHOUSE_CATEGORIES.map((id) => run.scores[id]).join(' / ')}, FCP ${(run.fcpMs / 1000).toFixed(2)} s, LCP ${(run.lcpMs / 1000).toFixed(2)} s, ` +
  `TBT ${run.tbtMs.toFixed(0)} ms, CLS ${run.cls.toFixed(3)}, ${run.kib.toFixed(0)} KiB, benchmark index ${run.benchmarkIndex}`

/**
 * Why the runs of a page fall short of 100 / 100 / 100 / 100 with CLS 0 (none when they do):
 * accessibility, best practices, SEO and CLS in every run, performance in the best run.
 */
export const lighthouseShortfalls = (runs: readonly LighthouseRun[]): string[] => {
  if (runs.length === 0) return ['no Lighthouse run']
  const shortfalls: string[] = []
  const best = Math.max(...runs.map((run) => run.scores.performance))
  if (best < 100) shortfalls.push(`performance ${best} at best of ${runs.length} runs`)
  for (const [index, run] of runs.entries()) {
    for (const id of LIGHTHOUSE_CATEGORIES.slice(1)) if (run.scores[id] < 100) shortfalls.push(`${id} ${run.scores[id]} in run ${index + 1}`)
    if (run.cls >= NO_LAYOUT_SHIFT) shortfalls.push(`CLS ${run.cls.toFixed(3)} in run ${index + 1}`)
  }
  return shortfalls
}
