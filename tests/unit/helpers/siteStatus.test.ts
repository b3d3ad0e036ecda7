import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { SiteStatus } from '../../helpers/siteStatus'
import { statusFileOf } from '../../helpers/siteStatus'
import { siteCaughtUp } from '../../helpers/stack'
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

  it('should name the worker’s state and last error when the wait runs out', async () => {
    await writeStatus({ state: 'publishing', lastError: '无法读取发布队列' })
    await expect(siteCaughtUp(stack, Date.now(), 500)).rejects.toThrow(/waited 0.5 s .*publishing, last error: 无法读取发布队列/)
  })
})
