/**
 * Set-up of each browser and stack file: one at a time. They share their group's two places with
 * the integration files (helpers/sequencer.ts), and two stacks side by side would run two site
 * builds in the one `site/` folder at once (Astro compiles pages into `site/.astro/.prerender/`
 * whatever the output folder: a build beside another lost its chunks). A file that finds another
 * running waits for it to end. Before that, each waits for the set-up all stack files share (the
 * CMS build, ./e2eSetup), which runs beside the unit and integration files.
 */
import { open, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, inject } from 'vitest'

import type { SetupOutcome } from './e2eSetup'

const LOCK = path.join(os.tmpdir(), 'fengcai-e2e-file.lock')

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Waits for the stack files' set-up (./e2eSetup). */
const setUp = async (): Promise<void> => {
  const file = inject('e2eSetupOutcome')
  for (;;) {
    const text = await readFile(file, 'utf8').catch(() => '')
    if (text) {
      const outcome = JSON.parse(text) as SetupOutcome
      if (outcome.ok) return
      throw new Error(`浏览器与整站测试的准备失败（CMS 构建或首次运行）：\n${outcome.error}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

beforeAll(async () => {
  await setUp()
  for (;;) {
    try {
      const handle = await open(LOCK, 'wx')
      await handle.writeFile(String(process.pid))
      await handle.close()
      return
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    // A lock left by a process that no longer exists (a run stopped with Ctrl-C) is taken over.
    const holder = Number(await readFile(LOCK, 'utf8').catch(() => ''))
    if (holder && !alive(holder)) await rm(LOCK, { force: true })
    else await new Promise((resolve) => setTimeout(resolve, 500))
  }
}, 1_800_000)

afterAll(async () => {
  if (Number(await readFile(LOCK, 'utf8').catch(() => '')) === process.pid) await rm(LOCK, { force: true })
})
