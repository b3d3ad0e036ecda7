import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { SiteStatus } from '../../helpers/siteStatus'
import { statusFileOf } from '../../helpers/siteStatus'
import { siteCaughtUp, siteShows } from '../../helpers/stack'
import type { Stack } from '../../helpers/stack'

describe('waiting for the site worker', () => {
  let dataDir = ''
  /** A stack as the wait sees it: its data folder and its output. */
  let stack: Stack
  const writeStatus = (status: SiteStatus) => writeFile(statusFileOf(dataDir), JSON.stringify(status))
  const at = (ms: number) => new Date(ms).toISOString()

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-site-status-'))
    await mkdir(path.join(dataDir, 'site'))
    stack = { dataDir, output: () => 'stack output tail' } as Stack
  })
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true })
  })

  it('should end at once with the worker’s error when it fails an attempt begun after the wait', async () => {
    const since = Date.now()
    await writeStatus({ state: 'idle', checkedEmptyAt: at(since - 5_000) })
    const waited = siteCaughtUp(stack, since, 20_000).then(
      () => 'caught up',
      (error: Error) => error.message,
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    await writeStatus({ state: 'failing', checkedEmptyAt: at(since - 5_000), lastError: '渲染失败：/stories/a/', failedAttemptAt: at(since + 200) })
    const started = Date.now()
    const message = await waited
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(message).toContain('the site worker failed')
    expect(message).toContain('渲染失败：/stories/a/')
    expect(message).toContain('stack output tail')
  })

  it('should go on waiting through a failure of an attempt begun before the wait, until the worker catches up', async () => {
    const since = Date.now()
    await writeStatus({ state: 'failing', lastError: '渲染失败：/stories/a/', failedAttemptAt: at(since - 1_000) })
    const waited = siteCaughtUp(stack, since, 20_000)
    await new Promise((resolve) => setTimeout(resolve, 300))
    await writeStatus({ state: 'idle', checkedEmptyAt: at(Date.now()) })
    await expect(waited).resolves.toBeUndefined()
  })

  it('should take a change as shown only at a look at the queue begun after its answer, not one made while its request ran', async () => {
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
    await writeStatus({ state: 'idle', checkedEmptyAt: at(Date.now() - 5_000) })
    let shown = 0
    const waited = siteShows(
      stack,
      async () => {
        await pause(50)
        // The worker looks at its queue before the change's entry commits, and finds it empty.
        await writeStatus({ state: 'idle', checkedEmptyAt: at(Date.now()) })
        await pause(50)
        return 'the answer'
      },
      20_000,
    ).then((answer) => ((shown = Date.now()), answer))
    await pause(600)
    expect(shown).toBe(0)
    const looked = Date.now()
    await writeStatus({ state: 'idle', checkedEmptyAt: at(looked) })
    await expect(waited).resolves.toBe('the answer')
    expect(shown).toBeGreaterThanOrEqual(looked)
  })

  it('should end a change’s wait at once with the worker’s error when an attempt begun while its request ran fails', async () => {
    await writeStatus({ state: 'idle', checkedEmptyAt: at(Date.now() - 5_000) })
    const started = Date.now()
    const message = await siteShows(
      stack,
      async () => {
        await writeStatus({ state: 'failing', lastError: '渲染失败：/notices/a/result/', failedAttemptAt: at(Date.now()) })
        await new Promise((resolve) => setTimeout(resolve, 50))
      },
      20_000,
    ).then(
      () => 'shown',
      (error: Error) => error.message,
    )
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(message).toContain('渲染失败：/notices/a/result/')
  })

  it('should name the worker’s state and last error when the wait runs out', async () => {
    await writeStatus({ state: 'publishing', lastError: '无法读取发布队列' })
    await expect(siteCaughtUp(stack, Date.now(), 500)).rejects.toThrow(/waited 0.5 s .*publishing, last error: 无法读取发布队列/)
  })
})
