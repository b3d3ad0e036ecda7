/**
 * The served site's files besides the pages rendered: removing the files of pages that are gone
 * (with the folders they leave empty), and the sitemap, written again when its text changes.
 */
import { existsSync } from 'node:fs'
import { readFile, readdir, rm, rmdir } from 'node:fs/promises'
import path from 'node:path'

import { sitemapFiles, staleSitemapFiles } from '../integrations/sitemap'
import { writeAtomically } from '../integrations/write-atomically'

import { pageNameOf } from './paths'
import type { PathWithRoute } from './paths'

/** Removes folders from `dir` up to (not including) the site's folder while they are empty. */
const removeEmptyFolders = async (publicDir: string, dir: string): Promise<void> => {
  while (dir.startsWith(publicDir) && dir !== publicDir) {
    if ((await readdir(dir)).length) return
    await rmdir(dir)
    dir = path.dirname(dir)
  }
}

/** Deletes the files, in order, and the folders they leave empty. */
export const removeFiles = async (publicDir: string, files: string[]): Promise<void> => {
  for (const file of files) {
    await rm(path.join(publicDir, file), { force: true })
    await removeEmptyFolders(publicDir, path.dirname(path.join(publicDir, file)))
  }
}

/** Writes the sitemap of the paths' pages where it changed, and removes sitemap files no longer needed. */
export const updateSitemap = async (publicDir: string, siteUrl: string, paths: PathWithRoute[]): Promise<{ changed: string[]; deleted: string[] }> => {
  const changed: string[] = []
  const deleted: string[] = []
  const sitemap = sitemapFiles(
    siteUrl,
    paths.filter((entry) => entry.route.type === 'page').map((entry) => pageNameOf(entry.pathname)),
  )
  for (const [file, xml] of sitemap) {
    const target = path.join(publicDir, file)
    if (existsSync(target) && (await readFile(target, 'utf8')) === xml) continue
    await writeAtomically(target, xml)
    changed.push(file)
  }
  for (const stale of await staleSitemapFiles(publicDir, sitemap)) {
    await rm(path.join(publicDir, stale), { force: true })
    deleted.push(stale)
  }
  return { changed, deleted }
}
