import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { enterWorkDir, leaveWorkDir, workDirFor } from '../../../site/src/worker/work-dir'

describe("the site worker's working folder", () => {
  const started = process.cwd()
  afterEach(() => process.chdir(started))

  it('should give workers of two builds folders two folders inside the site, and one builds folder always the same', () => {
    const site = mkdtempSync(path.join(os.tmpdir(), 'fengcai-site-'))
    const [a, b] = [workDirFor(site, '/data/one/site'), workDirFor(site, '/data/two/site')]
    expect(a).not.toBe(b)
    expect(workDirFor(site, '/data/one/site/')).toBe(a)
    for (const dir of [a, b]) expect(dir.startsWith(path.join(site, '.astro', 'workers') + path.sep)).toBe(true)
  })

  it('should start in an empty folder of its own, and remove it when it stops', () => {
    const site = mkdtempSync(path.join(os.tmpdir(), 'fengcai-site-'))
    const stale = workDirFor(site, '/data/one/site')
    mkdirSync(path.join(stale, '.astro', '.prerender'), { recursive: true })
    writeFileSync(path.join(stale, '.astro', '.prerender', 'chunk.mjs'), 'old')
    const dir = enterWorkDir(site, '/data/one/site')
    expect(dir).toBe(stale)
    expect(process.cwd()).toBe(dir)
    expect(existsSync(path.join(dir, '.astro'))).toBe(false)
    leaveWorkDir(dir)
    expect(existsSync(dir)).toBe(false)
  })
})
