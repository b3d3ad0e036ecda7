/**
 * Set-up of each browser and stack file. They share their group's two places with the integration
 * files (helpers/sequencer.ts), at most two stacks at once: a file that finds both slots taken
 * waits for one. (Stacks side by side once had to take turns, because their site builds compiled
 * into the one `site/.astro/.prerender/`; each worker now compiles in its own folder,
 * site/src/worker/work-dir.ts.) Before that, each waits for the set-up all stack files share (the
 * CMS build, ./e2eSetup), which runs beside the unit and integration files.
 */
import { open, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, inject } from 'vitest'

import type { SetupOutcome } from './e2eSetup'
import { GROUP_PLACES } from './places'

/** Stacks at once: the group's places. */
const STACK_SLOTS = GROUP_PLACES
const slotFile = (slot: number): string => path.join(os.tmpdir(), `fengcai-e2e-file.${slot}.lock`)
let held: string | null = null

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

/** Takes a free slot: its lock file, created with this process's pid; one left by a process gone is taken over. */
const takeSlot = async (): Promise<string | null> => {
  for (let slot = 0; slot < STACK_SLOTS; slot += 1) {
    const file = slotFile(slot)
    try {
      const handle = await open(file, 'wx')
      await handle.writeFile(String(process.pid))
      await handle.close()
      return file
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    // A lock left by a process that no longer exists (a run stopped with Ctrl-C) is taken over.
    const holder = Number(await readFile(file, 'utf8').catch(() => ''))
    if (holder && !alive(holder)) await rm(file, { force: true })
  }
  return null
}

beforeAll(async () => {
  await setUp()
  while (!(held = await takeSlot())) await new Promise((resolve) => setTimeout(resolve, 500))
}, 1_800_000)

afterAll(async () => {
  if (held && Number(await readFile(held, 'utf8').catch(() => '')) === process.pid) await rm(held, { force: true })
})
