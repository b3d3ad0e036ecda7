/**
 * Seam: keeping the build's compiled pages after Astro's build, by a process-wide patch of
 * `fs.promises.rm` for the length of the worker's build.
 *
 * Astro compiles a static site's pages into `.prerender/` and removes that folder when it has
 * generated the pages (astro 7.3.5, dist/core/build/static-build.js:114,
 * `fs.promises.rm(prerenderOutputDir, { recursive: true, force: true })`; the folder is
 * `getPrerenderOutputDirectory`, dist/prerender/utils.js:13). The worker goes on rendering with
 * those modules for as long as it runs, so while it builds, an `rm` of `<stage>/.prerender` does
 * nothing. Astro offers no option to keep them.
 *
 * Note: when the output folder lies outside the working directory, Astro compiles into
 * `<cwd>/.astro/.prerender/` instead (`getOutDirWithinCwd`, dist/core/build/common.js:76), which
 * this patch does not keep; the worker then renders with the modules the build has loaded.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { checkReplaceable } from './shape-error'

/** Fails loudly when `fs.promises.rm` cannot be replaced for the build. */
export const checkRmReplaceable = (promises: object = fs.promises): void => checkReplaceable('构建后保留编译好的页面', promises, 'rm', 'fs.promises.rm')

/** Runs Astro's build with `<stageDir>/.prerender` kept, and puts `fs.promises.rm` back after it. */
export const keepingCompiledPages = async <T>(stageDir: string, build: () => Promise<T>): Promise<T> => {
  checkRmReplaceable()
  const keep = path.join(stageDir, '.prerender')
  const realRm = fs.promises.rm
  fs.promises.rm = (async (target: fs.PathLike, options?: fs.RmOptions) => {
    const resolved = target instanceof URL ? fileURLToPath(target) : String(target)
    if (resolved.replace(/\/+$/, '') === keep) return
    return realRm(target, options)
  }) as typeof fs.promises.rm
  try {
    return await build()
  } finally {
    fs.promises.rm = realRm
  }
}
