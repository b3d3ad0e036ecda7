import { existsSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

/** Every file under the given files and folders, in a stable order (missing ones are skipped). */
export const filesUnder = async (targets: string[]): Promise<string[]> => {
  const files: string[] = []
  const visit = async (target: string): Promise<void> => {
    if (!(await stat(target)).isDirectory()) {
      files.push(target)
      return
    }
    for (const entry of (await readdir(target)).sort()) await visit(path.join(target, entry))
  }
  for (const target of targets) if (existsSync(target)) await visit(target)
  return files
}
