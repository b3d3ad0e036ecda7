/**
 * Set-up of each browser and stack file: it waits for the set-up all stack files share (the CMS
 * build and the stacks' first-run folder, ./e2eSetup), which runs beside the unit and integration
 * files. Stack files need no turn of their own: each stack builds its site into its own folders
 * (its data folder's builds and Astro cache, or a folder of the test's), so two can run side by
 * side, or one beside an integration file (helpers/sequencer.ts).
 */
import { readFile } from 'node:fs/promises'

import { beforeAll, inject } from 'vitest'

import type { SetupOutcome } from './e2eSetup'

beforeAll(async () => {
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
}, 1_800_000)
