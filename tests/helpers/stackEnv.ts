/** Where the repository is, a stack's data folder, and a clean environment for the project's own commands. */
import { existsSync, readFileSync } from 'node:fs'
import { appendFile, chmod, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * The list of stack folders a test run made (the run's main process removes them at its end,
 * helpers/e2eSetup.ts): test files run in forks of it, so theirs is named by their parent.
 */
const runDataDirs = (mainPid: number): string => path.join(os.tmpdir(), `fengcai-stack-dirs-${mainPid}.txt`)

export const makeDataDir = async (): Promise<string> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-stack-'))
  // The embedded cluster runs as the `postgres` system user when tests run as root.
  await chmod(dir, 0o755)
  if (process.env.VITEST) await appendFile(runDataDirs(process.ppid), `${dir}\n`)
  return dir
}

/** Whether a data folder's embedded database still runs (its postmaster.pid names a live process). */
const databaseRunning = (dir: string): boolean => {
  const pidFile = path.join(dir, 'postgres', 'postmaster.pid')
  if (!existsSync(pidFile)) return false
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 0)
    return true
  } catch {
    return false
  }
}

/**
 * Removes the stack folders (~80 MB each) this test run's files made, but any whose database still
 * runs; called by the run's main process at its end. Templates are not in the list: they stay.
 */
export const removeRunDataDirs = async (): Promise<void> => {
  const list = runDataDirs(process.pid)
  const dirs = (await readFile(list, 'utf8').catch(() => '')).split('\n').filter(Boolean)
  for (const dir of dirs) if (!databaseRunning(dir)) await rm(dir, { recursive: true, force: true }).catch(() => undefined)
  await rm(list, { force: true })
}

/** This process's environment for a child of the project's own, without vitest's settings. */
export const childEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra }
  // Vitest's own settings must not leak into Next (NODE_ENV=test breaks `next build`).
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key]
  return env
}
