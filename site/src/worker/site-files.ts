/**
 * The served site's files besides the pages rendered: removing the files of pages that are gone,
 * with the folders they leave empty (the sitemap: ./sitemap-state).
 */
import { readdir, rm, rmdir } from 'node:fs/promises'
import path from 'node:path'

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
