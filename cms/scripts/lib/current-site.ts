/**
 * The folder the site worker's `current` pointer names (`build-N`), for the static server to read on
 * every request. The pointer is read again only when the file changed: the worker replaces it by a
 * rename (a new file, so a new inode), and two switches within one tick of the file system's clock
 * carry the same mtime, so both are compared.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export const currentSite = (buildsDir: string): (() => string | null) => {
  const pointer = path.join(buildsDir, 'current')
  let cached: { mtimeMs: number; ino: number; dir: string | null } = { mtimeMs: -1, ino: -1, dir: null }
  return (): string | null => {
    if (!existsSync(pointer)) return null
    const { mtimeMs, ino } = statSync(pointer)
    if (mtimeMs !== cached.mtimeMs || ino !== cached.ino) cached = { mtimeMs, ino, dir: path.join(buildsDir, readFileSync(pointer, 'utf8').trim()) }
    return cached.dir
  }
}
