/**
 * The folder the site worker's `current` pointer names (`build-N`), for the static server to read on
 * every request. The pointer (a few bytes) is read every time: a cache keyed on its mtime missed
 * two switches within one tick of the file system's clock, and one keyed on mtime and inode can
 * still miss them where the file system gives a freed inode number to the next file.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

export const currentSite = (buildsDir: string): (() => string | null) => {
  const pointer = path.join(buildsDir, 'current')
  return (): string | null => {
    let name: string
    try {
      name = readFileSync(pointer, 'utf8').trim()
    } catch (error) {
      // No pointer yet: the worker's first build has not finished.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    return name ? path.join(buildsDir, name) : null
  }
}
