/**
 * The worker's working folder, one per builds folder: `site/.astro/workers/<digest of the builds folder>/`.
 *
 * Astro compiles a static site's pages into `<cwd>/.astro/.prerender/` when the output folder lies
 * outside the working directory (../upstream/astro/compiled-pages), as a stack's data folder does.
 * Two workers of two data folders on one checkout (the test suite's stacks side by side) in the one
 * `site/` folder compiled into the same place at once, and one lost its chunks. Each works in its
 * own folder instead, inside `site/` so that the compiled modules still find `site/node_modules`.
 * The folder is emptied at start: what an earlier worker of the same builds folder left is stale.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

/** The working folder of the worker that builds into `buildsDir`. */
export const workDirFor = (siteDir: string, buildsDir: string): string =>
  path.join(siteDir, '.astro', 'workers', createHash('sha256').update(path.resolve(buildsDir)).digest('hex').slice(0, 16))

/** Makes the worker's working folder afresh and moves into it; returns it. */
export const enterWorkDir = (siteDir: string, buildsDir: string): string => {
  const dir = workDirFor(siteDir, buildsDir)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  process.chdir(dir)
  return dir
}

/** Removes the working folder when the worker stops (it holds only what the build compiled). */
export const leaveWorkDir = (dir: string): void => {
  process.chdir(path.dirname(dir))
  rmSync(dir, { recursive: true, force: true })
}
