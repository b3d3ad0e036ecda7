/**
 * A search index folder built beside the served one, put in its place: the files that differ
 * are reported for the publish's record and the CDN (./cdn-mirror).
 */
import { existsSync } from 'node:fs'
import { readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import { filesBelow } from '../integrations/files-below'

type Files = { changed: string[]; deleted: string[] }

/** The files of the index folder `fresh` (none, when it has no pages) that differ from those at `place`. */
export const indexChanges = async (publicDir: string, place: string, fresh: string, hasPages: boolean): Promise<Files> => {
  const changed: string[] = []
  const deleted: string[] = []
  const target = path.join(publicDir, place)
  const before = new Set(existsSync(target) ? filesBelow(target) : [])
  for (const file of hasPages ? filesBelow(fresh) : []) {
    const same = before.has(file) && (await readFile(path.join(target, file))).equals(await readFile(path.join(fresh, file)))
    if (!same) changed.push(path.join(place, file))
    before.delete(file)
  }
  for (const file of before) deleted.push(path.join(place, file))
  return { changed, deleted }
}

/** The index folder `fresh` in place of `place`, or none there when it has no pages. */
export const putInPlace = async (publicDir: string, place: string, fresh: string, hasPages: boolean): Promise<void> => {
  const target = path.join(publicDir, place)
  const old = `${target}.old`
  if (existsSync(target)) await rename(target, old)
  if (hasPages) await rename(fresh, target)
  else await rm(fresh, { recursive: true, force: true })
  await rm(old, { recursive: true, force: true })
}

/** putInPlace, returning the indexChanges. */
export const swapIn = async (publicDir: string, place: string, fresh: string, hasPages: boolean): Promise<Files> => {
  const files = await indexChanges(publicDir, place, fresh, hasPages)
  await putInPlace(publicDir, place, fresh, hasPages)
  return files
}
