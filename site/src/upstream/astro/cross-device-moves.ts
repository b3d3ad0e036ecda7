/**
 * Seam: Astro's moves of the pages' CSS across file systems, by a process-wide patch of
 * `fs.promises.rename` for the length of a build.
 *
 * Lets the site be built into a folder on another file system than `site/` (SITE_OUT_DIR, or the
 * worker's SITE_BUILDS_DIR, on a disk of its own). Astro compiles a static site's pages into
 * `.prerender/` inside the output folder, unless that folder lies outside the working directory:
 * then into `<cwd>/.astro/.prerender/` — the worker's cwd is its own folder,
 * `site/.astro/workers/<digest>/` (../../worker/work-dir.ts) — (astro 7.3.5, dist/core/build/common.js:76
 * `getOutDirWithinCwd`), and it moves the pages' CSS from there into the output folder with
 * `fs.promises.rename` (dist/core/build/static-build.js:244 `ssrMoveAssets`), which fails with
 * EXDEV across file systems. During a build, renames across file systems copy instead. It can go
 * when Astro moves with a copy fallback, or compiles into the output folder wherever it lies.
 */
import fs from 'node:fs'

import type { AstroIntegration } from 'astro'

import { sharedSlot } from './channel'
import { checkReplaceable } from './shape-error'

type Rename = typeof fs.promises.rename

/** The rename the wrapper replaced: the worker loads this integration anew with each build. */
const original = sharedSlot<Rename>('rename')

/**
 * A rename that, where the two places are on different file systems (EXDEV), copies and then
 * removes the original instead. Only for a build's own files: unlike a rename, the copy is not
 * atomic.
 */
export const renameAcrossDevices =
  (rename: Rename): Rename =>
  async (from, to) => {
    try {
      await rename(from, to)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
      // cp takes no Buffer paths; rename does.
      const [source, target] = [from, to].map((place) => (Buffer.isBuffer(place) ? place.toString() : place)) as [string | URL, string | URL]
      await fs.promises.cp(source, target, { recursive: true, force: true })
      await fs.promises.rm(from, { recursive: true, force: true })
    }
  }

/** Fails loudly when `fs.promises.rename` cannot be replaced for the build. */
export const checkRenameReplaceable = (promises: object = fs.promises): void =>
  checkReplaceable('跨文件系统移动构建文件', promises, 'rename', 'fs.promises.rename')

export const crossDeviceMoves = (): AstroIntegration => ({
  name: 'fengcai:cross-device-moves',
  hooks: {
    'astro:build:start': () => {
      // One wrapper at a time, also after a build that failed before its end.
      if (original.get()) return
      checkRenameReplaceable()
      original.set(fs.promises.rename)
      fs.promises.rename = renameAcrossDevices(fs.promises.rename)
    },
    'astro:build:done': () => {
      const rename = original.get()
      if (!rename) return
      fs.promises.rename = rename
      original.set(undefined)
    },
  },
})
