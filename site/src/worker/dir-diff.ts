/**
 * What differs between two sites on disk (the last one served and a new build): the worker lists
 * it after its start-up build, for an incremental upload to a CDN (src/worker/main).
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { filesBelow } from '../integrations/files-below'

/** The files of `next` that are new or differ from `previous`, and those it no longer has. */
export const difference = async (previous: string, next: string): Promise<{ changed: string[]; deleted: string[] }> => {
  const [before, after] = [new Set(filesBelow(previous)), filesBelow(next)]
  const changed: string[] = []
  for (const file of after) {
    if (!before.has(file)) changed.push(file)
    else {
      const [a, b] = [await stat(path.join(previous, file)), await stat(path.join(next, file))]
      if (a.size !== b.size || !(await readFile(path.join(previous, file))).equals(await readFile(path.join(next, file)))) changed.push(file)
    }
    before.delete(file)
  }
  return { changed: changed.sort(), deleted: [...before].sort() }
}
