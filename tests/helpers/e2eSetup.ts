/**
 * Set-up of the projects that start stacks (`e2e`, `security`): the CMS's production build when
 * it is stale (which `pnpm start` would otherwise run inside the first file, and two files
 * started side by side would run into the same `.next` at once), and the first run's data folder
 * the stacks start from (helpers/stackTemplate.ts).
 *
 * Vitest runs every project's global set-up before any file, so waiting here would hold back the
 * unit and integration files too, though they need neither. The work runs in the background
 * instead, once per run however many projects ask, and says how it ended in a file; each stack
 * file waits for that before it starts (helpers/e2eFile.ts).
 */
import { rename, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { ensureCmsBuild } from '@fengcai/cms/scripts/lib/cmsBuild'

import { childEnv, removeRunDataDirs } from './stackEnv'
import { stackTemplate } from './stackTemplate'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file that says how the stack files' set-up ended: `{ ok: true }` or `{ error }`. */
    e2eSetupOutcome: string
  }
}

/** How the stack files' set-up ended, as written to the outcome file. */
export type SetupOutcome = { ok: true; seconds: number } | { ok: false; error: string }

type Running = { outcome: string; done: Promise<void>; cleaned?: Promise<void> }
const RUNNING = Symbol.for('fengcai.e2eSetup')
const processState = globalThis as { [RUNNING]?: Running }

const begin = (): Running => {
  const outcome = path.join(os.tmpdir(), `fengcai-e2e-setup-${process.pid}-${Date.now()}.json`)
  const began = Date.now()
  // Whole or not at all: a file that looks while it is written finds nothing yet.
  const report = async (result: SetupOutcome) => {
    await writeFile(`${outcome}.part`, JSON.stringify(result))
    await rename(`${outcome}.part`, outcome)
  }
  // Side by side: the build keeps both cores busy only part of the time, and the first run
  // (cluster, migrations, seed) reads nothing the build writes.
  const done = Promise.all([ensureCmsBuild((message) => console.log(message), childEnv({})), stackTemplate()]).then(
    async () => {
      const seconds = Math.round((Date.now() - began) / 1000)
      console.log(`browser and stack tests set up in ${seconds} s`)
      await report({ ok: true, seconds })
    },
    async (error: unknown) => {
      console.error('browser and stack tests: set-up failed', error)
      await report({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
    },
  )
  return { outcome, done }
}

export default function setup(project: TestProject): () => Promise<void> {
  // Both projects' set-ups run in this one process: the second finds the first's work under way.
  const running = (processState[RUNNING] ??= begin())
  project.provide('e2eSetupOutcome', running.outcome)
  // A run that ends early (a failing unit file with --bail, say) still waits for the build it began.
  return async () => {
    await running.done
    await rm(running.outcome, { force: true })
    // The run's stack folders: on a developer's machine they would pile up run after run.
    running.cleaned ??= removeRunDataDirs()
    await running.cleaned
  }
}
