/**
 * The CMS's production build (`next build`), made when there is none or the sources changed since
 * the last one. Used by `pnpm start` before it serves, and by the browser tests' set-up so that
 * stacks started side by side never build into the same `.next` at once.
 */
import { existsSync, statSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { filesUnder } from './files'
import { run } from './processes'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Newest modification time of any file below the given paths. */
const newestMtime = async (paths: string[]): Promise<number> =>
  Math.max(0, ...(await Promise.all((await filesUnder(paths)).map(async (file) => (await stat(file)).mtimeMs))))

/** Whether the build is missing or older than a source file. */
export const cmsBuildStale = async (): Promise<boolean> => {
  const buildId = path.join(cmsDir, '.next', 'BUILD_ID')
  const sources = ['src', 'next.config.mjs', 'package.json', '../shared/src'].map((p) => path.join(cmsDir, p))
  return !(existsSync(buildId) && statSync(buildId).mtimeMs >= (await newestMtime(sources)))
}

/** `next build` when the build is stale; `log` is told before it starts (it takes minutes). */
export const ensureCmsBuild = async (log: (message: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<void> => {
  if (!(await cmsBuildStale())) return
  log('正在构建内容管理后台（首次约需几分钟）…')
  await run('cms-build', path.join(cmsDir, 'node_modules', '.bin', 'next'), ['build'], { cwd: cmsDir, env })
}
