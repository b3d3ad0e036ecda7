/** Where the repository is, a stack's data folder, and a clean environment for the project's own commands. */
import { chmod, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const makeDataDir = async (): Promise<string> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-stack-'))
  // The embedded cluster runs as the `postgres` system user when tests run as root.
  await chmod(dir, 0o755)
  return dir
}

/** This process's environment for a child of the project's own, without vitest's settings. */
export const childEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra }
  // Vitest's own settings must not leak into Next (NODE_ENV=test breaks `next build`).
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key]
  return env
}
