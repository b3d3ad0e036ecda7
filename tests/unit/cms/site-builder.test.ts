import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { SiteBuilder } from '@fengcai/cms/scripts/lib/site-builder'

/**
 * A stand-in for `astro build`, run as a real process: takes 300 ms, records when it ran,
 * fails while a flag file exists, and writes an index.html naming its run.
 */
const fakeBuild = `
const fs = require('node:fs'), path = require('node:path')
const dir = process.env.FAKE_DIR, out = process.env.SITE_OUT_DIR
const start = Date.now()
setTimeout(() => {
  fs.appendFileSync(path.join(dir, 'runs.log'), start + ' ' + Date.now() + '\\n')
  if (fs.existsSync(path.join(dir, 'fail'))) { console.error('build broke'); process.exit(1) }
  fs.mkdirSync(out, { recursive: true })
  fs.writeFileSync(path.join(out, 'index.html'), 'run ' + start)
}, 300)
`

const waitFor = async (check: () => Promise<boolean> | boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('SiteBuilder', () => {
  let dir: string
  let builder: SiteBuilder
  const runs = async (): Promise<[number, number][]> => {
    const file = path.join(dir, 'runs.log')
    if (!existsSync(file)) return []
    return (await readFile(file, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => line.split(' ').map(Number) as [number, number])
  }

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-builder-'))
    process.env.FAKE_DIR = dir
    builder = new SiteBuilder({
      siteDir: dir,
      buildsDir: path.join(dir, 'builds'),
      cmsUrl: 'http://127.0.0.1:9',
      debounceMs: 200,
      command: { file: process.execPath, args: ['-e', fakeBuild] },
    })
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  })

  afterEach(async () => {
    vi.restoreAllMocks()
    await rm(dir, { recursive: true, force: true })
  })

  it('should build once for a burst of requests', async () => {
    for (let index = 0; index < 5; index += 1) builder.request()
    await waitFor(async () => (await runs()).length === 1)
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(await runs()).toHaveLength(1)
    expect(existsSync(path.join(builder.current() ?? '', 'index.html'))).toBe(true)
  })

  it('should never run two builds at once, and build again for a request that came during one', async () => {
    builder.request()
    await waitFor(async () => existsSync(path.join(dir, 'builds')))
    await new Promise((resolve) => setTimeout(resolve, 250))
    builder.request()
    await waitFor(async () => (await runs()).length === 2)
    const [first, second] = (await runs()) as [[number, number], [number, number]]
    expect(second[0]).toBeGreaterThanOrEqual(first[1])
  })

  it('should keep serving the last good site when a build fails', async () => {
    await builder.buildNow()
    const good = builder.current()
    const goodHtml = await readFile(path.join(good ?? '', 'index.html'), 'utf8')
    await writeFile(path.join(dir, 'fail'), '')
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    builder.request()
    await waitFor(() => errors.mock.calls.some((call) => String(call[0]).includes('重新生成失败')))
    expect(builder.current()).toBe(good)
    expect(await readFile(path.join(good ?? '', 'index.html'), 'utf8')).toBe(goodHtml)
  })

  it('should pick up the last good build after a restart', async () => {
    await builder.buildNow()
    const again = new SiteBuilder({ siteDir: dir, buildsDir: path.join(dir, 'builds'), cmsUrl: 'http://127.0.0.1:9' })
    await again.restore()
    expect(again.current()).toBe(builder.current())
  })
})
