import vm from 'node:vm'

import { describe, expect, it, vi } from 'vitest'

import { GrowthRelease, releaseAfterFirstBuild, releaseMemory } from '../../../site/src/worker/release-memory'

describe('memory released after the cold build', () => {
  // First in the file: the collector is looked up once, on the first release.
  it('should log a release that fails and go on, never throw it into the first build', () => {
    const refused = vi.spyOn(vm, 'runInNewContext').mockImplementationOnce(() => {
      throw new Error('no gc here')
    })
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const logged: string[] = []
    try {
      expect(() => releaseAfterFirstBuild((message) => logged.push(message))).not.toThrow()
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('首次构建后释放内存失败（no gc here）'))
      expect(logged).toEqual([])
      // The next release finds the collector.
      releaseAfterFirstBuild((message) => logged.push(message))
      expect(logged).toEqual([expect.stringMatching(/^首次构建后释放内存：常驻 \d+ → \d+ MB/)])
    } finally {
      refused.mockRestore()
      errors.mockRestore()
    }
  })

  it('should give back the resident memory of pages a build left a quarter full', { timeout: 60_000 }, () => {
    // As a cold build leaves V8's heap: a quarter of its objects still live, on every page. A
    // plain full collection keeps nearly all of those pages resident (tried: 462 → 437 MB).
    const build = (): { index: number; text: string }[] =>
      Array.from({ length: 2_000_000 }, (_, index) => ({ index, text: `页面 ${index}` })).filter((_, index) => index % 4 === 0)
    const kept = build()
    const { rssMb, heapMb } = releaseMemory()
    expect(kept.length).toBe(500_000)
    expect(rssMb[1], `resident ${rssMb[0]} → ${rssMb[1]} MB, V8's heap ${heapMb[0]} → ${heapMb[1]} MB`).toBeLessThan(rssMb[0] - 60)
  })

  it('should release once memory grew past the bound since the last release, then count from where it left it', () => {
    let rss = 1_000
    const growth = new GrowthRelease(256, 10_000, () => rss)
    expect(growth.due).toBe(false)
    rss = 1_250
    expect(growth.due).toBe(false)
    rss = 1_300
    expect(growth.due).toBe(true)
    const logged: string[] = []
    // The release gives back what it can; the level after it is the new mark, whatever it is.
    const released = growth.release((message) => logged.push(message))
    expect(released?.rssMb).toHaveLength(2)
    expect(logged).toEqual([expect.stringMatching(/^空闲时释放内存：常驻 \d+ → \d+ MB/)])
    expect(growth.due).toBe(false)
    rss = 1_500
    expect(growth.due).toBe(false)
    rss = 1_557
    expect(growth.due).toBe(true)
  })

  it('should log an idle release that fails, never throw it, and not try again until memory grows again', () => {
    let rss = 500
    const growth = new GrowthRelease(100, 10_000, () => rss)
    growth.settle()
    rss = 700
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      expect(growth.due).toBe(true)
      // The release's first step fails.
      const failing = vi.spyOn(process, 'memoryUsage').mockImplementationOnce(() => {
        throw new Error('no gc here')
      })
      expect(growth.release(() => undefined)).toBeNull()
      failing.mockRestore()
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('空闲时释放内存失败（no gc here）'))
      expect(growth.due).toBe(false)
    } finally {
      errors.mockRestore()
    }
  })

  it('should release only once idle for its time, and only when due', () => {
    let rss = 1_000
    const growth = new GrowthRelease(256, 10_000, () => rss)
    growth.settle()
    const logged: string[] = []
    const log = (message: string) => logged.push(message)
    rss = 1_400
    expect(growth.whenIdle(Date.now() - 2_000, log)).toBe(false)
    expect(logged).toEqual([])
    expect(growth.whenIdle(Date.now() - 10_000, log)).toBe(true)
    expect(logged).toHaveLength(1)
    // Marked at the level after it: not due again until memory grows again.
    expect(growth.whenIdle(Date.now() - 60_000, log)).toBe(false)
    expect(logged).toHaveLength(1)
  })
})
