import fs from 'node:fs'

import type { AstroIntegration } from 'astro'

type Rename = typeof fs.promises.rename

/** The rename a wrapper replaced, kept on the wrapper. */
const ORIGINAL = Symbol.for('fengcai.cross-device-moves.original')

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

/**
 * Lets the site be built into a folder on another file system than `site/` (SITE_OUT_DIR, or the
 * worker's SITE_BUILDS_DIR, on a disk of its own). Astro 7 compiles a static site's pages into
 * `.prerender/` inside the output folder, unless that folder lies outside the working directory:
 * then into `site/.astro/.prerender/`, and it moves the pages' CSS from there into the output
 * folder with `fs.promises.rename` (`ssrMoveAssets`), which fails with EXDEV across file systems.
 * During a build, renames across file systems copy instead.
 */
export const crossDeviceMoves = (): AstroIntegration => ({
  name: 'fengcai:cross-device-moves',
  hooks: {
    'astro:build:start': () => {
      // The worker builds again in the same process (its config loaded anew): one wrapper at a
      // time, also after a build that failed before its end.
      if (ORIGINAL in fs.promises.rename) return
      fs.promises.rename = Object.assign(renameAcrossDevices(fs.promises.rename), { [ORIGINAL]: fs.promises.rename })
    },
    'astro:build:done': () => {
      const wrapped = fs.promises.rename as Rename & { [ORIGINAL]?: Rename }
      if (wrapped[ORIGINAL]) fs.promises.rename = wrapped[ORIGINAL]
    },
  },
})
