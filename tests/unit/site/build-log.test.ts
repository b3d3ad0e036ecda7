import { afterEach, describe, expect, it, vi } from 'vitest'

import buildLog from '../../../site/src/integrations/build-log'

type AstroLoggerMessage = Parameters<ReturnType<typeof buildLog>['write']>[0]

const colored = (text: string) => `\u001b[2m${text}\u001b[22m`
const event = (label: string | null, message: string, newLine = true): AstroLoggerMessage => ({ level: 'info', label, message, newLine })

/** What the destination prints for the events, as the terminal would get it. */
const printed = (events: AstroLoggerMessage[]): string => {
  const out: string[] = []
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk))
    return true
  })
  const log = buildLog()
  for (const item of events) log.write(item)
  spy.mockRestore()
  return out.join('')
}

describe('build log', () => {
  afterEach(() => vi.restoreAllMocks())

  it("should leave out Astro's two lines per page and keep every other line", () => {
    const text = printed([
      event('build', 'Building static entrypoints...'),
      event('SKIP_FORMAT', ' generating static routes '),
      event(null, `  \u001b[34m├─\u001b[39m ${colored('/stories/a/index.html')}`, false),
      event(null, `  \u001b[34m├─\u001b[39m ${colored('/stories/b/index.html')}`, false),
      event('SKIP_FORMAT', ` ${colored('(+3ms)')} `),
      event('SKIP_FORMAT', ` ${colored('(+1.02s)')} `),
      event(null, `  ├─ ${colored('/columns/x/index.html')}`, false),
      event('SKIP_FORMAT', ` ${colored('(cached)')}`),
      event('fengcai-pagefind', 'search index: 3 pages in 18 shards, 18 rebuilt, in 20 ms'),
      { level: 'warn', label: 'vite', message: 'Some chunks are larger than 500 kB', newLine: true },
    ])
    expect(text).toContain('Building static entrypoints...')
    expect(text).toContain(' generating static routes ')
    expect(text).toContain('search index: 3 pages in 18 shards, 18 rebuilt, in 20 ms')
    expect(text).toContain('Some chunks are larger than 500 kB')
    expect(text).not.toContain('/stories/a/index.html')
    expect(text).not.toContain('/columns/x/index.html')
    expect(text).not.toContain('(+3ms)')
    expect(text).not.toContain('(+1.02s)')
    expect(text).not.toContain('(cached)')
  })

  it('should count the pages written, every two thousand', () => {
    const pages = Array.from({ length: 4_001 }, (_, index) => event(null, `  ├─ /stories/${index}/index.html`, false))
    const text = printed(pages)
    expect(text.match(/已生成 \d+ 页/g)).toEqual(['已生成 2000 页', '已生成 4000 页'])
    expect(text).not.toContain('/stories/')
  })
})
