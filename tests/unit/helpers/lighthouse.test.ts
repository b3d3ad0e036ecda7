import { describe, expect, it } from 'vitest'

import { lighthouseShortfalls, measureBestOf } from '../../helpers/lighthouse'
import type { LighthouseRun } from '../../helpers/lighthouse'

const run = (performance: number, others: Partial<LighthouseRun['scores']> = {}, cls = 0): LighthouseRun => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100, ...others },
  lcpMs: 1500,
  fcpMs: 1200,
  tbtMs: 0,
  benchmarkIndex: 1500,
  cls,
  kib: 100,
})

/** Answers with the given runs in turn, as Lighthouse would on a page measured again. */
const measuring = (runs: LighthouseRun[]) => {
  const urls: string[] = []
  const measure = async (url: string) => {
    urls.push(url)
    const next = runs[urls.length - 1]
    if (!next) throw new Error('measured more often than expected')
    return next
  }
  return { measure, urls }
}

describe('measureBestOf', () => {
  it('should stop at the first run with a performance of 100', async () => {
    const { measure, urls } = measuring([run(97), run(100), run(100)])
    expect(await measureBestOf(measure, 'http://site/')).toEqual([run(97), run(100)])
    expect(urls).toEqual(['http://site/', 'http://site/'])
  })

  it('should give up after five runs below 100', async () => {
    const { measure } = measuring([run(80), run(82), run(79), run(99), run(98), run(100)])
    expect(await measureBestOf(measure, 'http://site/')).toHaveLength(5)
  })
})

describe('lighthouseShortfalls', () => {
  it('should pass a page whose best run reaches 100 everywhere with no layout shift', () => {
    expect(lighthouseShortfalls([run(96), run(100)])).toEqual([])
  })

  it('should report a performance below 100 in every run by its best', () => {
    expect(lighthouseShortfalls([run(80), run(91), run(85)])).toEqual(['performance 91 at best of 3 runs'])
  })

  it('should hold accessibility, best practices, SEO and CLS in every run, not only the best', () => {
    expect(lighthouseShortfalls([run(98, { accessibility: 96 }), run(100, { seo: 92 }, 0.002)])).toEqual([
      'accessibility 96 in run 1',
      'seo 92 in run 2',
      'CLS 0.002 in run 2',
    ])
  })

  it('should fail when there is no run at all', () => {
    expect(lighthouseShortfalls([])).toEqual(['no Lighthouse run'])
  })
})
