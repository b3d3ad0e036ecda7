import { readdirSync } from 'node:fs'
import path from 'node:path'

/**
 * Every file below a folder, as paths relative to it. Read synchronously: at 12,600 page folders
 * the promise version of a recursive readdir took 0.8 s (a thread-pool round trip per folder),
 * this one 0.2 s.
 */
export const filesBelow = (dir: string): string[] => {
  const root = path.resolve(dir)
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => (entry.parentPath === root ? entry.name : path.join(entry.parentPath.slice(root.length + 1), entry.name)))
}
