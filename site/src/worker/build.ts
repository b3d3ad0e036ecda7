/**
 * The cold build the worker starts with: Astro's own build of the whole site (reusing its
 * incremental cache) into a new `stage-N/` workspace, keeping Astro's prerenderer and compiled
 * pages (src/upstream/astro), then the served copy `build-N/` as hard links, and `current`
 * pointed at it once the publisher has read it. Astro's config takes the worker's folders from
 * the environment (astro.config.ts), so the build sets them there.
 */
import { existsSync, readFileSync } from 'node:fs'
import { link, mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'

import type { AstroPrerenderer } from 'astro'

import { filesBelow } from '../integrations/files-below'
import { writeAtomically } from '../integrations/write-atomically'
import { awaitHandoff, keepingCompiledPages, takeHandoff } from '../upstream/astro'

import { fileOfPath, unique } from './paths'
import type { PathWithRoute } from './paths'

export type BuildFolders = {
  siteDir: string
  /** Holds `build-N/` (the served site), `stage-N/` (the build's workspace) and `current`. */
  buildsDir: string
  /** Astro's incremental cache for the start-up build. */
  cacheDir: string
  siteUrl: string
}

export type ColdBuild = { prerenderer: AstroPrerenderer; paths: PathWithRoute[]; publicDir: string; stamp: number; previousDir: string | null }

/** The last good site of an earlier run, to serve until the first build is done. */
export const currentDir = (buildsDir: string): string | null => {
  const pointer = path.join(buildsDir, 'current')
  if (!existsSync(pointer)) return null
  const dir = path.join(buildsDir, readFileSync(pointer, 'utf8').trim())
  return existsSync(path.join(dir, 'index.html')) ? dir : null
}

/** Builds the whole site with Astro into a new folder; the pages' data must be provided already (src/data/provider). */
export const coldBuild = async ({ siteDir, buildsDir, cacheDir, siteUrl }: BuildFolders): Promise<ColdBuild> => {
  const handoff = awaitHandoff()
  const stamp = Date.now()
  const stageDir = path.join(buildsDir, `stage-${stamp}`)
  const publicDir = path.join(buildsDir, `build-${stamp}`)
  const previousDir = currentDir(buildsDir)
  Object.assign(process.env, {
    SITE_OUT_DIR: stageDir,
    SITE_CACHE_DIR: cacheDir,
    SITE_PREVIOUS_DIR: previousDir ?? '',
    SITE_URL: siteUrl,
    SITE_WORKER: '1',
  })
  // Astro deletes its compiled pages (`.prerender/`) after a build; the worker renders with
  // them for as long as it runs, so it keeps them in the build's workspace.
  await keepingCompiledPages(stageDir, async () => {
    const { build } = await import('astro')
    await build({ root: siteDir, logLevel: 'warn' })
  })
  const { prerenderer, paths } = takeHandoff(handoff)

  // The served copy: the build's pages without its compiled code, as hard links (no copying).
  for (const file of filesBelow(stageDir).filter((relative) => !relative.startsWith('.prerender'))) {
    await mkdir(path.dirname(path.join(publicDir, file)), { recursive: true })
    await link(path.join(stageDir, file), path.join(publicDir, file))
  }
  const kept = unique(paths)
  const missing = kept.map(fileOfPath).filter((file) => !existsSync(path.join(publicDir, file)))
  if (missing.length) throw new Error(`构建结果与发布进程的文件命名不一致：${missing.slice(0, 5).join('、')}`)
  return { prerenderer, paths: kept, publicDir, stamp, previousDir }
}

/** Points `current` at the build, and removes every other build and workspace. */
export const switchTo = async (buildsDir: string, stamp: number): Promise<void> => {
  await writeAtomically(path.join(buildsDir, 'current'), `build-${stamp}\n`)
  for (const entry of await readdir(buildsDir)) {
    if (/^(build|stage)-\d+$/.test(entry) && !entry.endsWith(String(stamp))) await rm(path.join(buildsDir, entry), { recursive: true, force: true })
  }
}
